// Prompt -> plain text, for Alexa cards, the web page, SMS and tools.

import { displayPhone } from './phone.js';
import type { Prompt, Segment } from './types.js';

function segmentText(segment: Segment): string {
  switch (segment.kind) {
    case 'text':
      return segment.text;
    case 'phone':
      return displayPhone(segment.e164);
    case 'digits':
      return segment.digits;
    case 'pause':
      return ' ';
    case 'citation':
      return ` (${segment.text})`;
  }
}

export function renderDisplay(prompt: Prompt): string {
  return prompt.map(segmentText).join('').replace(/\s+/g, ' ').trim();
}
