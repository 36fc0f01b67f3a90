// The Alexa-only words (content/alexa-model/<locale>.json): invocation name and the built-in intents' own samples.

import en from '../alexa-model/en-US.json' with { type: 'json' };
import es from '../alexa-model/es-US.json' with { type: 'json' };
import { LOCALES, type Locale } from '../types.js';

const ALEXA_WORDS_FILES: Readonly<Record<Locale, unknown>> = { 'en-US': en, 'es-US': es };

interface Samples {
  readonly intents?: Readonly<Record<string, readonly string[]>>;
}

/** Stop and Cancel samples per locale, which the corpus check keeps apart from topic words. */
export function stopCancelSamples(files = ALEXA_WORDS_FILES): Record<Locale, string[]> {
  const of = (locale: Locale): string[] => {
    const intents = (files[locale] as Samples).intents ?? {};
    return [...(intents['AMAZON.StopIntent'] ?? []), ...(intents['AMAZON.CancelIntent'] ?? [])];
  };
  return Object.fromEntries(LOCALES.map((l) => [l, of(l)])) as Record<Locale, string[]>;
}
