// The ivr Lambda function (API Gateway HTTP API): the phone line answers through its framework-neutral core; the
// web page's express app is loaded only when a page route is first asked for. ivr/lambda.ts re-exports the handler.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textResponse, type HttpRequest, type HttpResponse } from '../infra/http.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { countsFrom } from '../infra/metrics/backend.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { IVR_METRICS, type IvrCountEvent } from '../ivr/metrics.js';
import { phoneLine } from '../ivr/phone.js';
import { loadPhoneFunctionConfig, type PhoneFunctionConfig } from './config.js';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The page's built files, web/public/ at the project root. The bundle (ivr/lambda.mjs) finds them beside itself,
 * where serverless.yml's package patterns put them in the zip; serverless-offline runs the bundle from its build
 * folder without them, from the project root, so the working directory's copy serves there.
 */
export function webAssetsDir(cwd: string = process.cwd()): string {
  const beside = fileURLToPath(new URL('../web/public/', import.meta.url));
  return existsSync(beside) ? beside : join(cwd, 'web', 'public');
}

/**
 * The path below PUBLIC_BASE_URL's path (a stage or a custom domain's base path, e.g. /prod), so the routes match
 * and the signed URL is PUBLIC_BASE_URL plus the rest.
 */
export function pathBelow(basePath: string, path: string): string {
  const rest = path.slice(basePath.length);
  return basePath && path.startsWith(basePath) && (rest === '' || rest.startsWith('/')) ? rest || '/' : path;
}

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

/** Every answer: browsers must not guess a type other than the one we send. */
const NOSNIFF = { 'x-content-type-options': 'nosniff' };

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

/** The page routes' handler, built on first use (express, helmet and the page's modules stay unloaded until then). */
function lazyWeb(config: PhoneFunctionConfig, logger: Logger): HttpApiHandler {
  let web: Promise<HttpApiHandler> | undefined;
  return async (event, context) => {
    web ??= import('./web-lambda.js').then((m) => m.createWebHandler(config.web, logger, webAssetsDir()));
    return (await web)(event, context);
  };
}

export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  // On Lambda (production) loadPhoneFunctionConfig requires PUBLIC_BASE_URL: API Gateway's Host is not what Twilio signed.
  const config = loadPhoneFunctionConfig(env);
  const logger = createLogger({ level: config.logLevel });
  // On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
  const metrics = config.metrics.sink === 'emf' ? emfBackend(IVR_METRICS) : undefined;
  const counts = countsFrom<IvrCountEvent>(IVR_METRICS, metrics, logger);
  const phone = phoneLine({ config: config.ivr, production: config.production, logger, counts });
  const web = lazyWeb(config, logger);
  return async (event, context) => {
    const req = requestOf(event, config.ivr.basePath);
    const path = req.url.split('?')[0] ?? '';
    if (path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) return resultOf(HEALTHY);
    const answer = await phone(req);
    if (answer) return resultOf(answer);
    // Nothing under /ivr is a page: a phone path the core does not serve is a 404 without loading the page.
    if (/^\/ivr(\/|$)/i.test(path)) return resultOf(textResponse(404, 'Not found.'));
    const page = await web({ ...event, rawPath: path }, context);
    return { ...page, headers: { ...page.headers, ...NOSNIFF } };
  };
}
