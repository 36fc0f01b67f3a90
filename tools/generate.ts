// `npm run generate`: rewrites every committed file that is made from content/, in order; `--check` only names the
// stale ones (exit 1). Commit what it writes. A test fails when any of them is stale, naming this command.
//
//   models/<locale>.json             the Alexa interaction models (content/utterances/, content/alexa-model/)
//   nlu/models/phone.<locale>.json   the phone line's classifier (content/utterances/), retrained only when it changed
//   skill.json                       the Alexa skill manifest (content/, models/; keeps its icon and privacy links)
//   ivr/fallback-content.json        what the fallback answer says when content/ cannot load
//   README.md                        the call-flow diagram (content/menus.ts)

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LOCALES } from '../content/index.js';
import { isTrainedOnCorpus, phoneModelFile, trainedPhoneModel } from '../nlu/train.js';
import { buildFallbackContent, serialise } from './fallback-build.js';
import { ModelSourceError } from './models/build-model.js';
import { expectedModelText, modelFile } from './models/generate.js';
import { withMermaidBlock } from './review/call-flow.js';
import { runWhenCalled } from './review/run.js';
import { manifestText, PLACEHOLDER_ARN, storeLinksOf } from './skill-manifest.js';

/** What a stale file's message tells the reader to run. */
export const GENERATE = 'npm run generate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface GeneratedFile {
  /** From the project root. */
  readonly path: string;
  /** What the file should hold, given what it holds now ('' when missing): the README keeps its other text. */
  make(current: string): string | Promise<string>;
  /** Whether the file is current without making it again (the classifier compares a fingerprint, not a retrain). */
  isCurrent?(current: string): boolean;
}

/** In the order they are written: skill.json reads the models written before it. */
export const GENERATED: readonly GeneratedFile[] = [
  ...LOCALES.map((locale) => ({ path: modelFile(locale), make: () => expectedModelText(locale) })),
  ...LOCALES.map((locale) => ({
    path: phoneModelFile(locale),
    make: () => trainedPhoneModel(locale),
    isCurrent: (current: string) => isTrainedOnCorpus(current, locale),
  })),
  {
    path: 'skill.json',
    make: (current) => manifestText(PLACEHOLDER_ARN, current ? storeLinksOf(JSON.parse(current)) : {}),
  },
  { path: 'ivr/fallback-content.json', make: () => serialise(buildFallbackContent()) },
  { path: 'README.md', make: (current) => withMermaidBlock(current) },
];

function readOrEmpty(path: string): string {
  try {
    return readFileSync(join(ROOT, path), 'utf8');
  } catch {
    return '';
  }
}

async function isCurrent(file: GeneratedFile, current: string): Promise<boolean> {
  return file.isCurrent ? file.isCurrent(current) : current === (await file.make(current));
}

/** The text a file should hold now, or undefined when it holds it already. */
async function update(file: GeneratedFile, current: string): Promise<string | undefined> {
  if (file.isCurrent) return file.isCurrent(current) ? undefined : file.make(current);
  const next = await file.make(current);
  return next === current ? undefined : next;
}

/** The generated files whose committed text is not what their sources give today. */
export async function staleFiles(
  files: readonly GeneratedFile[] = GENERATED,
  read: (path: string) => string = readOrEmpty,
): Promise<string[]> {
  const stale: string[] = [];
  for (const file of files) if (!(await isCurrent(file, read(file.path)))) stale.push(file.path);
  return stale;
}

/** The line a check prints (and a test fails with) when files are stale. */
export const staleMessage = (paths: readonly string[]): string =>
  `${paths.join(', ')} ${paths.length === 1 ? 'is' : 'are'} stale: run ${GENERATE} and commit the result.`;

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { check: { type: 'boolean', default: false } } });
  try {
    if (values.check) {
      const stale = await staleFiles();
      if (stale.length === 0) console.log(`Every generated file is up to date (${GENERATED.length} files).`);
      else console.error(staleMessage(stale));
      return stale.length === 0 ? 0 : 1;
    }
    for (const file of GENERATED) {
      const next = await update(file, readOrEmpty(file.path));
      if (next === undefined) console.log(`${file.path} is up to date`);
      else {
        writeFileSync(join(ROOT, file.path), next);
        console.log(`wrote ${file.path}`);
      }
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ModelSourceError)) throw error;
    console.error(`${error.message}\nFix ${error.file}, then run ${GENERATE}.`);
    return 1;
  }
}

runWhenCalled(import.meta.url, main);
