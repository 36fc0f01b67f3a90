// Twilio request validation for every /ivr/* request: a missing or bad X-Twilio-Signature gets 403 and nothing else.

import type { Request, RequestHandler } from 'express';
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import { isLoopback } from '../infra/loopback.js';
import { formParams } from './params.js';

export interface SignatureOptions {
  readonly authToken: string | undefined;
  readonly publicBaseUrl: string | undefined;
  readonly production: boolean;
}

/** The URL Twilio signed: the public origin when we sit behind a proxy or API Gateway, else what we received. */
export function signedUrl(req: Request, publicBaseUrl: string | undefined): string {
  const origin = publicBaseUrl ?? `${req.protocol}://${req.get('host') ?? ''}`;
  return origin + req.originalUrl;
}

function forbid(res: Parameters<RequestHandler>[1]): void {
  res.status(403).type('text/plain').send('Forbidden: this address only answers Twilio.');
}

/**
 * Unsigned local mode still only trusts a direct connection from this machine: not a tunnel or proxy that
 * forwards strangers' requests from loopback (they add Forwarded / X-Forwarded-For headers).
 */
function isDirectLocalRequest(req: Request): boolean {
  const forwarded = req.get('forwarded') ?? req.get('x-forwarded-for') ?? req.get('x-real-ip');
  return forwarded === undefined && isLoopback(req.socket.remoteAddress);
}

export function twilioSignature(options: SignatureOptions): RequestHandler {
  const { authToken, publicBaseUrl, production } = options;
  if (authToken === undefined) {
    if (production) throw new Error('TWILIO_AUTH_TOKEN is required in production: refusing to serve /ivr unsigned.');
    return (req, res, next) => (isDirectLocalRequest(req) ? next() : forbid(res));
  }
  return (req, res, next) => {
    const signature = req.get('x-twilio-signature');
    if (!signature || !validateRequest(authToken, signature, signedUrl(req, publicBaseUrl), formParams(req))) {
      forbid(res);
      return;
    }
    next();
  };
}
