// Twilio request validation for every /ivr/* request: a missing or bad X-Twilio-Signature gets 403 and nothing else.

import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import { header, type HttpRequest } from '../infra/http.js';
import type { Logger } from '../infra/logger.js';
import { isDirectLocalRequest } from '../infra/loopback.js';
import type { Secret } from '../infra/ssm-secret.js';
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
export function signedUrl(req: HttpRequest, publicBaseUrl: string | undefined): string | undefined {
  if (!req.url.startsWith('/')) return undefined;
  const url = (publicBaseUrl ?? `${req.protocol}://${header(req, 'host') ?? ''}`) + req.url;
  // Without PUBLIC_BASE_URL (development only) the Host header is the client's word: it must at least be a host.
  return URL.canParse(url) ? url : undefined;
}

/** Twilio's check, or false for anything it cannot even parse (a Host of "[", say): a forgery, never a 500. */
function matches(token: string, signature: string, url: string, params: FormParams): boolean {
  try {
    return validateRequest(token, signature, url, params);
  } catch {
    return false;
  }
}

/** allowed: go on; forbidden: 403; unavailable: the token could not be read, so nothing can be checked (503). */
export type SignatureVerdict = 'allowed' | 'forbidden' | 'unavailable';

/** Whether a request may reach the phone line: signed by Twilio, or (unsigned local mode) straight from this machine. */
export type SignatureCheck = (req: HttpRequest, params: FormParams) => Promise<SignatureVerdict>;

export function signatureCheck(options: SignatureOptions): SignatureCheck {
  const { authToken, publicBaseUrl, production } = options;
  const refused = (reason: 'missing' | 'invalid' | 'malformed'): SignatureVerdict => {
    options.counts?.record({ kind: 'signatureRefused', channel: 'ivr', reason });
    return 'forbidden';
  };
  if (authToken === undefined) {
    if (production) throw new Error('TWILIO_AUTH_TOKEN is required in production: refusing to serve /ivr unsigned.');
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
    return matches(token, signature, url, params) ? 'allowed' : refused('invalid');
  };
}
