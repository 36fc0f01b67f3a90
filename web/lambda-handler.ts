// The web Lambda function (API Gateway HTTP API): the page's express router behind serverless-http, with only the
// page's settings. No other channel: the phone line and the skill are functions of their own.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import serverless from 'serverless-http';
import { ConfigError, collect, type ConfigProblem } from '../infra/config-error.js';
import { BODY_LIMIT_BYTES } from '../infra/http.js';
import type { HttpApiHandler } from '../infra/http-api.js';
import { errorHandler, notFound, securityHeaders } from '../infra/express-host.js';
import { createLogger, readLogLevel, type LogLevel, type Logger } from '../infra/logger.js';
import { loadBasePath, pathBelow } from '../infra/public-url.js';
import { loadWebConfig, type WebConfig } from './config.js';
import { webRouter } from './router.js';

/** The web function's settings: the page, and PUBLIC_BASE_URL's path (routes answer below it). */
interface WebFunctionConfig {
  readonly logLevel: LogLevel;
  readonly web: WebConfig;
  readonly basePath: string;
}

/** Reads the web function's settings (no Twilio auth token: the page never checks a signature). */
function loadWebFunctionConfig(env: NodeJS.ProcessEnv): WebFunctionConfig {
  const problems: ConfigProblem[] = [];
  const logLevel = collect(problems, () => readLogLevel(env));
  const web = collect(problems, () => loadWebConfig(env));
  const basePath = collect(problems, () => loadBasePath(env));
  if (problems.length > 0 || !web || basePath === undefined || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ logLevel, web, basePath });
}

/**
 * The page's built files, web/public/ at the project root. The bundle (web/lambda.mjs) finds them beside itself,
 * where serverless.yml's package patterns put them in the zip; serverless-offline runs the bundle from its build
 * folder without them, from the project root, so the working directory's copy serves there.
 */
export function webAssetsDir(cwd: string = process.cwd()): string {
  const beside = fileURLToPath(new URL('./public/', import.meta.url));
  return existsSync(beside) ? beside : join(cwd, 'web', 'public');
}

/** The page's express app as a Lambda handler; `basePath` (PUBLIC_BASE_URL's path) is taken off each request path. */
function createWebHandler(config: WebConfig, logger: Logger, assetsDir: string, basePath = ''): HttpApiHandler {
  const app = express();
  app.disable('x-powered-by');
  // API Gateway is the one proxy in front: it appends the address it saw (requestContext.http.sourceIp) to
  // X-Forwarded-For, so that last entry is the visitor's, and anything the visitor wrote before it is not trusted.
  // Said explicitly, express-rate-limit keys the token limit on it instead of reporting a misconfiguration.
  app.set('trust proxy', 1);
  app.use(securityHeaders);
  app.use(express.urlencoded({ extended: false, limit: BODY_LIMIT_BYTES }));
  app.use(webRouter(config, { logger, assetsDir }));
  app.use(notFound);
  app.use(errorHandler(logger));
  // Text (HTML, CSS, JS, JSON) goes back as is; the call's tone (audio/wav) must be base64 through API Gateway.
  const wrapped = serverless(app, { binary: ['audio/*', 'image/*', 'font/*'] });
  return async (event, context) =>
    (await wrapped({ ...event, rawPath: pathBelow(basePath, event.rawPath) }, context)) as Awaited<
      ReturnType<HttpApiHandler>
    >;
}

/** The function's handler for these settings; a wrong setting throws here, at cold start, naming every problem. */
export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  const config = loadWebFunctionConfig(env);
  return createWebHandler(config.web, createLogger({ level: config.logLevel }), webAssetsDir(), config.basePath);
}
