// What each bundle workaround saves: the web function's bundle (the only one with express) built as serverless-esbuild
// builds it (serverless.yml's custom.esbuild options), with every workaround, and with each one left out in turn.
// Sizes only; no timing.

import { constants, deflateRawSync } from 'node:zlib';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import plugins from '../deploy/esbuild-plugins.cjs';
import { FUNCTIONS } from '../deploy/budgets.js';
import type { BenchSection, Measurement } from './types.js';

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

/** serverless.yml's custom.esbuild.alias (variables.test.ts checks they agree). */
export const ICONV_STAND_IN = { 'iconv-lite': './scripts/deploy/iconv-lite-node.ts' };

/** serverless.yml's custom.esbuild options that shape a bundle, for the bench's own builds. */
export const LAMBDA_BUILD: BuildOptions = {
  bundle: true,
  minify: true,
  treeShaking: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'silent',
};

/** The web function's entry built that way, with the given alias and plugins. */
function options(alias: Record<string, string>, using: readonly Plugin[]): BuildOptions {
  return {
    ...LAMBDA_BUILD,
    entryPoints: [FUNCTIONS.web.entry],
    alias,
    plugins: [...using],
    write: false,
  };
}

/** The bundle's bytes, and deflated as serverless-esbuild's zip does (archiver's default, zlib's best speed). */
async function sizes(alias: Record<string, string>, using: readonly Plugin[]): Promise<[number, number]> {
  const result = await build(options(alias, using));
  const contents = result.outputFiles?.[0]?.contents ?? new Uint8Array();
  return [contents.length, deflateRawSync(contents, { level: constants.Z_BEST_SPEED }).length];
}

export const workarounds: Measurement = {
  name: 'workarounds',
  files: [FUNCTIONS.web.entry, ...Object.values(ICONV_STAND_IN)],
  async run(): Promise<BenchSection> {
    const without = (name: string): Plugin[] => plugins.filter((p) => p.name !== name);
    const variants: [string, Record<string, string>, readonly Plugin[]][] = [
      ['all workarounds (as packaged)', ICONV_STAND_IN, plugins],
      ['without the iconv-lite stand-in', {}, plugins],
      ['without the mime-db trim', ICONV_STAND_IN, without('trimmed-mime-db')],
      ['without one debug', ICONV_STAND_IN, without('one-debug')],
    ];
    const [base, ...rest] = await Promise.all(variants.map(([, alias, using]) => sizes(alias, using)));
    const rows = [base, ...rest].map((s, i) => ({
      [`${FUNCTIONS.web.handlerFile} built`]: variants[i]?.[0] ?? '',
      'bundle kB': kB(s?.[0] ?? 0),
      'in the zip kB': kB(s?.[1] ?? 0),
      'saved by it, zip kB': i === 0 ? '' : kB((s?.[1] ?? 0) - (base?.[1] ?? 0)),
    }));
    return {
      title: 'Bundle workarounds, and what each saves (web function; the ivr and alexa bundles have no express)',
      rows,
      notes: ['express brings body-parser (iconv-lite), mime-types (mime-db) and five copies of debug.'],
    };
  },
};
