// The whole server's settings: host and port, plus each channel's own loader, validated once and frozen.

import { checksSignatures, loadBasePath, loadIvrConfig, type IvrConfig } from '../ivr/config.js';
import { loadAlexaConfig, type AlexaHttpConfig } from '../lambda/config.js';
import { loadWebConfig, type WebConfig } from '../web/config.js';
import { ConfigError, collect, readWholeNumber, type ConfigProblem } from '../infra/config-error.js';
import { readLogLevel, type LogLevel } from '../infra/logger.js';
import { isLoopback } from '../infra/loopback.js';
import { loadMetricsConfig, type MetricsConfig } from '../infra/metrics/config.js';
import { isProduction } from '../infra/production.js';

export { ConfigError, type ConfigProblem } from '../infra/config-error.js';

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
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 10;
export const DEFAULT_MAX_CONNECTIONS = 256;

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
  const requestTimeoutMs = seconds * 1000;
  return {
    requestTimeoutMs,
    headersTimeoutMs: Math.min(requestTimeoutMs, 5000),
    checkIntervalMs: Math.min(1000, requestTimeoutMs),
    maxConnections,
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

/**
 * Unsigned phone webhooks are a local-testing convenience only: refuse them anywhere a stranger could reach them.
 * This is checked here, again in createApp, again when the server binds, and per request in the IVR router.
 */
function unsignedProblems(host: string, production: boolean): ConfigProblem[] {
  const fix =
    'set TWILIO_AUTH_TOKEN to the auth token from the Twilio Console (or TWILIO_AUTH_TOKEN_PARAMETER to the SSM parameter that holds it)';
  const out: ConfigProblem[] = [];
  if (production) {
    out.push({
      variable: 'TWILIO_AUTH_TOKEN',
      problem:
        'is not set, and this is a production environment (NODE_ENV=production or AWS Lambda): every phone request must be signed by Twilio.',
      fix: `${fix}.`,
    });
  }
  if (!isLoopback(host)) {
    out.push({
      variable: 'TWILIO_AUTH_TOKEN',
      problem: `is not set while HOST=${host} lets other machines reach the server, so anyone could drive the phone line.`,
      fix: `${fix}, or set HOST=127.0.0.1 to try the line on this machine only.`,
    });
  }
  return out;
}

/** The phone line's settings that depend on where it runs: signatures off only on loopback, a public URL in production. */
function phoneLineProblems(ivr: IvrConfig, host: string, production: boolean): ConfigProblem[] {
  const problems = checksSignatures(ivr) ? [] : unsignedProblems(host, production);
  if (production && ivr.publicBaseUrl === undefined) {
    // Behind TLS termination the server sees http://<internal host>: without the public URL every real webhook
    // fails its signature check, and a request signed for another Host would be accepted.
    problems.push({
      variable: 'PUBLIC_BASE_URL',
      problem:
        'is not set, and this is a production environment (NODE_ENV=production or AWS Lambda): Twilio signatures would be checked against the Host header, which a client chooses.',
      fix: 'set it to the https address Twilio calls, without /ivr (on AWS, serverless.yml sets it to the HTTP API URL unless --param="publicBaseUrl=..." is given).',
    });
  }
  return problems;
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

  if (ivr) problems.push(...phoneLineProblems(ivr, host, production));
  if (problems.length > 0 || !ivr || !web || !alexa || !metrics || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ host, port, production, logLevel, http: Object.freeze(http), ivr, web, alexa, metrics });
}

/** The ivr Lambda function's settings: the phone line and its counts. The page and the skill have their own. */
export type PhoneFunctionConfig = Pick<AppConfig, 'production' | 'logLevel' | 'ivr' | 'metrics'>;

/** Reads the ivr function's settings; throws one ConfigError that lists every problem. */
export function loadPhoneFunctionConfig(env: NodeJS.ProcessEnv): PhoneFunctionConfig {
  const problems: ConfigProblem[] = [];
  const production = isProduction(env);
  const logLevel = collect(problems, () => readLogLevel(env));
  const ivr = collect(problems, () => loadIvrConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));
  // No socket on Lambda is loopback; the default host stands for "this machine" in the unsigned-mode rule.
  if (ivr) problems.push(...phoneLineProblems(ivr, DEFAULT_HOST, production));
  if (problems.length > 0 || !ivr || !metrics || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ production, logLevel, ivr, metrics });
}

/** The web Lambda function's settings: the page, and PUBLIC_BASE_URL's path (routes answer below it). */
export interface WebFunctionConfig extends Pick<AppConfig, 'logLevel' | 'web'> {
  readonly basePath: string;
}

/** Reads the web function's settings (no Twilio auth token: the page never checks a signature). */
export function loadWebFunctionConfig(env: NodeJS.ProcessEnv): WebFunctionConfig {
  const problems: ConfigProblem[] = [];
  const logLevel = collect(problems, () => readLogLevel(env));
  const web = collect(problems, () => loadWebConfig(env));
  const basePath = collect(problems, () => loadBasePath(env));
  if (problems.length > 0 || !web || basePath === undefined || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ logLevel, web, basePath });
}

/** Throws unless unsigned phone webhooks are allowed for this config (loopback host, not production). */
export function assertUnsignedAllowed(config: AppConfig): void {
  if (checksSignatures(config.ivr)) return;
  const problems = unsignedProblems(config.host, config.production);
  if (problems.length > 0) throw new ConfigError(problems);
}
