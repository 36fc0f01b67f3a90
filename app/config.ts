// The whole server's settings: host and port, plus each channel's own loader, validated once and frozen.

import {
  UNSIGNED_PHONE_LINE,
  checksSignatures,
  loadIvrConfig,
  phoneLineProblems,
  type IvrConfig,
} from '../ivr/config.js';
import { UNSIGNED_SKILL, loadAlexaConfig, type AlexaHttpConfig } from '../lambda/config.js';
import { loadWebConfig, type WebConfig } from '../web/config.js';
import { ConfigError, collect, readWholeNumber, type ConfigProblem } from '../infra/config-error.js';
import { readLogLevel, type LogLevel } from '../infra/logger.js';
import type { CheckOff } from '../infra/local-only.js';
import { loadMetricsConfig, type MetricsConfig } from '../infra/metrics/config.js';
import { isProduction } from '../infra/production.js';

export { ConfigError } from '../infra/config-error.js';

export interface AppConfig {
  /** Address to listen on; loopback (127.0.0.1) unless an operator says otherwise. */
  readonly host: string;
  /** TCP port; 0 asks the OS for a free one (tests). */
  readonly port: number;
  /** NODE_ENV=production, or running on AWS Lambda (infra/production.ts): no unsigned mode, whatever else is set. */
  readonly production: boolean;
  /** LOG_LEVEL, checked at start (default info). */
  readonly logLevel: LogLevel;
  /** Limits on slow or many connections (local server only; API Gateway has its own). */
  readonly http: HttpLimits;
  readonly ivr: IvrConfig;
  readonly web: WebConfig;
  /** The Alexa skill at POST /alexa: skill ID and the (loopback-only) signature switch. */
  readonly alexa: AlexaHttpConfig;
  /** Counts without people: Prometheus at GET /metrics locally, CloudWatch embedded metrics on Lambda. */
  readonly metrics: MetricsConfig;
  // Other channels add their settings here.
}

export interface HttpLimits {
  /** A whole request (headers and body) must arrive within this; Twilio's forms arrive in milliseconds. */
  readonly requestTimeoutMs: number;
  /** The headers must arrive within this (never more than requestTimeoutMs). */
  readonly headersTimeoutMs: number;
  /** How often Node checks those two timers (its default, 30 s, would let a slow request live that long). */
  readonly checkIntervalMs: number;
  /** Open connections beyond this are closed at once. */
  readonly maxConnections: number;
  /** Open connections from one address beyond this are closed at once, so one client cannot take them all. */
  readonly maxConnectionsPerAddress: number;
  /**
   * Reverse proxies in front that each append the address they saw to X-Forwarded-For: the visitor's address (for
   * the browser-call token limit) is the entry that many from the end. 0: no proxy, the header is ignored.
   */
  readonly trustProxyHops: number;
}

const DEFAULT_HOST = '127.0.0.1';
const DEFAULT_PORT = 3000;
const DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
const DEFAULT_MAX_CONNECTIONS = 256;
const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 32;

function readHttpLimits(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): HttpLimits {
  const seconds = readWholeNumber(
    env,
    'REQUEST_TIMEOUT_SECONDS',
    { min: 1, max: 120, fallback: DEFAULT_REQUEST_TIMEOUT_SECONDS },
    `use e.g. REQUEST_TIMEOUT_SECONDS=10, or unset it for ${DEFAULT_REQUEST_TIMEOUT_SECONDS}.`,
    problems,
  );
  const maxConnections = readWholeNumber(
    env,
    'MAX_CONNECTIONS',
    { min: 1, max: 100_000, fallback: DEFAULT_MAX_CONNECTIONS },
    `use e.g. MAX_CONNECTIONS=256, or unset it for ${DEFAULT_MAX_CONNECTIONS}.`,
    problems,
  );
  const maxConnectionsPerAddress = readWholeNumber(
    env,
    'MAX_CONNECTIONS_PER_ADDRESS',
    { min: 1, max: 100_000, fallback: DEFAULT_MAX_CONNECTIONS_PER_ADDRESS },
    `use e.g. MAX_CONNECTIONS_PER_ADDRESS=32 (behind a reverse proxy, every connection comes from it: allow it MAX_CONNECTIONS), or unset it for ${DEFAULT_MAX_CONNECTIONS_PER_ADDRESS}.`,
    problems,
  );
  const trustProxyHops = readWholeNumber(
    env,
    'TRUST_PROXY_HOPS',
    { min: 0, max: 5, fallback: 0 },
    'give the number of reverse proxies in front of the server that add X-Forwarded-For (usually 1), or unset it for none.',
    problems,
  );
  const requestTimeoutMs = seconds * 1000;
  return {
    requestTimeoutMs,
    headersTimeoutMs: Math.min(requestTimeoutMs, 5000),
    checkIntervalMs: Math.min(1000, requestTimeoutMs),
    maxConnections,
    maxConnectionsPerAddress,
    trustProxyHops,
  };
}

function readPort(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): number {
  const range = { min: 0, max: 65535, fallback: DEFAULT_PORT };
  const fix = 'use a whole number from 1 to 65535, e.g. PORT=3000.';
  return readWholeNumber(env, 'PORT', range, fix, problems, 'is not a port number.');
}

function readHost(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): string {
  const raw = env.HOST?.trim();
  if (!raw) return DEFAULT_HOST;
  if (/^[A-Za-z0-9.:[\]-]+$/.test(raw)) return raw;
  problems.push({
    variable: 'HOST',
    problem: `"${raw}" is not a host name or IP address.`,
    fix: 'use an address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).',
  });
  return DEFAULT_HOST;
}

/** Reads every setting; throws one ConfigError that lists every problem (variable, what is wrong, the fix). */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const problems: ConfigProblem[] = [];
  const host = readHost(env, problems);
  const port = readPort(env, problems);
  const production = isProduction(env);
  const logLevel = collect(problems, () => readLogLevel(env));
  const http = readHttpLimits(env, problems);

  // One line per channel; each loader throws a ConfigError and `collect` keeps its problems.
  const ivr = collect(problems, () => loadIvrConfig(env));
  const alexa = collect(problems, () => loadAlexaConfig(env));
  const web = collect(problems, () => loadWebConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));

  if (ivr) problems.push(...phoneLineProblems(ivr, { host, production }));
  if (problems.length > 0 || !ivr || !web || !alexa || !metrics || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ host, port, production, logLevel, http: Object.freeze(http), ivr, web, alexa, metrics });
}

/** The request checks this config switches off (unsigned phone webhooks, unsigned Alexa requests). */
export function checksOff(config: AppConfig): CheckOff[] {
  return [
    ...(checksSignatures(config.ivr) ? [] : [UNSIGNED_PHONE_LINE]),
    ...(config.alexa.verifySignature ? [] : [UNSIGNED_SKILL]),
  ];
}
