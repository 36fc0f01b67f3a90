// Twilio request validation for every /ivr/* request: a missing or bad X-Twilio-Signature gets 403 and nothing else.

import { timingSafeEqual } from 'node:crypto';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { header, type HttpRequest } from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import { assertChecksOffAllowed } from '../infra/local-only.js';
import { isDirectLocalRequest } from '../infra/loopback.js';
import type { Secret } from '../infra/ssm-secret.js';
import { UNSIGNED_PHONE_LINE } from './config.js';
// Types only: the fallback sits behind this check and must load even when content/ cannot.
import type { IvrCounts } from './metrics.js';
import type { FormParams } from './params.js';

export interface SignatureOptions {
  /** The auth token (from the environment or SSM); undefined only in local unsigned mode. */
  readonly authToken: Secret | undefined;
  readonly publicBaseUrl: string | undefined;
  readonly production: boolean;
  readonly logger?: Logger;
  readonly counts?: IvrCounts;
}

/**
 * The URL Twilio signed: the public origin when we sit behind a proxy or API Gateway, else what we received.
 * Undefined for a request target that is not a path (absolute-form, `POST http://host/ivr/voice`) or a Host that
 * makes no URL ("["): such a request can only be refused.
 */
function signedUrl(req: HttpRequest, publicBaseUrl: string | undefined): string | undefined {
  if (!req.url.startsWith('/')) return undefined;
  const url = (publicBaseUrl ?? `${req.protocol}://${header(req, 'host') ?? ''}`) + req.url;
  // Without PUBLIC_BASE_URL (development only) the Host header is the client's word: it must at least be a host.
  return URL.canParse(url) ? url : undefined;
}

/**
 * The URL as received, and the same with the scheme's default port written or left out (Twilio may sign either).
 * Nothing else: twilio's own validateRequest also retries with a re-encoded query that keeps only the first 1,000
 * pairs, so a captured URL padded with empty pairs and one more parameter would still pass.
 */
export function urlsToTry(url: string): string[] {
  const parts = /^(https?):\/\/([^/?#]*)(.*)$/is.exec(url);
  if (!parts) return [url];
  const [, scheme = '', authority = '', rest = ''] = parts;
  const port = scheme.toLowerCase() === 'https' ? ':443' : ':80';
  if (authority.endsWith(port)) return [url, `${scheme}://${authority.slice(0, -port.length)}${rest}`];
  return /:\d*$/.test(authority) ? [url] : [url, `${scheme}://${authority}${port}${rest}`];
}

/** Twilio's HMAC over one of those URLs and the form, compared in constant time. */
function matches(token: string, signature: string, url: string, params: FormParams): boolean {
  const given = Buffer.from(signature);
  return urlsToTry(url).some((candidate) => {
    const expected = Buffer.from(getExpectedTwilioSignature(token, candidate, params));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
}

/** How old a kept token must be before a request it refuses makes the check read it again. */
export const REREAD_AFTER_MS = 60_000;

/** allowed: go on; forbidden: 403; unavailable: the token could not be read, so nothing can be checked (503). */
type SignatureVerdict = 'allowed' | 'forbidden' | 'unavailable';

/** Whether a request may reach the phone line: signed by Twilio, or (unsigned local mode) straight from this machine. */
export type SignatureCheck = (req: HttpRequest, params: FormParams) => Promise<SignatureVerdict>;

export function signatureCheck(options: SignatureOptions): SignatureCheck {
  const { authToken, publicBaseUrl, production } = options;
  const refused = (reason: 'missing' | 'invalid' | 'malformed'): SignatureVerdict => {
    options.counts?.record({ kind: 'signatureRefused', channel: 'ivr', reason });
    return 'forbidden';
  };
  if (authToken === undefined) {
    assertChecksOffAllowed([UNSIGNED_PHONE_LINE], { production });
    // Unsigned local mode trusts only a direct connection from this machine, never a tunnel or proxy.
    return async (req) =>
      isDirectLocalRequest({ headers: req.headers, socket: { remoteAddress: req.remoteAddress } })
        ? 'allowed'
        : 'forbidden';
  }
  return async (req, params) => {
    const signature = header(req, 'x-twilio-signature');
    const url = signedUrl(req, publicBaseUrl);
    if (!signature || url === undefined) return refused(signature ? 'malformed' : 'missing');
    let token: string;
    try {
      token = await authToken();
    } catch (err) {
      options.logger?.error(
        { event: 'ivr.auth-token-unavailable', errorName: err instanceof Error ? err.name : typeof err },
        'Twilio auth token could not be read',
      );
      options.counts?.record({ kind: 'authTokenUnavailable' });
      return 'unavailable';
    }
    if (matches(token, signature, url, params)) return 'allowed';
    // The token may have been rotated since it was read: read it again (at most once a minute) before refusing.
    const renewed = await authToken.reread?.(REREAD_AFTER_MS).catch(() => token);
    return renewed !== undefined && renewed !== token && matches(renewed, signature, url, params)
      ? 'allowed'
      : refused('invalid');
  };
}
