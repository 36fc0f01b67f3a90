// The browser call's access token: a Voice grant for the TwiML app only, short-lived, for a random identity
// that says nothing about the person.

import { randomBytes } from 'node:crypto';
import AccessToken from 'twilio/lib/jwt/AccessToken.js';
import type { VoiceConfig } from './config.js';

export interface IssuedToken {
  readonly token: string;
  readonly ttlSeconds: number;
}

/** 32 random hex characters: unique per token, unlinkable to a person, valid as a Twilio client identity. */
export function randomIdentity(): string {
  return randomBytes(16).toString('hex');
}

export function issueVoiceToken(config: VoiceConfig, identity: string = randomIdentity()): IssuedToken {
  const token = new AccessToken(config.accountSid, config.apiKey, config.apiSecret, {
    identity,
    ttl: config.tokenTtlSeconds,
  });
  // Outgoing calls to our TwiML app only; nobody can ring a browser, so incoming stays off.
  token.addGrant(new AccessToken.VoiceGrant({ outgoingApplicationSid: config.twimlAppSid, incomingAllow: false }));
  return { token: token.toJwt(), ttlSeconds: config.tokenTtlSeconds };
}
