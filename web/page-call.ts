// The "call from this browser" section: present only when the browser call is configured, hidden until the call
// script has checked that this browser can place the call (without JavaScript it could not work).

import type { Locale } from '../content/index.js';
import { attrs } from './html.js';
import { webHtml, webText } from './words.js';

/** The keys of a phone keypad, in keypad order; the phone menu uses 0-9 and *. */
export const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

export const CALL_STATUSES = ['idle', 'connecting', 'inCall', 'muted', 'unmuted', 'ended', 'failed'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

export interface CallSectionOptions {
  readonly locale: Locale;
  readonly tokenUrl: string;
  readonly toneUrl: string;
}

function keyLabel(locale: Locale, key: string): string | undefined {
  if (key === '*') return webText(locale, 'browserCall.keyStar');
  if (key === '#') return webText(locale, 'browserCall.keyHash');
  return undefined;
}

export function callSection({ locale, tokenUrl, toneUrl }: CallSectionOptions): string {
  // The script reads its words from data attributes: the page's CSP forbids inline scripts.
  const data = Object.fromEntries(
    CALL_STATUSES.map((s) => [`data-status-${s.toLowerCase()}`, webText(locale, `browserCall.status.${s}`)]),
  );
  const keys = KEYPAD.map(
    (k) =>
      `<button${attrs({ type: 'button', class: 'key', 'data-digit': k, 'aria-label': keyLabel(locale, k), disabled: true })}>${k}</button>`,
  ).join('');
  return [
    `<section${attrs({ id: 'browser-call', class: 'call', 'aria-labelledby': 'call-title', hidden: true, 'data-token-url': tokenUrl, 'data-tone-url': toneUrl, 'data-lang': locale, ...data })}>`,
    `<h2 id="call-title">${webHtml(locale, 'browserCall.heading')}</h2>`,
    `<p>${webHtml(locale, 'browserCall.intro')}</p>`,
    `<div class="call-controls">`,
    `<button type="button" class="call-start" data-call-start>${webHtml(locale, 'browserCall.call')}</button>`,
    `<button type="button" data-call-mute aria-pressed="false" disabled>${webHtml(locale, 'browserCall.mute')}</button>`,
    `<button type="button" data-call-hangup disabled>${webHtml(locale, 'browserCall.hangUp')}</button>`,
    `</div>`,
    `<div${attrs({ class: 'keypad', role: 'group', 'aria-label': webText(locale, 'browserCall.keypad') })}>${keys}</div>`,
    `<p class="call-status" role="status" data-call-status>${webHtml(locale, 'browserCall.status.idle', { linkPhones: false })}</p>`,
    `</section>`,
  ].join('');
}
