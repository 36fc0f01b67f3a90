// What every HTTP Lambda function (ivr, web) shares about API Gateway's HTTP API: the handler type and the headers
// each answer carries. Nothing here loads a channel, so no bundle pulls in another's code.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** On every answer: browsers must not guess a type other than the one we send. */
export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;
