// Counts as CloudWatch embedded metric format (EMF) lines on stdout: on Lambda, CloudWatch turns each line into metrics.
// One line per event, written at once, so nothing is lost when an invocation ends and there is nothing to flush.

import type { MetricsBackend } from './backend.js';
import { METRICS, type CountSink } from './events.js';

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
 * The EMF document for one count: the labels become dimensions (all of them, as one dimension set), the metric
 * value is 1. See "Specification: Embedded metric format" in the CloudWatch documentation.
 */
export function emfLine(
  kind: keyof typeof METRICS,
  labels: Readonly<Record<string, string>>,
  namespace: string,
  timestamp: number,
): string {
  const { cloudwatch } = METRICS[kind];
  return JSON.stringify({
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: [
        { Namespace: namespace, Dimensions: [Object.keys(labels)], Metrics: [{ Name: cloudwatch, Unit: 'Count' }] },
      ],
    },
    ...labels,
    [cloudwatch]: 1,
  });
}

export function emfSink(options: EmfOptions = {}): CountSink {
  const write = options.write ?? stdoutLine;
  const namespace = options.namespace ?? EMF_NAMESPACE;
  const now = options.now ?? Date.now;
  return { add: (kind, labels) => write(emfLine(kind, labels, namespace, now())) };
}

export const emfBackend = (options: EmfOptions = {}): MetricsBackend => ({ sink: emfSink(options) });
