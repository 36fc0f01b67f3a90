// AWS Lambda entry for the web page (serverless.yml's web function), composed in web/lambda-handler.ts. Built once
// per cold start, in Lambda's init phase: a configuration error stops the function there, every problem in its log.

import { createHandler } from './lambda-handler.js';

export const handler = createHandler(process.env);
