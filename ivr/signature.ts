// Twilio request validation for every /ivr/* request: a missing or bad X-Twilio-Signature gets 403 and nothing else.

import type { Request, RequestHandler, Response } from 'express';
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import type { Logger } from '../server/logger.js';
import { isDirectLocalRequest } from '../server/loopback.js';
// Types only: the fallback route sits behind this check and must load even when content/ cannot.
import type { Counts } from '../server/metrics/events.js';
import type { Secret } from '../server/ssm-secret.js';
import { formParams } from './params.js';

export interface SignatureOptions {
  /** The auth token (from the environment or SSM); undefined only in local unsigned mode. */
  readonly authToken: Secret | undefined;
  readonly publicBaseUrl: string | undefined;
  readonly production: boolean;
  readonly logger?: Logger;
  readonly counts?: Counts;
}

/**
 * The URL Twilio signed: the public origin when we sit behind a proxy or API Gateway, else what we received.
 * Undefined for a request target that is not a path (absolute-form, `POST http://host/ivr/voice`) or a Host that
 * makes no URL ("["): such a request can only be refused.
 */
export function signedUrl(req: Request, publicBaseUrl: string | undefined): string | undefined {
  if (!req.originalUrl.startsWith('/')) return undefined;
  const url = (publicBaseUrl ?? `${req.protocol}://${req.get('host') ?? ''}`) + req.originalUrl;
  // Without PUBLIC_BASE_URL (development only) the Host header is the client's word: it must at least be a host.
  return URL.canParse(url) ? url : undefined;
}

function forbid(res: Response): void {
  res.status(403).type('text/plain').send('Forbidden: this address only answers Twilio.');
}

/** Twilio's check, or false for anything it cannot even parse (a Host of "[", say): a forgery, never a 500. */
function matches(token: string, signature: string, url: string, req: Request): boolean {
  try {
    return validateRequest(token, signature, url, formParams(req));
  } catch {
    return false;
  }
}

export function twilioSignature(options: SignatureOptions): RequestHandler {
  const { authToken, publicBaseUrl, production } = options;
  const refused = (reason: 'missing' | 'invalid' | 'malformed'): void =>
    options.counts?.record({ kind: 'signatureRefused', channel: 'ivr', reason });
  if (authToken === undefined) {
    if (production) throw new Error('TWILIO_AUTH_TOKEN is required in production: refusing to serve /ivr unsigned.');
    // Unsigned local mode trusts only a direct connection from this machine, never a tunnel or proxy.
    return (req, res, next) => (isDirectLocalRequest(req) ? next() : forbid(res));
  }
  return (req, res, next) => {
    const signature = req.get('x-twilio-signature');
    const url = signedUrl(req, publicBaseUrl);
    if (!signature || url === undefined) {
      refused(signature ? 'malformed' : 'missing');
      forbid(res);
      return;
    }
    authToken().then(
      (token) => {
        if (matches(token, signature, url, req)) {
          next();
          return;
        }
        refused('invalid');
        forbid(res);
      },
      (err: unknown) => {
        // The token could not be read (SSM down, no permission): nothing can be checked, so nothing is served.
        options.logger?.error(
          { event: 'ivr.auth-token-unavailable', errorName: err instanceof Error ? err.name : typeof err },
          'Twilio auth token could not be read',
        );
        res.status(503).type('text/plain').send('Service unavailable.');
      },
    );
  };
}
