// AWS Lambda entry for the phone line (serverless.yml's ivr function), composed in ivr/lambda-handler.ts. Built once
// per cold start, in Lambda's init phase: a configuration error stops the function there, every problem in its log.

import { createHandler } from './lambda-handler.js';

export const handler = createHandler(process.env);
