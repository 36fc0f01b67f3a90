// The page's services section: every registry entry with its name, purpose, links to call, text or visit, and
// the date its number was last checked.

import {
  displayPhone,
  listResources,
  resourceName,
  resourcePurpose,
  type Locale,
  type Resource,
} from '../content/index.js';
import { attrs, escapeHtml } from './html.js';
import { capitalised, renderHtml, telLink } from './render-html.js';
import { resourceAnchor } from './page-topics.js';
import { webHtml } from './words.js';

/** sms: link per RFC 5724; the first keyword is the one the service asks for first (HELP for the hotline). */
export function smsHref(resource: Resource): string | undefined {
  const sms = resource.sms;
  if (!sms) return undefined;
  const keyword = sms.keywords[0];
  return keyword ? `sms:${sms.shortCode}?body=${encodeURIComponent(keyword)}` : `sms:${sms.shortCode}`;
}

/** The date as people read it in this language; the registry date is a calendar day, so UTC keeps it exact. */
export function formatVerified(locale: Locale, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

function row(locale: Locale, labelKey: string, valueHtml: string): string {
  return `<dt>${webHtml(locale, labelKey)}</dt><dd>${valueHtml}</dd>`;
}

function contactRows(locale: Locale, r: Resource): string {
  const rows: string[] = [];
  if (r.phone) rows.push(row(locale, 'resources.phone', telLink(r.phone, displayPhone(r.phone))));
  // Dial codes such as 211 and 911 are shown for people to dial themselves; the page links none of them.
  if (r.dialCode) rows.push(row(locale, 'resources.dial', `<span class="code">${escapeHtml(r.dialCode)}</span>`));
  const sms = smsHref(r);
  if (sms && r.sms) {
    const vars = { keyword: r.sms.keywords[0] ?? '', shortCode: r.sms.shortCode };
    const text = webHtml(locale, 'resources.textTo', { vars, linkPhones: false });
    rows.push(row(locale, 'resources.text', `<a${attrs({ href: sms })}>${text}</a>`));
  }
  if (r.website) {
    const link = `<a${attrs({ href: `https://${r.website}`, rel: 'noreferrer' })}>${escapeHtml(r.website)}</a>`;
    rows.push(row(locale, 'resources.website', link));
  }
  return rows.length > 0 ? `<dl class="contact">${rows.join('')}</dl>` : '';
}

function factsHtml(locale: Locale, r: Resource): string {
  const facts = [
    r.hours === '24/7' && 'resources.hours247',
    r.confidential && 'resources.confidential',
    r.languages === 'multilingual' && 'resources.multilingual',
  ].filter((k): k is string => typeof k === 'string');
  if (facts.length === 0) return '';
  return `<ul class="facts">${facts.map((k) => `<li>${webHtml(locale, k)}</li>`).join('')}</ul>`;
}

function resourceHtml(locale: Locale, r: Resource): string {
  const anchor = resourceAnchor(r.id);
  const nameId = `${anchor}-name`;
  const verified = webHtml(locale, 'resources.lastVerified', {
    vars: { date: formatVerified(locale, r.lastVerified) },
  });
  return [
    `<article${attrs({ class: 'resource', id: anchor, 'aria-labelledby': nameId })}>`,
    `<h3${attrs({ id: nameId })}>${renderHtml(capitalised(resourceName(locale, r.id), locale), { linkPhones: false })}</h3>`,
    `<p>${renderHtml(resourcePurpose(locale, r.id))}</p>`,
    factsHtml(locale, r),
    contactRows(locale, r),
    `<p class="verified"><time${attrs({ datetime: r.lastVerified })}>${verified}</time></p>`,
    `</article>`,
  ].join('');
}

export function resourcesSection(locale: Locale): string {
  return [
    `<section class="resources" aria-labelledby="resources-title">`,
    `<h2 id="resources-title">${webHtml(locale, 'resources.heading')}</h2>`,
    ...listResources().map((r) => resourceHtml(locale, r)),
    `</section>`,
  ].join('');
}
