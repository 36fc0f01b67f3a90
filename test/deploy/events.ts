// Request envelopes as AWS delivers them to the functions: API Gateway HTTP API (payload 2.0).

import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** The host API Gateway puts in the Host header: not what Twilio signed when a custom domain is in front. */
export const API_HOST = 'abc123defg.execute-api.us-east-1.amazonaws.com';

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly query?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** API Gateway base64-encodes bodies it does not treat as text; Twilio's form posts can arrive either way. */
  readonly base64?: boolean;
}

export function httpApiEvent(req: HttpRequest): APIGatewayProxyEventV2 {
  const routeKey = `${req.method} ${req.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: req.path,
    rawQueryString: req.query ?? '',
    headers: {
      host: API_HOST,
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      'x-forwarded-for': '203.0.113.10',
      'user-agent': 'TwilioProxy/1.1',
      ...req.headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123defg',
      domainName: API_HOST,
      domainPrefix: 'abc123defg',
      http: {
        method: req.method,
        path: req.path,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.10',
        userAgent: 'TwilioProxy/1.1',
      },
      requestId: 'test-request',
      routeKey,
      stage: '$default',
      time: '27/Nov/2026:05:00:00 +0000',
      timeEpoch: 1795755600000,
    },
    ...(req.body === undefined
      ? { isBase64Encoded: false }
      : req.base64
        ? { body: Buffer.from(req.body).toString('base64'), isBase64Encoded: true }
        : { body: req.body, isBase64Encoded: false }),
  };
}
