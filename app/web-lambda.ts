// The web Lambda function (API Gateway HTTP API): the page's express router behind serverless-http, with only the
// page's settings. web/lambda.ts re-exports the handler; the phone line is the ivr function's (app/ivr-lambda.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import serverless from 'serverless-http';
import { BODY_LIMIT_BYTES } from '../infra/http.js';
import { createLogger, type Logger } from '../infra/logger.js';
import type { WebConfig } from '../web/config.js';
import { webRouter } from '../web/router.js';
import { loadWebFunctionConfig } from './config.js';
import { errorHandler, notFound } from './http-errors.js';
import { NOSNIFF, pathBelow, type HttpApiHandler } from './http-api.js';

/**
 * The page's built files, web/public/ at the project root. The bundle (web/lambda.mjs) finds them beside itself,
 * where serverless.yml's package patterns put them in the zip; serverless-offline runs the bundle from its build
 * folder without them, from the project root, so the working directory's copy serves there.
 */
export function webAssetsDir(cwd: string = process.cwd()): string {
  const beside = fileURLToPath(new URL('../web/public/', import.meta.url));
  return existsSync(beside) ? beside : join(cwd, 'web', 'public');
}

/** The page's express app as a Lambda handler; `basePath` (PUBLIC_BASE_URL's path) is taken off each request path. */
export function createWebHandler(config: WebConfig, logger: Logger, assetsDir: string, basePath = ''): HttpApiHandler {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT_BYTES }));
  app.use(webRouter(config, { logger, assetsDir }));
  app.use(notFound);
  app.use(errorHandler(logger));
  // Text (HTML, CSS, JS, JSON) goes back as is; the call's tone (audio/wav) must be base64 through API Gateway.
  const wrapped = serverless(app, { binary: ['audio/*', 'image/*', 'font/*'] });
  return async (event, context) => {
    const page = (await wrapped({ ...event, rawPath: pathBelow(basePath, event.rawPath) }, context)) as Awaited<
      ReturnType<HttpApiHandler>
    >;
    return { ...page, headers: { ...page.headers, ...NOSNIFF } };
  };
}

export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  const config = loadWebFunctionConfig(env);
  return createWebHandler(config.web, createLogger({ level: config.logLevel }), webAssetsDir(), config.basePath);
}
