// The phone line's classifier: load time in a fresh process (it loads on a call's first speech request, not at
// the opening), size of its data, and the time to classify one phrase (budget 2 ms).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { LOCALES } from '../../content/index.js';
import { heldOut } from '../../nlu/held-out.js';
import { phoneClassifier } from '../../nlu/phone-model.js';
import { phoneModelFile } from '../../nlu/train.js';
import { median, type BenchContext, type BenchSection, type Measurement } from './types.js';

/** The budget for classifying one phrase: far below what a caller could notice. */
const CLASSIFY_BUDGET_MS = 2;
const ROUNDS = 50;
/** The module the ivr bundle loads on a call's first speech request (paths from the project root). */
const PHONE_MODEL_MODULE = 'nlu/phone-model.ts';

/** nlu/phone-model.ts bundled as the Lambda bundle holds it (esbuild, esm, minified), in a temporary file. */
function bundle(projectRoot: string, dir: string): string {
  const outfile = join(dir, 'phone-model.mjs');
  buildSync({
    entryPoints: [join(projectRoot, PHONE_MODEL_MODULE)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

/** A fresh Node that times importing the bundled model module and building both classifiers. */
function loadMs(file: string): number {
  const code = [
    `const t=performance.now();`,
    `const m=await import(${JSON.stringify(pathToFileURL(file).href)});`,
    `m.phoneClassifier('en-US');m.phoneClassifier('es-US');`,
    `process.stdout.write(String(performance.now()-t));`,
  ].join('');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`loading the classifier failed:\n${r.stderr}`);
  return Number(r.stdout);
}

export const classifierBench: Measurement = {
  name: 'classifier',
  files: [PHONE_MODEL_MODULE, ...LOCALES.map(phoneModelFile)],
  async run(ctx: BenchContext): Promise<BenchSection> {
    const rows = LOCALES.map((locale) => {
      const classifier = phoneClassifier(locale);
      const phrases = heldOut(locale).phone.map((i) => i.say);
      for (const p of phrases) classifier.classify(p); // warm-up
      const perPhrase: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const start = process.hrtime.bigint();
        for (const p of phrases) classifier.classify(p);
        perPhrase.push(Number(process.hrtime.bigint() - start) / 1e6 / phrases.length);
      }
      const text = readFileSync(join(ctx.projectRoot, phoneModelFile(locale)));
      const ms = median(perPhrase);
      return {
        locale,
        'classify (median ms/phrase)': ms.toFixed(3),
        budget: `${CLASSIFY_BUDGET_MS} ms ${ms <= CLASSIFY_BUDGET_MS ? 'ok' : 'OVER'}`,
        'model kB': (text.length / 1000).toFixed(1),
        'gzip kB': (gzipSync(text).length / 1000).toFixed(1),
      };
    });
    const dir = mkdtempSync(join(tmpdir(), 'westmont-nlu-'));
    let loads: number[];
    try {
      const file = bundle(ctx.projectRoot, dir);
      loads = Array.from({ length: Math.min(ctx.runs, 11) }, () => loadMs(file));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      title: 'Phone classifier (nlu/)',
      rows,
      notes: [
        `load of the bundled classifier, both locales, fresh node (median of ${loads.length}): ${median(loads).toFixed(1)} ms; paid on a call's first speech request only, not at the opening`,
        `each classify time is the median of ${ROUNDS} rounds over the held-out phone phrases`,
      ],
    };
  },
};
