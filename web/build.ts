// Builds the page's browser files with esbuild into web/public/: the stylesheet, the quick-exit script, the
// call script, the Voice SDK as a file of its own (@twilio/voice-sdk, served by us, no CDN; fetched only when
// someone presses Call) and the call's tone.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ASSET_FILES, DEFAULT_ASSETS_DIR } from './assets.js';
import { toneWav } from './tone.js';

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));

export interface BuildOptions {
  readonly outDir?: string;
  /** Module replacements, e.g. a stand-in for @twilio/voice-sdk in tests (Twilio's cloud is not reachable). */
  readonly alias?: Readonly<Record<string, string>>;
}

/** Write-then-rename, so a server starting during a build never reads half a file. */
async function writeAtomically(path: string, contents: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

const entry = (file: { name: string }): string => basename(file.name).replace(/\.(css|js)$/, '');

export async function buildWebAssets(options: BuildOptions = {}): Promise<string> {
  const outDir = options.outDir ?? DEFAULT_ASSETS_DIR;
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: {
      [entry(ASSET_FILES.css)]: join(CLIENT_DIR, 'page.css'),
      [entry(ASSET_FILES.quickExit)]: join(CLIENT_DIR, 'quick-exit.ts'),
      [entry(ASSET_FILES.call)]: join(CLIENT_DIR, 'call.ts'),
      [entry(ASSET_FILES.voiceSdk)]: join(CLIENT_DIR, 'voice-sdk.ts'),
    },
    outdir: outDir,
    write: false,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    // ES2020 runs on the phones people keep for years (Safari 14, Chrome 80 and later).
    target: 'es2020',
    alias: { ...options.alias },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await Promise.all(result.outputFiles.map((file) => writeAtomically(file.path, file.contents)));
  await writeAtomically(join(outDir, ASSET_FILES.tone.name), toneWav());
  return outDir;
}
