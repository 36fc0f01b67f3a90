// Twilio's fallback URL and our error answer: the 911 notice, the hotline number, then a dial to it. Needs no content module,
// only ivr/fallback-content.json (generated from content/), so it still works when content fails to load.

import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Locale } from '../content/index.js';
import { callerIdAttributes, type CallerIdChoice } from './caller-id.js';
import content from './fallback-content.json' with { type: 'json' };
import { DIAL_TIMEOUT_S, appendGroups } from './say-digits.js';
import type { TwilioVoice } from './voices.js';

export type FallbackSegment =
  { readonly text: string } | { readonly digits: readonly string[] } | { readonly pauseMs: number };

export interface FallbackContent {
  readonly generatedBy: string;
  readonly hotline: string;
  readonly words: Readonly<Record<Locale, { readonly before: FallbackSegment[]; readonly after: FallbackSegment[] }>>;
}

const CONTENT = content as FallbackContent;
/** The languages the fallback speaks, in the order it speaks them when the call's language is unknown. */
export const FALLBACK_LOCALES: readonly Locale[] = ['en-US', 'es-US'];

function addSay(parent: VoiceResponse, locale: Locale, voice: TwilioVoice, segments: readonly FallbackSegment[]): void {
  const say = parent.say({ voice, language: locale }, '');
  for (const s of segments) {
    if ('text' in s) say.addText(s.text);
    else if ('pauseMs' in s) say.break({ time: `${s.pauseMs}ms` });
    else appendGroups(say, s.digits);
  }
}

export interface FallbackOptions {
  /** The call's language when known; both languages (English first) when not. */
  readonly locale?: Locale;
  readonly voices: Readonly<Record<Locale, TwilioVoice>>;
  readonly callerId: CallerIdChoice;
}

/** The 911 notice, an apology and the hotline number twice; a dial to the hotline; the number again and goodbye. */
export function fallbackTwiml(options: FallbackOptions): string {
  const locales = options.locale ? [options.locale] : FALLBACK_LOCALES;
  const response = new VoiceResponse();
  for (const locale of locales) addSay(response, locale, options.voices[locale], CONTENT.words[locale].before);
  if (options.callerId.kind !== 'unavailable') {
    // No action: when the dial ends or fails, Twilio goes on to the words below.
    response
      .dial({ answerOnBridge: true, timeout: DIAL_TIMEOUT_S, ...callerIdAttributes(options.callerId) })
      .number(CONTENT.hotline);
  }
  for (const locale of locales) addSay(response, locale, options.voices[locale], CONTENT.words[locale].after);
  response.hangup();
  return response.toString();
}
