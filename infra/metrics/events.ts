// Counting without people, for any channel: a metric table, the labels of an event, and a recorder that cannot
// break a call. Each channel owns its events and label sets (ivr/metrics.ts, lambda/metrics.ts).

import { closed } from './labels.js';

/** One thing that happened; the other fields are its labels. Values may come from a request, so they are checked. */
export interface CountEventBase {
  readonly kind: string;
}

export interface MetricDefinition {
  /** Prometheus name (counter, so it ends in _total). */
  readonly prometheus: string;
  /** CloudWatch metric name (embedded metric format). */
  readonly cloudwatch: string;
  readonly help: string;
  /** Label name -> the closed set its values come from. The label name is also the event's field name. */
  readonly labels: Readonly<Record<string, readonly string[]>>;
  /**
   * CloudWatch only: more dimension sets, each a subset of the labels, so an alarm can read a sum (say, transfers by
   * destination and outcome) as one metric; an alarm may read at most 10. Each set is billed as its own metrics.
   */
  readonly rollups?: readonly (readonly string[])[];
}

/** Event kind -> its metric: the Prometheus and CloudWatch writers both read one table. */
export type MetricTable = Readonly<Record<string, MetricDefinition>>;

/**
 * The labels of an event, each value checked against its closed set. Fields not in the table are never read, so an
 * event object carrying more (a whole request, say) still yields only these labels.
 */
export function labelsOf<E extends CountEventBase>(table: MetricTable, event: E): Record<string, string> {
  const definition = table[event.kind];
  const fields = event as unknown as Readonly<Record<string, unknown>>;
  const labels: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(definition?.labels ?? {})) labels[name] = closed(allowed, fields[name]);
  return labels;
}

/** Where validated counts go: a Prometheus registry, CloudWatch embedded metrics, or a test's list. */
export interface CountSink {
  add(kind: string, labels: Readonly<Record<string, string>>): void;
}

/** What channels call, one call per event (or per step). Never throws. */
export interface Counts<E extends CountEventBase = CountEventBase> {
  record(...events: readonly E[]): void;
}

export const NO_COUNTS: Counts = { record: () => undefined };

/**
 * Validates each event against the table and hands it to the sink. A broken sink is reported through `onError` and
 * otherwise ignored: a count is never worth a caller's answer.
 */
export function createCounts<E extends CountEventBase>(
  table: MetricTable,
  sink: CountSink,
  onError: (err: unknown) => void = () => undefined,
): Counts<E> {
  return {
    record(...events) {
      for (const event of events) {
        try {
          if (!Object.hasOwn(table, event.kind)) continue;
          sink.add(event.kind, labelsOf(table, event));
        } catch (err) {
          try {
            onError(err);
          } catch {
            // Nothing more can be done without risking the answer.
          }
        }
      }
    },
  };
}
