// Prompt -> the children of a Twilio <Say>: text (the builder escapes it), numbers digit by digit in short groups.

import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { spokenGroups, type Prompt, type Segment } from '../content/index.js';
import { appendGroups } from './say-digits.js';

/** Short codes such as 233733 are easier to follow in threes; 211 and 911 stay whole. */
export function digitGroups(digits: string): string[] {
  if (digits.length <= 4) return [digits];
  return digits.match(/.{1,3}/g) ?? [digits];
}

function appendSegment(say: VoiceResponse.Say, segment: Segment): void {
  switch (segment.kind) {
    case 'text':
      say.addText(segment.text);
      return;
    case 'phone':
      appendGroups(say, spokenGroups(segment.e164));
      return;
    case 'digits':
      appendGroups(say, digitGroups(segment.digits));
      return;
    case 'pause':
      say.break({ time: `${segment.ms}ms` });
      return;
    case 'citation':
      // Citations are for the web page; the phone line says no bill numbers or code sections.
      return;
  }
}

/** Appends a prompt to a <Say>, in order. */
export function appendPrompt(say: VoiceResponse.Say, prompt: Prompt): void {
  for (const segment of prompt) appendSegment(say, segment);
}
