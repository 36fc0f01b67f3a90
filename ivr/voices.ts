// Locale -> the voice and language attributes that every <Say> and <Gather> of a call carries.

import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Locale } from '../content/index.js';

export type TwilioVoice = NonNullable<VoiceResponse.SayAttributes['voice']>;
export type TwilioLanguage = NonNullable<VoiceResponse.SayAttributes['language']> &
  NonNullable<VoiceResponse.GatherAttributes['language']>;

export interface VoiceAttributes {
  readonly voice: TwilioVoice;
  readonly language: TwilioLanguage;
}

/** Our locale ids are the language codes Twilio uses for Polly and for speech recognition. */
export function languageOf(locale: Locale): TwilioLanguage {
  return locale;
}

export function voiceFor(voices: Readonly<Record<Locale, TwilioVoice>>, locale: Locale): VoiceAttributes {
  return { voice: voices[locale], language: languageOf(locale) };
}
