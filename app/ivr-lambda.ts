// The ivr Lambda function (API Gateway HTTP API): the phone line through its framework-neutral core, and the health
// check. No web framework: the page is the web function's (app/web-lambda.ts). ivr/lambda.ts re-exports the handler.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { textResponse, type HttpRequest, type HttpResponse } from '../infra/http.js';
import { createLogger } from '../infra/logger.js';
import { countsFrom } from '../infra/metrics/backend.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { IVR_METRICS, type IvrCountEvent } from '../ivr/metrics.js';
import { phoneLine } from '../ivr/phone.js';
import { twilioDebuggerWebhook } from '../ivr/twilio-debugger.js';
import { loadPhoneFunctionConfig } from './config.js';
import { NOSNIFF, pathBelow, type HttpApiHandler } from './http-api.js';

export type { HttpApiHandler } from './http-api.js';

/** An HTTP API (payload 2.0) event as the core's request: the path (below the base path) and query, the body decoded. */
export function requestOf(event: APIGatewayProxyEventV2, basePath = ''): HttpRequest {
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

const resultOf = (res: HttpResponse): APIGatewayProxyStructuredResultV2 => ({
  statusCode: res.status,
  headers: { ...res.headers, ...NOSNIFF },
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

export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  // On Lambda (production) loadPhoneFunctionConfig requires PUBLIC_BASE_URL: API Gateway's Host is not what Twilio signed.
  const config = loadPhoneFunctionConfig(env);
  const logger = createLogger({ level: config.logLevel });
  // On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
  const metrics = config.metrics.sink === 'emf' ? emfBackend(IVR_METRICS) : undefined;
  const counts = countsFrom<IvrCountEvent>(IVR_METRICS, metrics, logger);
  const options = { config: config.ivr, production: config.production, logger, counts };
  const phone = phoneLine(options);
  const twilioDebugger = twilioDebuggerWebhook(options);
  return async (event) => {
    const req = requestOf(event, config.ivr.basePath);
    const path = req.url.split('?')[0] ?? '';
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return resultOf(HEALTHY);
    return resultOf((await twilioDebugger(req)) ?? (await phone(req)) ?? NOT_FOUND);
  };
}
