// Prompt -> HTML for the page: escaped text, phone numbers formatted for reading and, where wanted, tel: links.

import { displayPhone, type Prompt, type Segment } from '../content/index.js';
import { attrs, escapeHtml } from './html.js';

export interface HtmlOptions {
  /** False inside an element that is already a link (a link must not hold another). */
  readonly linkPhones: boolean;
}

/** tel: links carry the registry's E.164 number exactly, so what is dialled is what the registry says. */
export function telLink(e164: string, text: string): string {
  return `<a${attrs({ href: `tel:${e164}`, class: 'tel' })}>${escapeHtml(text)}</a>`;
}

function segmentHtml(segment: Segment, options: HtmlOptions): string {
  switch (segment.kind) {
    case 'text':
      return escapeHtml(segment.text);
    case 'phone':
      // Keeps "(323) 890-5500" on one line so a number is never split across lines on a narrow screen.
      return options.linkPhones
        ? telLink(segment.e164, displayPhone(segment.e164))
        : `<span class="nowrap">${escapeHtml(displayPhone(segment.e164))}</span>`;
    case 'digits':
      // Dial codes (211, 911) and short codes are shown, never linked: the page never dials 911 for anyone.
      return escapeHtml(segment.digits);
    case 'pause':
      return ' ';
  }
}

export function renderHtml(prompt: Prompt, options: HtmlOptions = { linkPhones: true }): string {
  return prompt
    .map((s) => segmentHtml(s, options))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// Titles and names that follow "you chose ..." in speech open a heading here: the one capitaliser, content's.
export { capitalised } from '../content/index.js';
