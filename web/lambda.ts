// AWS Lambda entry for the web page (serverless.yml's web function), composed in app/web-lambda.ts. Built once per
// cold start, during Lambda's init phase: a configuration error stops the function there, named in its log.

import { createHandler } from '../app/web-lambda.js';
import type { HttpApiHandler } from '../app/http-api.js';

export const handler: HttpApiHandler = createHandler(process.env);
