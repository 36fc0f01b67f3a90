// `npm run content:check`: reads the locale files from disk and prints every problem; exit 1 on any error.
// Also prints the numbers nobody has called yet (a report, not an error), most urgent first.
// `--strict` (run before every production deploy) also fails on a number or a legal statement checked too long ago.
// `--dir DIR` checks locale files in another folder (used by the tests with deliberately broken files).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem, localeFile, verificationList } from './check.js';
import { LEGAL } from './legal.js';
import { MENUS } from './menus.js';
import { RESOURCE_LISTS, RESOURCES } from './resources.js';
import { TOPICS } from './topics.js';
import { stopCancelSamples } from './utterances/alexa-words.js';
import { checkCorpus } from './utterances/check.js';
import { CORPUS_FILES } from './utterances/corpus.js';
import { LOCALES, type Locale } from './types.js';

/** The check: exit code 0 (no errors) or 1, with every problem written to `out`. */
export function main(
  args: readonly string[],
  out: Pick<Console, 'log' | 'warn' | 'error'> = console,
  today: Date = new Date(),
): number {
  const { values } = parseArgs({
    args: [...args],
    options: { dir: { type: 'string' }, strict: { type: 'boolean', default: false } },
  });
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
    legal: LEGAL,
    today,
  });
  const corpus = checkCorpus({ corpora: CORPUS_FILES, stopCancel: stopCancelSamples() });
  const stale = values.strict ? content.warnings.filter((w) => w.stale) : [];
  const errors = [...content.errors, ...corpus.errors, ...stale];
  const warnings = [...content.warnings.filter((w) => !stale.includes(w)), ...corpus.warnings];
  const toCall = verificationList(RESOURCES);
  // A report, not an error: numbers nobody has called yet; unconfirmed ones are neither said nor dialled meanwhile.
  out.log(`numbers not yet confirmed by a call, most urgent first (${toCall.length}):`);
  for (const line of toCall) out.log(`  ${line}`);
  for (const w of warnings) out.warn(`warning: ${formatProblem(w)}`);
  for (const e of errors) out.error(`error: ${formatProblem(e)}`);
  if (stale.length > 0)
    out.error(`--strict: ${stale.length} checks are out of date; a production deploy needs them fresh`);
  out.log(`content check: ${errors.length} errors, ${warnings.length} warnings`);
  return errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exit(main(process.argv.slice(2)));
