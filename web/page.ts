// The whole page as one HTML document: 911 banner first, quick exit, the hotline, a short table of contents, the
// browser call when configured, every topic (what people act on first), every service and what a visit leaves
// behind. Its title is neutral: it stays in the browser's history. Pure: the same options give the same bytes.

import { LOCALES, RESOURCES, otherLocale, prompt, type Locale } from '../content/index.js';
import { attrs, escapeHtml } from './html.js';
import { callSection } from './page-call.js';
import { resourcesSection } from './page-resources.js';
import { renderHtml, smsHref } from './render-html.js';
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
  /** Present only when the browser call is configured; the SDK is fetched by the script when Call is pressed. */
  readonly call?: { readonly script: AssetRef; readonly sdk: AssetRef; readonly toneUrl: string };
}

/** The path of each language's page; English is the default at the root. */
export const LOCALE_PATHS: Readonly<Record<Locale, string>> = { 'en-US': '/', 'es-US': '/es' };

function pageUrl(baseUrl: string, locale: Locale): string {
  const path = LOCALE_PATHS[locale];
  return baseUrl === '' ? path : path === '/' ? `${baseUrl}/` : `${baseUrl}${path}`;
}

function hotlineSection(locale: Locale): string {
  const hotline = RESOURCES.traffickingHotline;
  // One <span> inside each button: a flex container would drop the space between "Call" and the number.
  const call = hotline.phone
    ? `<a${attrs({ class: 'action', href: `tel:${hotline.phone}` })}><span>${webHtml(locale, 'hotline.call', { linkPhones: false })}</span></a>`
    : '';
  // The text button only once the hotline's text code is confirmed (smsHref gives none before).
  const sms = smsHref(hotline);
  const vars = { keyword: hotline.sms?.keyword ?? '', resourceId: hotline.id };
  const text = sms
    ? `<a${attrs({ class: 'action', href: sms })}><span>${webHtml(locale, 'hotline.text', { vars, linkPhones: false })}</span></a>`
    : '';
  return [
    `<section class="hotline" id="hotline" aria-labelledby="hotline-title">`,
    `<h2 id="hotline-title">${webHtml(locale, 'hotline.heading')}</h2>`,
    // The buttons before the sentence: on a small phone they must be on the first screen.
    `<div class="actions">${call}${text}</div>`,
    `<p>${renderHtml(prompt(locale, 'common.hotlineOffer'), { linkPhones: false, locale })}</p>`,
    `</section>`,
  ].join('');
}

/** A few links to the sections people look for, so the services are a handful of Tab presses away. */
function tableOfContents(locale: Locale, call: boolean): string {
  const entries: [string, string][] = [
    ...(call ? ([['#browser-call', 'browserCall.heading']] as [string, string][]) : []),
    ['#topics', 'topics.heading'],
    ['#services', 'resources.heading'],
    ['#safety', 'safety.heading'],
  ];
  const items = entries.map(([href, key]) => `<li><a${attrs({ href })}>${webHtml(locale, key)}</a></li>`).join('');
  return `<nav${attrs({ class: 'toc', 'aria-label': webText(locale, 'toc.label') })}><ul>${items}</ul></nav>`;
}

/** What a visit leaves behind and how to clear it, for someone whose phone or computer others may see. */
function safetySection(locale: Locale, call: boolean): string {
  const item = (key: string): string => `<li>${webHtml(locale, `safety.${key}`)}</li>`;
  const traces = ['history', ...(call ? ['microphone'] : []), 'texts', 'callLog'];
  return [
    `<section class="safety" id="safety" aria-labelledby="safety-title">`,
    `<h2 id="safety-title">${webHtml(locale, 'safety.heading')}</h2>`,
    `<p>${webHtml(locale, 'safety.intro')}</p>`,
    `<ul>${traces.map(item).join('')}</ul>`,
    `<h3>${webHtml(locale, 'safety.othersHeading')}</h3>`,
    `<p>${webHtml(locale, 'safety.others')}</p>`,
    `<h3>${webHtml(locale, 'safety.saferHeading')}</h3>`,
    `<ul>${['saferCall', 'saferTrusted', 'saferEmergency'].map(item).join('')}</ul>`,
    `</section>`,
  ].join('');
}

function script(ref: AssetRef): string {
  return `<script${attrs({ src: ref.href, integrity: ref.integrity, defer: true })}></script>`;
}

export function renderPage(options: PageOptions): string {
  const { locale, baseUrl, call } = options;
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
    call ? script(call.script) : '',
    '</head>',
    '<body>',
    '<header class="top">',
    // The 911 notice comes before anything else, as on every entry point; it says to call, never that we call.
    `<p class="emergency" id="emergency">${webHtml(locale, 'emergency')}</p>`,
    // First to get keyboard focus; fixed in a bottom corner, where a thumb reaches it, on every screen.
    `<a${attrs({ class: 'quick-exit', href: options.quickExitUrl, rel: 'noreferrer', 'data-quick-exit': true })}>${webHtml(locale, 'quickExit')}</a>`,
    `<div class="top-links">`,
    `<nav${attrs({ class: 'language', 'aria-label': webText(locale, 'languageNav') })}>`,
    `<a${attrs({ href: pageUrl(baseUrl, other), lang: other, hreflang: other, 'data-language-switch': true })}>${webHtml(other, 'languageName')}</a>`,
    `</nav>`,
    `<a class="skip-link" href="#services">${webHtml(locale, 'skipToServices')}</a>`,
    `</div>`,
    `<p class="exit-hint">${webHtml(locale, 'quickExitHint')} ${webHtml(locale, 'historySafety')}</p>`,
    '</header>',
    '<main>',
    `<h1>${webHtml(locale, 'heading')}</h1>`,
    hotlineSection(locale),
    tableOfContents(locale, call !== undefined),
    `<p class="intro">${webHtml(locale, 'intro')}</p>`,
    call
      ? callSection({
          locale,
          tokenUrl: `${baseUrl}/voice-token`,
          toneUrl: call.toneUrl,
          sdk: call.sdk,
        })
      : '',
    topicsSection(locale),
    resourcesSection(locale),
    safetySection(locale, call !== undefined),
    '</main>',
    `<footer><p>${webHtml(locale, call ? 'footerCall' : 'footer')}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
