// What each bundle workaround still saves: the ivr bundle built as serverless-esbuild builds it (same options as
// serverless.yml), with every workaround, and with each one left out in turn. Sizes only; no timing.

import { deflateRawSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import plugins from '../deploy/esbuild-plugins.cjs';
import { FUNCTIONS } from '../deploy/budgets.js';
import type { BenchSection, Measurement } from './types.js';

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** serverless.yml's custom.esbuild, for the ivr function's entry. */
function options(alias: Record<string, string>, using: readonly Plugin[]): BuildOptions {
  return {
    entryPoints: ['ivr/lambda.ts'],
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    alias,
    plugins: [...using],
    write: false,
    logLevel: 'silent',
  };
}

/** The bundle's bytes, and deflated as in the zip. */
async function sizes(alias: Record<string, string>, using: readonly Plugin[]): Promise<[number, number]> {
  const result = await build(options(alias, using));
  const contents = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return [contents.length, deflateRawSync(contents, { level: 9 }).length];
}

export const workarounds: Measurement = {
  name: 'workarounds',
  async run(): Promise<BenchSection> {
    const iconv = { 'iconv-lite': './scripts/deploy/iconv-lite-node.ts' };
    const named = (name: string): Plugin[] => plugins.filter((p) => p.name !== name);
    const variants: [string, Record<string, string>, readonly Plugin[]][] = [
      ['all workarounds (as packaged)', iconv, plugins],
      ['without the iconv-lite stand-in', {}, plugins],
      ['without the mime-db trim', iconv, named('trimmed-mime-db')],
      ['without one debug', iconv, named('one-debug')],
    ];
    const [base, ...rest] = await Promise.all(variants.map(([, alias, using]) => sizes(alias, using)));
    const rows = [base, ...rest].map((s, i) => ({
      [`${FUNCTIONS.ivr.handlerFile} built`]: variants[i]?.[0] ?? '',
      'bundle kB': kB(s?.[0] ?? 0),
      'deflated kB': kB(s?.[1] ?? 0),
      'saved by it, deflated kB': i === 0 ? '' : kB((s?.[1] ?? 0) - (base?.[1] ?? 0)),
    }));
    return {
      title: 'Bundle workarounds that remain, and what each saves (ivr function)',
      rows,
      notes: ['express (the web page, loaded on a page route only) still brings body-parser, mime-types and debug.'],
    };
  },
};
