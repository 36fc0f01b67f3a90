// The phone line's trained classifiers, as committed data (npm run generate). Imported on first use only
// (ivr/speech.ts loads it with import()), so the opening of a call does not parse it.

import en from './models/phone.en-US.json' with { type: 'json' };
import es from './models/phone.es-US.json' with { type: 'json' };
import type { Locale } from '../content/index.js';
import { load, type Classifier, type ClassifierData } from './classifier.js';

const DATA: Readonly<Record<Locale, unknown>> = { 'en-US': en, 'es-US': es };

const LOADED = new Map<Locale, Classifier>();

/** The locale's classifier, built from its data once per process and shared by every caller. */
export function phoneClassifier(locale: Locale): Classifier {
  let found = LOADED.get(locale);
  if (!found) LOADED.set(locale, (found = load(DATA[locale] as ClassifierData)));
  return found;
}
