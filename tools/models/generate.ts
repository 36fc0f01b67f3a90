// `npm run models`: writes models/<locale>.json from content/utterances/ and content/alexa-model/; `--check` only
// reports stale files.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../content/index.js';
import { activeCorpus, type Corpus } from '../../content/utterances/corpus.js';
import { buildModel, corpusFile, ModelSourceError, serializeModel, sourceFile } from './build-model.js';

const ROOT = join(import.meta.dirname, '..', '..');
export const modelFile = (locale: Locale): string => `models/${locale}.json`;

/** The model text content/ says each locale should have. */
export function expectedModelText(locale: Locale): string {
  const raw: unknown = JSON.parse(readFileSync(join(ROOT, sourceFile(locale)), 'utf8'));
  const corpus = activeCorpus(JSON.parse(readFileSync(join(ROOT, corpusFile(locale)), 'utf8')) as Corpus);
  return serializeModel(buildModel(locale, raw, corpus));
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  let stale = 0;
  for (const locale of LOCALES) {
    let text: string;
    try {
      text = expectedModelText(locale);
    } catch (error) {
      if (error instanceof ModelSourceError) {
        console.error(`${error.message}\nFix ${error.file}, then run npm run models.`);
        return 1;
      }
      throw error;
    }
    const target = join(ROOT, modelFile(locale));
    if (readOrEmpty(target) === text) {
      console.log(`${modelFile(locale)} is up to date`);
    } else if (values.check) {
      stale += 1;
      console.error(`${modelFile(locale)} is stale: run npm run models and commit it`);
    } else {
      writeFileSync(target, text);
      console.log(`wrote ${modelFile(locale)}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main();
