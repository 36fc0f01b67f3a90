// What both HTTP Lambda functions (ivr, web) share about API Gateway's HTTP API: the handler type, the base path,
// the nosniff header. Nothing here loads a channel, so neither bundle pulls in the other's code.

import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';

export type HttpApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The path below PUBLIC_BASE_URL's path (a stage or a custom domain's base path, e.g. /prod), so the routes match
 * and the signed URL is PUBLIC_BASE_URL plus the rest.
 */
export function pathBelow(basePath: string, path: string): string {
  const rest = path.slice(basePath.length);
  return basePath && path.startsWith(basePath) && (rest === '' || rest.startsWith('/')) ? rest || '/' : path;
}

/** On every answer: browsers must not guess a type other than the one we send. */
export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;
