// Builds the Lambda handler for the HTTP routes: the same express app as `npm start`, wrapped for API Gateway's HTTP API.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import serverless from 'serverless-http';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';

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

/** Wraps the app for API Gateway HTTP API (payload 2.0) events; serverless-http decodes base64 bodies. */
export function createHandler(env: NodeJS.ProcessEnv): HttpApiHandler {
  // On Lambda loadConfig requires PUBLIC_BASE_URL (production): API Gateway's Host is not what Twilio signed.
  const app = createApp(loadConfig(env), { webAssetsDir: webAssetsDir() });
  // Text (TwiML, HTML, JSON, CSS, JS) goes back as is; the call's tone (audio/wav) must be base64 through API Gateway.
  const wrapped = serverless(app, { binary: ['audio/*', 'image/*', 'font/*'] });
  return (event, context) => wrapped(event, context) as Promise<APIGatewayProxyStructuredResultV2>;
}
