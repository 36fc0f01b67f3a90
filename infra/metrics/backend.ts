// What a metrics backend gives the app: a sink for counts and, for Prometheus, the routes that expose them.

import type { Router } from 'express';
import type { Logger } from '../logger.js';
import {
  NO_COUNTS,
  createCounts,
  type CountEventBase,
  type CountSink,
  type Counts,
  type MetricTable,
} from './events.js';

export interface MetricsBackend {
  readonly sink: CountSink;
  /** GET /metrics, served by app/local.ts on its own loopback listener; absent when counts leave another way. */
  readonly routes?: Router;
}

/** The Counts a channel records into: validated, and a failing sink logs its error's name and nothing else. */
export function countsFrom<E extends CountEventBase>(
  table: MetricTable,
  backend: MetricsBackend | undefined,
  logger: Logger,
): Counts<E> {
  if (!backend) return NO_COUNTS;
  return createCounts<E>(table, backend.sink, (err) => {
    logger.warn({ event: 'metrics.failed', errorName: err instanceof Error ? err.name : typeof err });
  });
}
