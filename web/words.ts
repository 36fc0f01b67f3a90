// The page's words from content/locales: one locale key to escaped HTML or to plain text for an attribute.

import { prompt, renderDisplay, type Locale, type Vars } from '../content/index.js';
import { renderHtml } from './render-html.js';

/** A `web.*` key as HTML; phone numbers become tel: links unless the words sit inside a link already. */
export function webHtml(locale: Locale, key: string, options: { vars?: Vars; linkPhones?: boolean } = {}): string {
  return renderHtml(prompt(locale, `web.${key}`, options.vars), { linkPhones: options.linkPhones ?? true, locale });
}

/** A `web.*` key as plain text, for attribute values, <title> and the call script's status line. */
export function webText(locale: Locale, key: string, vars?: Vars): string {
  return renderDisplay(prompt(locale, `web.${key}`, vars));
}
