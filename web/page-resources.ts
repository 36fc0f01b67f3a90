// The page's services section: every registry entry with its name, purpose, links to call, text or visit, and how
// and when its number was last checked. A number nobody has confirmed is not shown: the card says so and gives the
// service's 24-hour alternative instead.

import {
  RESOURCES,
  alternativeOf,
  displayPhone,
  isConfirmed,
  listResources,
  resourceName,
  resourcePurpose,
  type Locale,
  type Resource,
} from '../content/index.js';
import { attrs, escapeHtml } from './html.js';
import { capitalised, digitsHref, renderHtml, smsHref, telLink } from './render-html.js';
import { resourceAnchor } from './page-topics.js';
import { webHtml } from './words.js';

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
  const confirmed = isConfirmed(r.verification);
  if (r.phone && confirmed) rows.push(row(locale, 'resources.phone', telLink(r.phone, displayPhone(r.phone))));
  if (r.phone && !confirmed) {
    const vars = { resourceId: alternativeOf(r.id, RESOURCES) };
    rows.push(row(locale, 'resources.phone', webHtml(locale, 'resources.unconfirmed', { vars })));
  }
  // Dial codes such as 211 are links people can tap; 911 is shown only (digitsHref never links it).
  if (r.dialCode && confirmed) {
    const href = digitsHref(r.dialCode);
    const code = `<span class="code">${escapeHtml(r.dialCode)}</span>`;
    rows.push(row(locale, 'resources.dial', href ? `<a${attrs({ href })}>${code}</a>` : code));
  }
  const sms = smsHref(r);
  if (sms && r.sms) {
    const vars = { keyword: r.sms.keyword, shortCode: r.sms.shortCode };
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
  const { level, date } = r.verification;
  const verified = webHtml(locale, `resources.checked.${level}`, { vars: { date: formatVerified(locale, date) } });
  return [
    `<article${attrs({ class: 'resource', id: anchor, 'aria-labelledby': nameId })}>`,
    `<h3${attrs({ id: nameId })}>${renderHtml(capitalised(resourceName(locale, r.id), locale), { linkPhones: false, locale })}</h3>`,
    `<p>${renderHtml(resourcePurpose(locale, r.id), { locale })}</p>`,
    factsHtml(locale, r),
    contactRows(locale, r),
    `<p class="verified"><time${attrs({ datetime: date })}>${verified}</time></p>`,
    `</article>`,
  ].join('');
}

export function resourcesSection(locale: Locale): string {
  return [
    `<section class="resources" id="services" aria-labelledby="resources-title">`,
    `<h2 id="resources-title">${webHtml(locale, 'resources.heading')}</h2>`,
    ...listResources().map((r) => resourceHtml(locale, r)),
    `</section>`,
  ].join('');
}
