// AWS Lambda entry for the phone line and the health check (serverless.yml's ivr function), composed in
// app/ivr-lambda.ts. Built once per cold start, during Lambda's init phase: a configuration error stops the function
// there, with every problem named in its log, instead of failing each call.

import { createHandler, type HttpApiHandler } from '../app/ivr-lambda.js';

export const handler: HttpApiHandler = createHandler(process.env);
