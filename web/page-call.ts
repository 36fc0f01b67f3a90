// The "call our phone menu from this browser" section: present only when the browser call is configured, hidden
// until the call script has checked that this browser can place the call (without JavaScript it could not work).

import type { Locale } from '../content/index.js';
import { attrs } from './html.js';
import { webHtml, webText } from './words.js';

/** The keys of a phone keypad, in keypad order; the phone menu uses 0-9 and *. */
const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;

/** Each failure names its cause, so people know whether to allow the microphone, check the network or phone. */
const CALL_STATUSES = [
  'idle',
  'connecting',
  'inCall',
  'muted',
  'unmuted',
  'ended',
  'failed',
  'failedMicrophone',
  'failedNetwork',
  'failedConfiguration',
  'failedBrowser',
] as const;

export interface CallSectionOptions {
  readonly locale: Locale;
  readonly tokenUrl: string;
  readonly toneUrl: string;
  /** The Voice SDK's own file, fetched only when someone presses Call. */
  readonly sdk: { readonly href: string; readonly integrity: string };
}

function keyLabel(locale: Locale, key: string): string | undefined {
  if (key === '*') return webText(locale, 'browserCall.keyStar');
  if (key === '#') return webText(locale, 'browserCall.keyHash');
  return undefined;
}

export function callSection({ locale, tokenUrl, toneUrl, sdk }: CallSectionOptions): string {
  // Each status as ready HTML in an inert <template>: failures carry a tel: link, and the CSP forbids inline scripts.
  const statuses = CALL_STATUSES.map(
    (s) => `<template${attrs({ 'data-status': s })}>${webHtml(locale, `browserCall.status.${s}`)}</template>`,
  ).join('');
  const keys = KEYPAD.map(
    (k) =>
      `<button${attrs({ type: 'button', class: 'key', 'data-digit': k, 'aria-label': keyLabel(locale, k), disabled: true })}>${k}</button>`,
  ).join('');
  const section = attrs({
    id: 'browser-call',
    class: 'call',
    'aria-labelledby': 'call-title',
    hidden: true,
    'data-token-url': tokenUrl,
    'data-tone-url': toneUrl,
    'data-sdk-url': sdk.href,
    'data-sdk-integrity': sdk.integrity,
    'data-lang': locale,
  });
  return [
    `<section${section}>`,
    `<h2 id="call-title">${webHtml(locale, 'browserCall.heading')}</h2>`,
    `<p>${webHtml(locale, 'browserCall.intro')}</p>`,
    `<div class="call-controls">`,
    `<button type="button" class="call-start" data-call-start>${webHtml(locale, 'browserCall.call')}</button>`,
    `<button type="button" data-call-mute aria-pressed="false" disabled>${webHtml(locale, 'browserCall.mute')}</button>`,
    `<button type="button" data-call-hangup disabled>${webHtml(locale, 'browserCall.hangUp')}</button>`,
    `</div>`,
    // Right under the buttons, so a phone screen shows what happened where the finger is.
    `<p class="call-status" role="status" data-call-status>${webHtml(locale, 'browserCall.status.idle')}</p>`,
    statuses,
    `<div${attrs({ class: 'keypad', role: 'group', 'aria-label': webText(locale, 'browserCall.keypad') })}>${keys}</div>`,
    `</section>`,
  ].join('');
}
