// The whole server's settings: host and port, plus each channel's own loader, validated once and frozen.

import { loadIvrConfig, type IvrConfig } from '../ivr/config.js';
import { loadAlexaConfig, type AlexaHttpConfig } from '../lambda/config.js';
import { loadWebConfig, type WebConfig } from '../web/config.js';
import { ConfigError, collect, type ConfigProblem } from '../infra/config-error.js';
import { isLoopback } from '../infra/loopback.js';
import { loadMetricsConfig, type MetricsConfig } from '../infra/metrics/config.js';

export { ConfigError, type ConfigProblem } from '../infra/config-error.js';

export interface AppConfig {
  /** Address to listen on; loopback (127.0.0.1) unless an operator says otherwise. */
  readonly host: string;
  /** TCP port; 0 asks the OS for a free one (tests). */
  readonly port: number;
  /** NODE_ENV=production, or running on AWS Lambda: no unsigned mode, whatever else is set. */
  readonly production: boolean;
  readonly ivr: IvrConfig;
  readonly web: WebConfig;
  /** The Alexa skill at POST /alexa: skill ID and the (loopback-only) signature switch. */
  readonly alexa: AlexaHttpConfig;
  /** Counts without people: Prometheus at GET /metrics locally, CloudWatch embedded metrics on Lambda. */
  readonly metrics: MetricsConfig;
  // Other channels add their settings here.
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

function readPort(env: NodeJS.ProcessEnv, problems: ConfigProblem[]): number {
  const raw = env.PORT?.trim();
  if (!raw) return DEFAULT_PORT;
  const port = Number(raw);
  if (/^\d+$/.test(raw) && port >= 0 && port <= 65535) return port;
  problems.push({
    variable: 'PORT',
    problem: `"${raw}" is not a port number.`,
    fix: 'use a whole number from 1 to 65535, e.g. PORT=3000.',
  });
  return DEFAULT_PORT;
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
  const fix = 'set TWILIO_AUTH_TOKEN to the auth token from the Twilio Console';
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

const isProduction = (env: NodeJS.ProcessEnv): boolean =>
  env.NODE_ENV === 'production' || Boolean(env.AWS_LAMBDA_FUNCTION_NAME);

/** Reads every setting; throws one ConfigError that lists every problem (variable, what is wrong, the fix). */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const problems: ConfigProblem[] = [];
  const host = readHost(env, problems);
  const port = readPort(env, problems);
  const production = isProduction(env);

  // One line per channel; each loader throws a ConfigError and `collect` keeps its problems.
  const ivr = collect(problems, () => loadIvrConfig(env));
  const alexa = collect(problems, () => loadAlexaConfig(env));
  const web = collect(problems, () => loadWebConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));

  if (ivr && ivr.authToken === undefined) problems.push(...unsignedProblems(host, production));
  if (problems.length > 0 || !ivr || !web || !alexa || !metrics) throw new ConfigError(problems);
  return Object.freeze({ host, port, production, ivr, web, alexa, metrics });
}

/** The ivr Lambda function's settings: the phone line, the web page and counts. The skill has its own function. */
export type PhoneFunctionConfig = Pick<AppConfig, 'production' | 'ivr' | 'web' | 'metrics'>;

/** Reads the ivr function's settings; throws one ConfigError that lists every problem. */
export function loadPhoneFunctionConfig(env: NodeJS.ProcessEnv): PhoneFunctionConfig {
  const problems: ConfigProblem[] = [];
  const production = isProduction(env);
  const ivr = collect(problems, () => loadIvrConfig(env));
  const web = collect(problems, () => loadWebConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));
  // No socket on Lambda is loopback, so only production needs naming here; unsigned requests are refused anyway.
  if (ivr && ivr.authToken === undefined) problems.push(...unsignedProblems(DEFAULT_HOST, production));
  if (problems.length > 0 || !ivr || !web || !metrics) throw new ConfigError(problems);
  return Object.freeze({ production, ivr, web, metrics });
}

/** Throws unless unsigned phone webhooks are allowed for this config (loopback host, not production). */
export function assertUnsignedAllowed(config: AppConfig): void {
  if (config.ivr.authToken !== undefined) return;
  const problems = unsignedProblems(config.host, config.production);
  if (problems.length > 0) throw new ConfigError(problems);
}
