// `npm run content:check`: reads the locale files from disk and prints every problem; exit 1 on any error.
// Also prints the numbers still to verify by calling (a report, not an error).
// `--dir DIR` checks locale files in another folder (used by the tests with deliberately broken files).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem, localeFile, verificationList } from './check.js';
import { MENUS } from './menus.js';
import { RESOURCE_LISTS, RESOURCES } from './resources.js';
import { TOPICS } from './topics.js';
import { stopCancelSamples } from './utterances/alexa-words.js';
import { checkCorpus } from './utterances/check.js';
import { CORPUS_FILES } from './utterances/corpus.js';
import { LOCALES, type Locale } from './types.js';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = values.dir ?? join(import.meta.dirname, 'locales');

const locales = {} as Record<Locale, unknown>;
let unreadable = false;
for (const locale of LOCALES) {
  const path = join(dir, `${locale}.json`);
  try {
    locales[locale] = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    unreadable = true;
    console.error(
      `${localeFile(locale)}: (file): cannot be read as JSON (${(error as Error).message}); fix the syntax`,
    );
  }
}
if (unreadable) process.exit(1);

const content = checkContent({
  locales,
  resources: RESOURCES,
  topics: TOPICS,
  menus: MENUS,
  resourceLists: RESOURCE_LISTS,
  today: new Date(),
});
const corpus = checkCorpus({ corpora: CORPUS_FILES, stopCancel: stopCancelSamples() });
const errors = [...content.errors, ...corpus.errors];
const warnings = [...content.warnings, ...corpus.warnings];
const toVerify = verificationList(RESOURCES);
// A report, not an error: numbers taken from written sources that nobody has called yet.
console.log(`numbers still to verify by calling (${toVerify.length}):`);
for (const line of toVerify) console.log(`  ${line}`);
for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
for (const e of errors) console.error(`error: ${formatProblem(e)}`);
console.log(`content check: ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length > 0 ? 1 : 0);
