// `npm run content:check`: reads the locale files from disk and prints every problem; exit 1 on any error.
// Also prints the numbers still to verify by calling (a report, not an error).
// `--dir DIR` checks locale files in another folder (used by the tests with deliberately broken files).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem, localeFile, verificationList } from './check.js';
import { MENUS } from './menus.js';
import { RESOURCE_LISTS, RESOURCES } from './resources.js';
import { TOPICS } from './topics.js';
import { stopCancelSamples } from './utterances/alexa-words.js';
import { checkCorpus } from './utterances/check.js';
import { CORPUS_FILES } from './utterances/corpus.js';
import { LOCALES, type Locale } from './types.js';

/** The check: exit code 0 (no errors) or 1, with every problem written to `out`. */
export function main(args: readonly string[], out: Pick<Console, 'log' | 'warn' | 'error'> = console): number {
  const { values } = parseArgs({ args: [...args], options: { dir: { type: 'string' } } });
  const dir = values.dir ?? join(import.meta.dirname, 'locales');

  const locales = {} as Record<Locale, unknown>;
  let unreadable = false;
  for (const locale of LOCALES) {
    const path = join(dir, `${locale}.json`);
    try {
      locales[locale] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      unreadable = true;
      out.error(`${localeFile(locale)}: (file): cannot be read as JSON (${(error as Error).message}); fix the syntax`);
    }
  }
  if (unreadable) return 1;

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
  out.log(`numbers still to verify by calling (${toVerify.length}):`);
  for (const line of toVerify) out.log(`  ${line}`);
  for (const w of warnings) out.warn(`warning: ${formatProblem(w)}`);
  for (const e of errors) out.error(`error: ${formatProblem(e)}`);
  out.log(`content check: ${errors.length} errors, ${warnings.length} warnings`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exit(main(process.argv.slice(2)));
