// A Twilio webhook as Twilio sends it, for tests: a URL-encoded form and its X-Twilio-Signature, made with twilio's own
// signing function, and the ways a test may get it wrong on purpose (no signature, another token, URL or form).

import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

/** A well-formed but fake auth token: signatures are computed offline and Twilio's cloud is never called. */
export const TOKEN = '0123456789abcdef0123456789abcdef';
export const OTHER_TOKEN = 'fedcba9876543210fedcba9876543210';

/** Form parameters; a name given several values is sent once per value, as a repeated parameter. */
export type WebhookParams = Readonly<Record<string, string | readonly string[]>>;

export interface SignOptions {
  /** The token to sign with; null sends no signature at all. Default TOKEN. */
  readonly token?: string | null;
  /** The URL to sign over, when it should differ from the one requested. */
  readonly signUrl?: string;
  /** The parameters to sign over, when they should differ from the ones sent. */
  readonly signParams?: WebhookParams;
}

interface TwilioWebhook {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The body and headers Twilio would POST to `url` with `params`, signed as `options` say. */
export function twilioWebhook(url: string, params: WebhookParams = {}, options: SignOptions = {}): TwilioWebhook {
  const token = options.token === undefined ? TOKEN : options.token;
  const pairs = Object.entries(params).flatMap(([name, value]) => [value].flat().map((v) => [name, v]));
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (token !== null) {
    headers['x-twilio-signature'] = getExpectedTwilioSignature(
      token,
      options.signUrl ?? url,
      options.signParams ?? params,
    );
  }
  return { body: new URLSearchParams(pairs).toString(), headers };
}

/**
 * The head of the same request as HTTP/1.1 text (up to the blank line before the body), for a test that writes to the
 * socket itself: a request target or Host header fetch would not send, or a body sent a few bytes at a time.
 */
export function requestHead(target: string, host: string, webhook: TwilioWebhook): string {
  const headers = Object.entries(webhook.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return (
    `POST ${target} HTTP/1.1\r\nHost: ${host}\r\n${headers.join('')}` +
    `Content-Length: ${Buffer.byteLength(webhook.body)}\r\nConnection: close\r\n\r\n`
  );
}
