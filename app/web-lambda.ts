// The web page on Lambda: its express router behind serverless-http, loaded by app/ivr-lambda.ts on the first page
// request only, so a phone call's cold start never loads express.

import express from 'express';
import serverless from 'serverless-http';
import { BODY_LIMIT_BYTES } from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import type { WebConfig } from '../web/config.js';
import { webRouter } from '../web/router.js';
import { errorHandler, notFound } from './http-errors.js';
import type { HttpApiHandler } from './ivr-lambda.js';

export function createWebHandler(config: WebConfig, logger: Logger, assetsDir: string): HttpApiHandler {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT_BYTES }));
  app.use(webRouter(config, { logger, assetsDir }));
  app.use(notFound);
  app.use(errorHandler(logger));
  // Text (HTML, CSS, JS, JSON) goes back as is; the call's tone (audio/wav) must be base64 through API Gateway.
  const wrapped = serverless(app, { binary: ['audio/*', 'image/*', 'font/*'] });
  return (event, context) => wrapped(event, context) as Promise<Awaited<ReturnType<HttpApiHandler>>>;
}
