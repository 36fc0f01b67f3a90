// Text -> classifier features: the corpus's normal form, then NLP.js's stemmer for the language (sync, no container).

// The stemmers alone: the packages' index files also load sentiment data the classifier does not use.
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es.js';
import type { Locale } from '../content/index.js';
import { normalise } from '../content/utterances/normalise.js';

interface Stemmer {
  stem(tokens: string[]): string[];
}

const STEMMERS = new Map<Locale, Stemmer>();
function stemmer(locale: Locale): Stemmer {
  const found = STEMMERS.get(locale) ?? (locale === 'es-US' ? new StemmerEs() : new StemmerEn());
  STEMMERS.set(locale, found);
  return found;
}

/** The stems of a phrase, each once (the classifier's input is a set of words). */
export function stems(locale: Locale, text: string): string[] {
  const words = normalise(text).split(' ').filter(Boolean);
  return [...new Set(stemmer(locale).stem(words))].filter(Boolean);
}
