// A framework-neutral HTTP exchange: what a host (express locally, API Gateway on Lambda) hands a channel's core,
// and what it sends back.

/** Request headers as Node gives them: lower-case names, a list for a repeated Set-Cookie. */
type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** Every host's body limit: Twilio's webhooks are small forms; anything bigger is not from Twilio. */
export const BODY_LIMIT_BYTES = 64 * 1024;
export const TOO_LARGE_MESSAGE = 'Request body too large: the limit is 64 kB.';

export interface HttpRequest {
  readonly method: string;
  /** The request target as received: path and query, e.g. /ivr/menu/main?lang=en-US. */
  readonly url: string;
  readonly headers: RequestHeaders;
  /** The raw body (already base64-decoded by the host); empty when there is none. */
  readonly body: Buffer;
  /** "http" or "https", as the host saw the connection. */
  readonly protocol: string;
  /** The peer's address; undefined where there is no socket (Lambda). */
  readonly remoteAddress?: string | undefined;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** One header's value; a repeated header counts as absent, like a repeated form parameter. */
export function header(req: Pick<HttpRequest, 'headers'>, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** A short text answer (errors, refusals), in UTF-8. */
export function textResponse(status: number, body: string, type = 'text/plain'): HttpResponse {
  return { status, headers: { 'content-type': `${type}; charset=utf-8` }, body };
}

/**
 * On every answer of every host, errors, /healthz, the phone line and the skill included: helmet's defaults, with a
 * policy that allows nothing (the page replaces it with its own and adds a Permissions-Policy).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** On the phone line's and the skill's answers: nothing of a call is kept in any cache. */
export const NO_STORE: Readonly<Record<string, string>> = { 'cache-control': 'no-store' };
