// One i18next instance, initialised synchronously with the bundled locale files; callers use a fixed-locale t.

import i18next, { type TFunction } from 'i18next';
import en from './locales/en-US.json' with { type: 'json' };
import es from './locales/es-US.json' with { type: 'json' };
import { LOCALES, type Locale } from './types.js';

export const LOCALE_FILES: Readonly<Record<Locale, unknown>> = { 'en-US': en, 'es-US': es };

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { 'en-US': { translation: en }, 'es-US': { translation: es } },
  supportedLngs: [...LOCALES],
  fallbackLng: false,
  load: 'currentOnly',
  returnNull: false,
  // Prompts are rendered to SSML, TwiML and HTML by escaping renderers; i18next must not escape too.
  interpolation: { escapeValue: false },
});

const fixed = new Map<Locale, TFunction>(LOCALES.map((l) => [l, instance.getFixedT(l)]));

/** The translation function for one locale. Never switches the shared instance's language. */
export function tFor(locale: Locale): TFunction {
  return fixed.get(locale) as TFunction;
}
