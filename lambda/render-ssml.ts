// Prompt -> Alexa SSML fragment (ask-sdk's speak() adds <speak>): text escaped, numbers read digit by digit in groups.

import { spokenGroups, type Prompt, type Segment } from '../content/index.js';

/** Pause between the groups of a phone number (1 / 888 / 373 / 7888). */
export const GROUP_BREAK = '<break time="300ms"/>';

export function escapeSsml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const digits = (value: string): string => `<say-as interpret-as="digits">${value}</say-as>`;

function segmentSsml(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return escapeSsml(segment.text);
    case 'phone':
      return spokenGroups(segment.e164).map(digits).join(GROUP_BREAK);
    case 'digits':
      return digits(segment.digits);
    case 'pause':
      return `<break time="${segment.ms}ms"/>`;
  }
}

export function renderSsml(prompt: Prompt): string {
  return prompt.map(segmentSsml).join('');
}
