// `npm run nlu:train`: trains the phone line's classifier from the corpus and writes nlu/models/phone.<locale>.json
// (committed, so `npm ci && npm test` and the Lambda bundle need no training step); `--check` reports stale files.
// A model is stale when the fingerprint of the documents it was trained on differs from the corpus's today.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../content/index.js';
import { docsHash, train, type ClassifierData } from './classifier.js';
import { phoneDocs } from './corpus-docs.js';

const ROOT = join(import.meta.dirname, '..');
export const phoneModelFile = (locale: Locale): string => `nlu/models/phone.${locale}.json`;

const read = (file: string): string => {
  try {
    return readFileSync(join(ROOT, file), 'utf8');
  } catch {
    return '';
  }
};

/** True when the committed model was trained on the corpus as it is now. */
export function phoneModelIsCurrent(locale: Locale): boolean {
  const text = read(phoneModelFile(locale));
  return text !== '' && (JSON.parse(text) as ClassifierData).docsHash === docsHash(phoneDocs(locale));
}

function main(): number {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  let stale = 0;
  for (const locale of LOCALES) {
    const file = phoneModelFile(locale);
    if (phoneModelIsCurrent(locale)) console.log(`${file} is up to date`);
    else if (values.check) {
      stale += 1;
      console.error(`${file} is stale: run npm run nlu:train and commit it`);
    } else {
      const text = `${JSON.stringify(train(locale, phoneDocs(locale)))}\n`;
      writeFileSync(join(ROOT, file), text);
      console.log(`wrote ${file} (${Math.round(text.length / 1024)} KiB)`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) process.exitCode = main();
