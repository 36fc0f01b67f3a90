// The phone line's classifier as committed data: nlu/models/phone.<locale>.json, trained from the corpus by
// `npm run generate` (committed, so `npm ci && npm test` and the Lambda bundle need no training step). A model is
// stale when the fingerprint of the documents it was trained on differs from the corpus's today.

import type { Locale } from '../content/index.js';
import { docsHash, train, type ClassifierData } from './classifier.js';
import { phoneDocs } from './corpus-docs.js';

export const phoneModelFile = (locale: Locale): string => `nlu/models/phone.${locale}.json`;

/** True when a model file's text was trained on the corpus as it is now ('' for a missing file is not). */
export function isTrainedOnCorpus(text: string, locale: Locale): boolean {
  return text !== '' && (JSON.parse(text) as ClassifierData).docsHash === docsHash(phoneDocs(locale));
}

/** Trains on the corpus and returns the file's text. Deterministic: the same corpus gives the same file. */
export const trainedPhoneModel = (locale: Locale): string => `${JSON.stringify(train(locale, phoneDocs(locale)))}\n`;
