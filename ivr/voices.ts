// Locale -> the voice and language attributes that every <Say> of a call carries. Our locale ids are the language
// codes Twilio uses for Polly and for speech recognition, so a locale is its own language attribute.

import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import type { Locale } from '../content/index.js';

export type TwilioVoice = NonNullable<VoiceResponse.SayAttributes['voice']>;

export function voiceFor(
  voices: Readonly<Record<Locale, TwilioVoice>>,
  locale: Locale,
): { readonly voice: TwilioVoice; readonly language: Locale } {
  return { voice: voices[locale], language: locale };
}
