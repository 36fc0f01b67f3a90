// What the one bundle workaround left saves: the web function's bundle built as serverless-esbuild builds it (the
// same options as serverless.yml's custom.esbuild), with the iconv-lite stand-in and without it. Sizes only.

import { deflateRawSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { FUNCTIONS } from '../deploy/budgets.js';
import type { BenchSection, Measurement } from './types.js';

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** serverless.yml's custom.esbuild.alias: the only function that imports iconv-lite (through express) is web. */
export const ICONV_STAND_IN = { 'iconv-lite': './scripts/deploy/iconv-lite-node.ts' };
const ENTRY = 'web/lambda.ts';

/** serverless.yml's custom.esbuild, for the web function's entry. */
function options(alias: Record<string, string>): BuildOptions {
  return {
    entryPoints: [ENTRY],
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
    write: false,
    logLevel: 'silent',
  };
}

/** The bundle's bytes, and deflated as in the zip. */
export async function bundleSizes(alias: Record<string, string>): Promise<{ bytes: number; deflated: number }> {
  const result = await build(options(alias));
  const contents = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return { bytes: contents.length, deflated: deflateRawSync(contents, { level: 9 }).length };
}

export const workarounds: Measurement = {
  name: 'workarounds',
  async run(): Promise<BenchSection> {
    const variants: [string, Record<string, string>][] = [
      ['with the iconv-lite stand-in (as packaged)', ICONV_STAND_IN],
      ['without it (iconv-lite itself)', {}],
    ];
    const [base, ...rest] = await Promise.all(variants.map(([, alias]) => bundleSizes(alias)));
    const rows = [base, ...rest].map((s, i) => ({
      [`${FUNCTIONS.web.handlerFile} built`]: variants[i]?.[0] ?? '',
      'bundle kB': kB(s?.bytes ?? 0),
      'deflated kB': kB(s?.deflated ?? 0),
      'saved by it, deflated kB': i === 0 ? '' : kB((s?.deflated ?? 0) - (base?.deflated ?? 0)),
    }));
    return {
      title: 'The bundle workaround that remains, and what it saves (web function)',
      rows,
      notes: [
        "express's body-parser and raw-body import iconv-lite; the ivr and alexa bundles import neither, so the alias",
        'changes nothing there. The mime-db trim and the single copy of debug saved about 12 kB each and were removed.',
      ],
    };
  },
};
