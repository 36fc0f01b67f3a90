// Twilio's side of a failure: if the primary webhook errors or is too slow, Twilio requests the fallback URL instead.

import { post, type Reply } from '../ivr/helpers.js';

export interface TwilioAnswer {
  readonly from: 'primary' | 'fallback';
  readonly reply: Reply;
  /** Why the primary URL was given up on, when it was. */
  readonly reason?: string;
}

/**
 * Twilio waits 15 s for a webhook and treats any answer outside 2xx as a failure; then it requests the number's
 * fallback URL with the same parameters. `timeoutMs` stands in for the 15 s so tests stay short.
 */
export async function twilioRequest(
  url: string,
  fallbackUrl: string,
  params: Record<string, string>,
  timeoutMs: number,
): Promise<TwilioAnswer> {
  let reason: string;
  try {
    const reply = await post(url, params, { signal: AbortSignal.timeout(timeoutMs) });
    if (reply.status >= 200 && reply.status < 300) return { from: 'primary', reply };
    reason = `HTTP ${reply.status}`;
  } catch (err) {
    reason = (err as Error).name;
  }
  return { from: 'fallback', reply: await post(fallbackUrl, params, { signal: AbortSignal.timeout(60_000) }), reason };
}
