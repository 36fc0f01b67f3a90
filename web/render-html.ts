// Prompt -> HTML for the page: escaped text, phone numbers formatted for reading and, where wanted, tel: and
// sms: links; English names inside Spanish text marked lang="en".

import {
  RESOURCES,
  canText,
  displayPhone,
  listResources,
  type Locale,
  type Prompt,
  type Resource,
  type Segment,
} from '../content/index.js';
import { englishTerms } from './borrowed-words.js';
import { attrs, escapeHtml } from './html.js';

export interface HtmlOptions {
  /** False inside an element that is already a link (a link must not hold another). Default true. */
  readonly linkPhones?: boolean;
  /** The page's language; without it no word is marked as English. */
  readonly locale?: Locale;
}

/** tel: links carry the registry's E.164 number exactly, so what is dialled is what the registry says. */
export function telLink(e164: string, text: string): string {
  return `<a${attrs({ href: `tel:${e164}`, class: 'tel' })}>${escapeHtml(text)}</a>`;
}

/** sms: link per RFC 5724 with the service's keyword; none while the text code is unconfirmed. */
export function smsHref(resource: Resource): string | undefined {
  const sms = resource.sms;
  if (!sms || !canText(resource)) return undefined;
  return `sms:${sms.shortCode}?body=${encodeURIComponent(sms.keyword)}`;
}

/** The page never dials 911 for anyone: the emergency code is shown, never linked. */
const NEVER_LINKED = RESOURCES.emergency911.dialCode;

/** Where a short code or dial code in the text leads: the registry entry it came from says text or dial. */
export function digitsHref(digits: string): string | undefined {
  if (digits === NEVER_LINKED) return undefined;
  for (const r of listResources()) {
    if (r.sms?.shortCode === digits) return smsHref(r);
    if (r.dialCode === digits) return `tel:${digits}`;
  }
  return undefined;
}

function digitsHtml(digits: string, link: boolean): string {
  const href = link ? digitsHref(digits) : undefined;
  const text = escapeHtml(digits);
  return href ? `<a${attrs({ href, class: 'tel' })}>${text}</a>` : text;
}

const patterns = new Map<Locale, RegExp | undefined>();

function englishPattern(locale: Locale): RegExp | undefined {
  if (!patterns.has(locale)) {
    const terms = englishTerms(locale).map((t) => escapeHtml(t).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    patterns.set(
      locale,
      terms.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${terms.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : undefined,
    );
  }
  return patterns.get(locale);
}

function textHtml(text: string, locale: Locale | undefined): string {
  const escaped = escapeHtml(text);
  const pattern = locale && englishPattern(locale);
  return pattern ? escaped.replace(pattern, '<span lang="en">$1</span>') : escaped;
}

function segmentHtml(segment: Segment, link: boolean, locale: Locale | undefined): string {
  switch (segment.kind) {
    case 'text':
      return textHtml(segment.text, locale);
    case 'phone':
      // Keeps "(323) 820-6700" on one line so a number is never split across lines on a narrow screen.
      return link
        ? telLink(segment.e164, displayPhone(segment.e164))
        : `<span class="nowrap">${escapeHtml(displayPhone(segment.e164))}</span>`;
    case 'digits':
      return digitsHtml(segment.digits, link);
    case 'pause':
      return ' ';
    case 'citation':
      return ` <span class="citation">(${escapeHtml(segment.text)})</span>`;
  }
}

export function renderHtml(prompt: Prompt, options: HtmlOptions = {}): string {
  const link = options.linkPhones ?? true;
  return prompt
    .map((s) => segmentHtml(s, link, options.locale))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

// Titles and names that follow "you chose ..." in speech open a heading here: the one capitaliser, content's.
export { capitalised } from '../content/index.js';
