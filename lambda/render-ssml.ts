// Prompt -> Alexa SSML fragment (ask-sdk's speak() adds <speak>): text escaped, numbers read digit by digit in groups.

import { spokenGroups, type Prompt, type Segment } from '../content/index.js';

/** Pause between the groups of a phone number (1 / 888 / 373 / 7888). */
export const GROUP_BREAK = '<break time="300ms"/>';

// XML 1.0 forbids these control characters; one stray byte from an editor would make Alexa reject the response.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeSsml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const digits = (value: string): string => `<say-as interpret-as="digits">${value}</say-as>`;

function segmentSsml(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      // Line breaks and tabs in a locale string are layout, not speech: one space is what the listener hears.
      return escapeSsml(segment.text.replace(/\s+/g, ' '));
    case 'phone':
      return spokenGroups(segment.e164).map(digits).join(GROUP_BREAK);
    case 'digits':
      if (!/^\d+$/.test(segment.digits)) throw new Error(`A digits segment must hold digits only: "${segment.digits}"`);
      return digits(segment.digits);
    case 'pause':
      return `<break time="${Math.max(0, Math.round(segment.ms))}ms"/>`;
    case 'citation':
      // Citations are for the web page; the skill says no bill numbers or code sections.
      return '';
  }
}

export function renderSsml(prompt: Prompt): string {
  return prompt.map(segmentSsml).join('').trim();
}
