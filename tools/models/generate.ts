// The Alexa interaction models as content/utterances/ and content/alexa-model/ say they should be: what
// `npm run generate` writes to models/<locale>.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../content/index.js';
import { activeCorpus, type Corpus } from '../../content/utterances/corpus.js';
import { buildModel, corpusFile, serializeModel, sourceFile } from './build-model.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const modelFile = (locale: Locale): string => `models/${locale}.json`;

/** The model text content/ says each locale should have; throws ModelSourceError naming the file to fix. */
export function expectedModelText(locale: Locale): string {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT, sourceFile(locale)), 'utf8'));
  const corpus = activeCorpus(JSON.parse(readFileSync(join(ROOT, corpusFile(locale)), 'utf8')) as Corpus);
  return serializeModel(buildModel(locale, raw, corpus));
}
