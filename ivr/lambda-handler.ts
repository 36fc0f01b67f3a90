// The ivr Lambda function (API Gateway HTTP API): the phone line through its framework-neutral core (ivr/phone.ts),
// Twilio's Debugger webhook (ivr/twilio-debugger.ts) and the health check. No web framework, no other channel: the page and the skill are functions of their own.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ConfigError, collect, type ConfigProblem } from '../infra/config-error.js';
import { NO_STORE, SECURITY_HEADERS, textResponse, type HttpRequest, type HttpResponse } from '../infra/http.js';
import type { HttpApiHandler } from '../infra/http-api.js';
import { createLogger, readLogLevel, type LogLevel } from '../infra/logger.js';
import { countsFrom } from '../infra/metrics/backend.js';
import { loadMetricsConfig, type MetricsConfig } from '../infra/metrics/config.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { isProduction } from '../infra/production.js';
import { pathBelow } from '../infra/public-url.js';
import { loadIvrConfig, phoneLineProblems, type IvrConfig } from './config.js';
import { IVR_METRICS, type IvrCountEvent } from './metrics.js';
import { phoneLine } from './phone.js';

/** The ivr function's settings: the phone line and its counts. */
interface PhoneFunctionConfig {
  readonly production: boolean;
  readonly logLevel: LogLevel;
  readonly ivr: IvrConfig;
  readonly metrics: MetricsConfig;
}

/** Reads the ivr function's settings; throws one ConfigError that lists every problem. */
function loadPhoneFunctionConfig(env: NodeJS.ProcessEnv): PhoneFunctionConfig {
  const problems: ConfigProblem[] = [];
  const production = isProduction(env);
  const logLevel = collect(problems, () => readLogLevel(env));
  const ivr = collect(problems, () => loadIvrConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));
  // No socket here: only production decides whether the line may run unsigned (infra/local-only.ts).
  if (ivr) problems.push(...phoneLineProblems(ivr, { production }));
  if (problems.length > 0 || !ivr || !metrics || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ production, logLevel, ivr, metrics });
}

/** An HTTP API (payload 2.0) event as the core's request: the path (below the base path) and query, the body decoded. */
function requestOf(event: APIGatewayProxyEventV2, basePath = ''): HttpRequest {
  const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
  const body = event.body ?? '';
  return {
    method: event.requestContext.http.method,
    url: `${pathBelow(basePath, event.rawPath)}${query}`,
    headers: event.headers ?? {},
    body: Buffer.from(body, event.isBase64Encoded ? 'base64' : 'utf8'),
    protocol: 'https',
    remoteAddress: undefined,
  };
}

/** Every answer of this function is the phone line's (or its health check): the security headers, never stored. */
const resultOf = (res: HttpResponse): APIGatewayProxyStructuredResultV2 => ({
  statusCode: res.status,
  headers: { ...SECURITY_HEADERS, ...NO_STORE, ...res.headers },
  body: res.body,
  isBase64Encoded: false,
});

const HEALTHY: HttpResponse = {
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify({ status: 'ok' }),
};

/** Anything else (API Gateway routes only /ivr/* and /healthz here): the page has its own function. */
const NOT_FOUND = textResponse(404, 'Not found.');

/** The function's handler for these settings; a wrong setting throws here, at cold start, naming every problem. */
export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  // In production PUBLIC_BASE_URL is required: API Gateway's Host is not what Twilio signed.
  const config = loadPhoneFunctionConfig(env);
  const logger = createLogger({ level: config.logLevel });
  // On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
  const metrics = config.metrics.sink === 'emf' ? emfBackend(IVR_METRICS) : undefined;
  const counts = countsFrom<IvrCountEvent>(IVR_METRICS, metrics, logger);
  const options = { config: config.ivr, production: config.production, logger, counts };
  const phone = phoneLine(options);
  return async (event) => {
    const req = requestOf(event, config.ivr.basePath);
    const path = req.url.split('?')[0] ?? '';
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return resultOf(HEALTHY);
    return resultOf((await phone(req)) ?? NOT_FOUND);
  };
}
