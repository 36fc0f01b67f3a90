// Counts as Prometheus counters in a registry of their own (prom-client), served at GET /metrics by the local server.
// Not imported by the Lambda entries: prom-client costs about 20 ms of cold start and nobody can scrape a Lambda.

import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import type { MetricsBackend } from './backend.js';
import type { MetricsConfig } from './config.js';
import type { CountSink, MetricTable } from './events.js';
import { metricsRouter } from './route.js';

export interface PrometheusCounts {
  readonly registry: Registry;
  readonly sink: CountSink;
}

/** One registry per app (tests start several), one counter per metric, plus Node's process metrics (memory, CPU). */
export function prometheusCounts(table: MetricTable, options: { processMetrics?: boolean } = {}): PrometheusCounts {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  const counters = new Map<string, Counter<string>>(
    Object.entries(table).map(([kind, { prometheus, help, labels }]) => {
      return [kind, new Counter({ name: prometheus, help, labelNames: Object.keys(labels), registers: [registry] })];
    }),
  );
  return {
    registry,
    sink: { add: (kind, labels) => counters.get(kind)?.inc(labels) },
  };
}

/** The local server's backend: counters plus GET /metrics (loopback only unless METRICS_ALLOW_REMOTE=true). */
export function prometheusBackend(config: MetricsConfig, table: MetricTable): MetricsBackend {
  const { registry, sink } = prometheusCounts(table);
  return { sink, routes: metricsRouter(registry, { allowRemote: config.allowRemote }) };
}
