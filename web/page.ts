// The whole page as one HTML document: 911 banner first, quick exit, the hotline, the browser call when
// configured, every topic and every service. Pure: the same options give the same bytes.

import { LOCALES, RESOURCES, otherLocale, prompt, type Locale } from '../content/index.js';
import { attrs, escapeHtml } from './html.js';
import { callSection } from './page-call.js';
import { resourcesSection, smsHref } from './page-resources.js';
import { renderHtml } from './render-html.js';
import { topicsSection } from './page-topics.js';
import { webHtml, webText } from './words.js';

/** Where a built asset is served, with its Subresource Integrity hash. */
export interface AssetRef {
  readonly href: string;
  readonly integrity: string;
}

export interface PageOptions {
  readonly locale: Locale;
  readonly quickExitUrl: string;
  /** Where the router is mounted ('' at the root), so links work under any prefix. */
  readonly baseUrl: string;
  readonly css: AssetRef;
  readonly quickExitScript: AssetRef;
  /** Present only when the browser call is configured. */
  readonly call?: { readonly script: AssetRef; readonly toneUrl: string };
}

/** The path of each language's page; English is the default at the root. */
export const LOCALE_PATHS: Readonly<Record<Locale, string>> = { 'en-US': '/', 'es-US': '/es' };

export function pageUrl(baseUrl: string, locale: Locale): string {
  const path = LOCALE_PATHS[locale];
  return baseUrl === '' ? path : path === '/' ? `${baseUrl}/` : `${baseUrl}${path}`;
}

function hotlineSection(locale: Locale): string {
  const hotline = RESOURCES.traffickingHotline;
  // One <span> inside each button: a flex container would drop the space between "Call" and the number.
  const call = hotline.phone
    ? `<a${attrs({ class: 'action', href: `tel:${hotline.phone}` })}><span>${webHtml(locale, 'hotline.call', { linkPhones: false })}</span></a>`
    : '';
  const sms = smsHref(hotline);
  const text = sms
    ? `<a${attrs({ class: 'action', href: sms })}><span>${webHtml(locale, 'hotline.text', { linkPhones: false })}</span></a>`
    : '';
  return [
    `<section class="hotline" aria-labelledby="hotline-title">`,
    `<h2 id="hotline-title">${webHtml(locale, 'hotline.heading')}</h2>`,
    `<p>${renderHtml(prompt(locale, 'common.hotlineOffer'), { linkPhones: false })}</p>`,
    `<div class="actions">${call}${text}</div>`,
    `</section>`,
  ].join('');
}

function script(ref: AssetRef): string {
  return `<script${attrs({ src: ref.href, integrity: ref.integrity, defer: true })}></script>`;
}

export function renderPage(options: PageOptions): string {
  const { locale, baseUrl } = options;
  const other = otherLocale(locale);
  const alternates = LOCALES.map(
    (l) => `<link${attrs({ rel: 'alternate', hreflang: l, href: pageUrl(baseUrl, l) })}>`,
  ).join('');
  return [
    '<!doctype html>',
    `<html${attrs({ lang: locale })}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(webText(locale, 'pageTitle'))}</title>`,
    `<link${attrs({ rel: 'stylesheet', href: options.css.href, integrity: options.css.integrity })}>`,
    // No icon: nothing in a tab strip or bookmark bar should hint at what this page is.
    '<link rel="icon" href="data:,">',
    alternates,
    script(options.quickExitScript),
    options.call ? script(options.call.script) : '',
    '</head>',
    '<body>',
    // The 911 notice comes before anything else, as on every entry point; it says to call, never that we call.
    `<header class="top"><p class="emergency" id="emergency">${webHtml(locale, 'emergency')}</p></header>`,
    // A direct child of <body>, so it can stay on screen (sticky) all the way down the page.
    `<aside${attrs({ class: 'exit-bar', 'aria-label': webText(locale, 'quickExit') })}>`,
    `<a${attrs({ class: 'quick-exit', href: options.quickExitUrl, rel: 'noreferrer', 'data-quick-exit': true })}>${webHtml(locale, 'quickExit')}</a>`,
    `<p class="exit-hint">${webHtml(locale, 'quickExitHint')} ${webHtml(locale, 'historySafety')}</p>`,
    `</aside>`,
    `<nav${attrs({ class: 'language', 'aria-label': webText(locale, 'languageNav') })}>`,
    `<a${attrs({ href: pageUrl(baseUrl, other), lang: other, hreflang: other })}>${webHtml(other, 'languageName')}</a>`,
    `</nav>`,
    '<main>',
    `<h1>${webHtml(locale, 'heading')}</h1>`,
    `<p class="intro">${webHtml(locale, 'intro')}</p>`,
    hotlineSection(locale),
    options.call ? callSection({ locale, tokenUrl: `${baseUrl}/voice-token`, toneUrl: options.call.toneUrl }) : '',
    topicsSection(locale),
    resourcesSection(locale),
    '</main>',
    `<footer><p>${webHtml(locale, 'footer')}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
