// The browser call's access token: a Voice grant for the TwiML app only, short-lived, for a random identity
// that says nothing about the person.

import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import AccessToken from 'twilio/lib/jwt/AccessToken.js';
import type { VoiceConfig } from './config.js';

/**
 * Tokens only for this site's own page: a browser on another site (which always sends Origin with a POST, and
 * Sec-Fetch-Site) gets 403, so no other page can start calls in a visitor's name or drain the rate limit.
 * A request with neither header is not from a browser page, and is left to the rate limit.
 */
export const sameSiteOnly: RequestHandler = (req, res, next) => {
  const origin = req.get('origin');
  const site = req.get('sec-fetch-site');
  let sameHost = origin === undefined;
  if (origin !== undefined) {
    try {
      sameHost = new URL(origin).host === req.get('host');
    } catch {
      sameHost = false; // "null" (a sandboxed frame, a file) or garbage
    }
  }
  if (sameHost && (site === undefined || site === 'same-origin')) {
    next();
    return;
  }
  res.status(403).json({ error: 'cross_site_request' });
};

export interface IssuedToken {
  readonly token: string;
  readonly ttlSeconds: number;
}

/** 32 random hex characters: unique per token, unlinkable to a person, valid as a Twilio client identity. */
function randomIdentity(): string {
  return randomBytes(16).toString('hex');
}

/** What a token is made of: the browser call's settings, with its API secret as read at run time. */
export type TokenSettings = Pick<VoiceConfig, 'accountSid' | 'apiKey' | 'twimlAppSid' | 'tokenTtlSeconds'> & {
  readonly apiSecret: string;
};

export function issueVoiceToken(config: TokenSettings, identity: string = randomIdentity()): IssuedToken {
  const token = new AccessToken(config.accountSid, config.apiKey, config.apiSecret, {
    identity,
    ttl: config.tokenTtlSeconds,
  });
  // Outgoing calls to our TwiML app only; nobody can ring a browser, so incoming stays off.
  token.addGrant(new AccessToken.VoiceGrant({ outgoingApplicationSid: config.twimlAppSid, incomingAllow: false }));
  return { token: token.toJwt(), ttlSeconds: config.tokenTtlSeconds };
}
