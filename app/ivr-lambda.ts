// Builds the Lambda handler for the HTTP routes: the same express app as `npm start`, wrapped for API Gateway's HTTP API.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import serverless from 'serverless-http';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * Behind API Gateway the app sees http://<internal host>, while Twilio signs the https URL it called: without
 * the public URL every real webhook would fail its signature check, so a missing one is a start-up error.
 */
export function requirePublicBaseUrl(config: AppConfig): AppConfig {
  if (config.ivr.publicBaseUrl !== undefined) return config;
  throw new ConfigError([
    {
      variable: 'PUBLIC_BASE_URL',
      problem: 'is not set, so Twilio signatures cannot be checked against the URL Twilio called.',
      fix: 'set it to the API URL without /ivr (serverless.yml sets it to the HTTP API URL unless --param="publicBaseUrl=..." is given).',
    },
  ]);
}

/**
 * The page's built files, web/public/ at the project root. The bundle (ivr/lambda.mjs) finds them beside itself,
 * where serverless.yml's package patterns put them in the zip; serverless-offline runs the bundle from its build
 * folder without them, from the project root, so the working directory's copy serves there.
 */
export function webAssetsDir(cwd: string = process.cwd()): string {
  const beside = fileURLToPath(new URL('../web/public/', import.meta.url));
  return existsSync(beside) ? beside : join(cwd, 'web', 'public');
}

/** Wraps the app for API Gateway HTTP API (payload 2.0) events; serverless-http decodes base64 bodies. */
export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  const app = createApp(requirePublicBaseUrl(loadConfig(env)), { webAssetsDir: webAssetsDir() });
  // Text (TwiML, HTML, JSON, CSS, JS) goes back as is; the call's tone (audio/wav) must be base64 through API Gateway.
  const wrapped = serverless(app, { binary: ['audio/*', 'image/*', 'font/*'] });
  return (event, context) => wrapped(event, context) as Promise<APIGatewayProxyStructuredResultV2>;
}
