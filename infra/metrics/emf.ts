// Counts as CloudWatch embedded metric format (EMF) lines on stdout: on Lambda, CloudWatch turns each line into metrics.
// One line per event, written at once, so nothing is lost when an invocation ends and there is nothing to flush.

import type { MetricsBackend } from './backend.js';
import type { CountSink, MetricDefinition, MetricTable } from './events.js';

export const EMF_NAMESPACE = 'WestmontHelpLine';

export interface EmfOptions {
  /** Where each JSON line goes; stdout by default (Lambda sends it to CloudWatch Logs). */
  readonly write?: (line: string) => void;
  readonly namespace?: string;
  readonly now?: () => number;
}

const stdoutLine = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/**
 * The EMF document for one count: the labels become dimensions (all of them as one dimension set, then each rollup),
 * the metric value is 1. See "Specification: Embedded metric format" in the CloudWatch documentation.
 */
export function emfLine(
  { cloudwatch, rollups = [] }: Pick<MetricDefinition, 'cloudwatch' | 'rollups'>,
  labels: Readonly<Record<string, string>>,
  namespace: string,
  timestamp: number,
): string {
  return JSON.stringify({
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        {
          Namespace: namespace,
          Dimensions: [Object.keys(labels), ...rollups],
          Metrics: [{ Name: cloudwatch, Unit: 'Count' }],
        },
      ],
    },
    ...labels,
    [cloudwatch]: 1,
  });
}

export function emfSink(table: MetricTable, options: EmfOptions = {}): CountSink {
  const write = options.write ?? stdoutLine;
  const namespace = options.namespace ?? EMF_NAMESPACE;
  const now = options.now ?? Date.now;
  return {
    add: (kind, labels) => {
      const definition = table[kind];
      if (definition) write(emfLine(definition, labels, namespace, now()));
    },
  };
}

export const emfBackend = (table: MetricTable, options: EmfOptions = {}): MetricsBackend => ({
  sink: emfSink(table, options),
});
