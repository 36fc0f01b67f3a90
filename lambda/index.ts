// AWS Lambda entry for the Alexa skill (serverless.yml's alexa function), composed in lambda/lambda-handler.ts. Built
// once per cold start, in Lambda's init phase: a configuration error stops the function there, every problem in its log.

import { createHandler } from './lambda-handler.js';

export const handler = createHandler(process.env);
