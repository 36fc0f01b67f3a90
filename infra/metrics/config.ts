// Metrics settings, read once from the environment: where counts go, and who may read GET /metrics.

import { ConfigError, readFlag, readWholeNumber, type ConfigProblem } from '../config-error.js';

const METRICS_SINKS = ['prometheus', 'emf', 'off'] as const;
type MetricsSink = (typeof METRICS_SINKS)[number];

export interface MetricsConfig {
  /** prometheus: GET /metrics on the local server; emf: CloudWatch embedded metrics on stdout (Lambda); off. */
  readonly sink: MetricsSink;
  /** GET /metrics answers only this machine unless this is true (e.g. a scraper on another host of a private network). */
  readonly allowRemote: boolean;
  /**
   * The port of the metrics listener, apart from the main one so no proxy in front of the main port can expose
   * it (METRICS_PORT; 0 picks a free one). It binds to loopback, or to every interface when allowRemote is true.
   */
  readonly port: number;
}

/** The Prometheus exporters' customary port. */
const DEFAULT_METRICS_PORT = 9464;

function readPort(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): number {
  // A server asked to pick a free port (PORT=0, as tests do) picks a free metrics port too.
  const fallback = env.PORT?.trim() === '0' ? 0 : DEFAULT_METRICS_PORT;
  const fix = `use a whole number from 1 to 65535 other than PORT, or unset it for ${DEFAULT_METRICS_PORT}.`;
  return readWholeNumber(env, 'METRICS_PORT', { min: 0, max: 65535, fallback }, fix, problems, 'is not a port number.');
}

function readSink(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): MetricsSink {
  const raw = env.METRICS_SINK?.trim();
  // On Lambda nobody can scrape the function, so counts go to CloudWatch by default.
  if (!raw) return env.AWS_LAMBDA_FUNCTION_NAME ? 'emf' : 'prometheus';
  if ((METRICS_SINKS as readonly string[]).includes(raw)) return raw as MetricsSink;
  problems.push({
    variable: 'METRICS_SINK',
    problem: `"${raw}" is not one of ${METRICS_SINKS.join(', ')}.`,
    fix: 'leave it unset (prometheus on a server, emf on AWS Lambda), or set prometheus, emf or off.',
  });
  return 'prometheus';
}

/** Reads METRICS_SINK, METRICS_ALLOW_REMOTE and METRICS_PORT; throws one ConfigError naming every problem. */
export function loadMetricsConfig(env: NodeJS.ProcessEnv): MetricsConfig {
  const problems: ConfigProblem[] = [];
  const config = {
    sink: readSink(env, problems),
    allowRemote: readFlag(
      env,
      'METRICS_ALLOW_REMOTE',
      false,
      'leave it unset (GET /metrics answers this machine only), or set true to let other machines read the counts.',
      problems,
    ),
    port: readPort(env, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
