// A Twilio voice webhook as Twilio sends it: form body plus X-Twilio-Signature over the public URL.

import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';

/** What Twilio posts when a call comes in, minus the caller's and line's numbers (no route here needs them). */
export const INCOMING_CALL: Readonly<Record<string, string>> = {
  AccountSid: 'AC00000000000000000000000000000000',
  CallSid: 'CA00000000000000000000000000000000',
  CallStatus: 'ringing',
  Direction: 'inbound',
  ApiVersion: '2010-04-01',
};

export interface SignedWebhook {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** The form body and headers for a POST to url, signed with authToken exactly as Twilio signs it. */
export function signedWebhook(
  authToken: string,
  url: string,
  params: Readonly<Record<string, string>> = INCOMING_CALL,
): SignedWebhook {
  return {
    body: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(authToken, url, { ...params }),
    },
  };
}
