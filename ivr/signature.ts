// Twilio request validation for every /ivr/* request: a missing or bad X-Twilio-Signature gets 403 and nothing else.

import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import { header, type HttpRequest } from '../infra/http.js';
import { isDirectLocalRequest } from '../infra/loopback.js';
import type { FormParams } from './params.js';

export interface SignatureOptions {
  readonly authToken: string | undefined;
  readonly publicBaseUrl: string | undefined;
  readonly production: boolean;
}

/** The URL Twilio signed: the public origin when we sit behind a proxy or API Gateway, else what we received. */
export function signedUrl(req: HttpRequest, publicBaseUrl: string | undefined): string {
  const origin = publicBaseUrl ?? `${req.protocol}://${header(req, 'host') ?? ''}`;
  return origin + req.url;
}

/** Whether a request may reach the phone line: signed by Twilio, or (unsigned local mode) straight from this machine. */
export type SignatureCheck = (req: HttpRequest, params: FormParams) => boolean;

export function signatureCheck(options: SignatureOptions): SignatureCheck {
  const { authToken, publicBaseUrl, production } = options;
  if (authToken === undefined) {
    if (production) throw new Error('TWILIO_AUTH_TOKEN is required in production: refusing to serve /ivr unsigned.');
    // Unsigned local mode still only trusts a direct connection from this machine, not a tunnel or a proxy.
    return (req) => isDirectLocalRequest(req.headers, req.remoteAddress);
  }
  return (req, params) => {
    const signature = header(req, 'x-twilio-signature');
    return signature !== undefined && validateRequest(authToken, signature, signedUrl(req, publicBaseUrl), params);
  };
}
