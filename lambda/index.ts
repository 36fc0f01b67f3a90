// AWS Lambda entry for the Alexa skill (serverless.yml's alexa function); composed in app/alexa-lambda.ts.
export { handler } from '../app/alexa-lambda.js';
