// Response headers for the page and its files: a strict CSP (no inline code, nothing from other sites except
// Twilio's voice servers when the browser call is on), no referrer, nothing stored, no powerful features.

import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** Where the Voice SDK opens its signalling WebSocket (voice-js.<edge>.twilio.com); media goes over WebRTC. */
const TWILIO_SIGNALLING = 'wss://*.twilio.com';

function contentSecurityPolicy(options: { call: boolean }): Record<string, string[]> {
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    // data: only for the empty icon that stops the browser asking for /favicon.ico.
    'img-src': ["'self'", 'data:'],
    // The call script fetches its token and tone from us and signals to Twilio; nothing else leaves the page.
    'connect-src': options.call ? ["'self'", TWILIO_SIGNALLING] : ["'self'"],
    'media-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
  };
}

/** Helmet plus the headers it does not set: no caching of the page, and the microphone only for the call. */
export function securityHeaders(options: { call: boolean }): RequestHandler[] {
  const microphone = options.call ? 'microphone=(self)' : 'microphone=()';
  return [
    helmet({
      // useDefaults off: helmet's default adds upgrade-insecure-requests, which breaks plain-http local use.
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(options) },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (_req, res, next) => {
      res.setHeader('Permissions-Policy', `${microphone}, camera=(), geolocation=(), payment=(), usb=()`);
      // A visit should leave as little as possible on a shared computer: no disk cache of the page or token.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
  ];
}
