// Whether an address or host name only reaches this machine: the one place unsigned local mode is allowed.

/** A dotted-quad address in 127.0.0.0/8, written as Node's net.isIP accepts it (no leading zeros). */
const LOOPBACK_V4 = /^127(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * True for 127.0.0.0/8, ::1, their IPv4-mapped forms, and the name "localhost". A pattern, not node:net's isIP:
 * importing node:net loads Node's whole socket layer, which a Lambda handler's cold start would pay for nothing.
 */
export function isLoopback(hostOrAddress: string | undefined): boolean {
  if (!hostOrAddress) return false;
  const value = hostOrAddress
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (value === 'localhost') return true;
  if (value === '::1' || value === '0:0:0:0:0:0:0:1') return true;
  const v4 = value.startsWith('::ffff:') ? value.slice('::ffff:'.length) : value;
  return LOOPBACK_V4.test(v4);
}

/** Headers a proxy or tunnel adds when it passes on someone else's request. */
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'via',
];

/** What isDirectLocalRequest reads: Node's IncomingMessage (and so express's Request) has both. */
export interface RequestSource {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly socket: { readonly remoteAddress?: string | undefined };
}

/**
 * A client on this machine itself, not a proxy or tunnel forwarding a stranger's request from loopback. The one
 * check behind every loopback-only mode: unsigned phone webhooks, unsigned Alexa requests and GET /metrics.
 */
export function isDirectLocalRequest(req: RequestSource): boolean {
  return FORWARDING_HEADERS.every((name) => req.headers[name] === undefined) && isLoopback(req.socket.remoteAddress);
}
