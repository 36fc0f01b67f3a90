// What the phone function's load is made of: each library or part of its cold start bundled alone (serverless.yml's
// esbuild options) and loaded in fresh node processes, beside bare node, in the same run. Shows where the ivr load
// budget goes and what a change would save; the parts overlap a little (Node's own modules load once).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { handlerEnv } from '../deploy/bundle-env.js';
import { importArgs, REPORT, run, WARM_UP_RUNS } from './load-time.js';
import { LAMBDA_BUILD } from './workarounds.js';
import { median, type BenchContext, type BenchSection, type Measurement } from './types.js';

const CONTENT = 'content/index.ts';
const CORPUS = 'content/utterances/corpus.ts';

/** Each part as the one line of a module that loads it. Paths are from the project root. */
const PARTS: readonly (readonly [string, string])[] = [
  ['an empty module (what importing any handler file costs)', 'export {};'],
  [
    "the TwiML builder (twilio's VoiceResponse, xmlbuilder)",
    "export { default } from 'twilio/lib/twiml/VoiceResponse.js';",
  ],
  [
    "the signature check (twilio's validateRequest, node:crypto)",
    "export { validateRequest } from 'twilio/lib/webhooks/webhooks.js';",
  ],
  ['i18next alone', "export { default } from 'i18next';"],
  ['the content (i18next, both locales, the registry)', `export * from './${CONTENT}';`],
  ['the utterance corpus (speech rules and hints)', `export * from './${CORPUS}';`],
];

async function bundle(projectRoot: string, dir: string, index: number, source: string): Promise<string> {
  const outfile = join(dir, `part-${index}.mjs`);
  await build({ ...LAMBDA_BUILD, stdin: { contents: source, resolveDir: projectRoot, loader: 'ts' }, outfile });

  return outfile;
}

export const loadParts: Measurement = {
  name: 'load-parts',
  files: [CONTENT, CORPUS],
  async run(ctx: BenchContext): Promise<BenchSection> {
    const dir = mkdtempSync(join(tmpdir(), 'westmont-load-parts-'));
    try {
      const files = await Promise.all(PARTS.map(([, source], i) => bundle(ctx.projectRoot, dir, i, source)));
      const env = { PATH: process.env.PATH ?? '', ...handlerEnv('https://bench.invalid') };
      const bare: number[] = [];
      const walls: number[][] = files.map(() => []);
      for (let i = 0; i < ctx.runs + WARM_UP_RUNS; i++) {
        const b = run(['-e', `const t=0;${REPORT}`], env);
        const samples = files.map((file) => run(importArgs(file), env));
        if (i < WARM_UP_RUNS) continue;
        bare.push(b.wallMs);
        samples.forEach((s, j) => walls[j]?.push(s.wallMs));
      }
      const bareMs = median(bare);
      const overBare = walls.map((w) => median(w) - bareMs);
      const emptyMs = overBare[0] ?? 0;
      return {
        title: `What the phone function's load is made of (each part alone, median of ${ctx.runs} fresh node processes)`,
        rows: PARTS.map(([part], j) => ({
          part,
          'over bare ms': (overBare[j] ?? 0).toFixed(1),
          'over bare / bare': `${((overBare[j] ?? 0) / bareMs).toFixed(2)}x`,
          'beyond an empty module ms': j === 0 ? '' : ((overBare[j] ?? 0) - emptyMs).toFixed(1),
        })),
        notes: [
          `bare node -e 0: ${bareMs.toFixed(1)} ms. Every handler pays the empty module's cost (Node's ES module loader);`,
          "a part's own cost is what it adds beyond that. The parts share Node's modules, so they overlap a little.",
        ],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
