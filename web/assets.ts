// The page's built files (stylesheet, scripts, tone), read once when the router is made and served from memory.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build:web` writes; gitignored, so there is never a stale copy in git. */
export const DEFAULT_ASSETS_DIR = fileURLToPath(new URL('./public/', import.meta.url));

export const ASSET_FILES = {
  css: { name: 'page.css', type: 'text/css; charset=utf-8' },
  quickExit: { name: 'quick-exit.js', type: 'text/javascript; charset=utf-8' },
  call: { name: 'call.js', type: 'text/javascript; charset=utf-8' },
  voiceSdk: { name: 'voice-sdk.js', type: 'text/javascript; charset=utf-8' },
  tone: { name: 'tone.wav', type: 'audio/wav' },
} as const;
type AssetKey = keyof typeof ASSET_FILES;

export interface Asset {
  readonly name: string;
  readonly type: string;
  readonly body: Buffer;
  /** Subresource Integrity value, so the browser refuses a file that is not the one we built. */
  readonly integrity: string;
}

export type WebAssets = Readonly<Partial<Record<AssetKey, Asset>>> & { readonly css: Asset; readonly quickExit: Asset };

/** Thrown when the build is missing: names the file and the fix. */
export class AssetsMissingError extends Error {
  constructor(readonly path: string) {
    super(`The web page is not built: ${path} is missing. Fix: run \`npm run build:web\` (npm start runs it for you).`);
    this.name = 'AssetsMissingError';
  }
}

function load(dir: string, key: AssetKey): Asset {
  const { name, type } = ASSET_FILES[key];
  const path = join(dir, name);
  let body: Buffer;
  try {
    body = readFileSync(path);
  } catch {
    throw new AssetsMissingError(path);
  }
  const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  return { name, type, body, integrity };
}

/** Reads what the page needs; the call script, the Voice SDK and the tone only when the browser call is on. */
export function loadWebAssets(dir: string, options: { call: boolean }): WebAssets {
  const base = { css: load(dir, 'css'), quickExit: load(dir, 'quickExit') };
  if (!options.call) return base;
  return { ...base, call: load(dir, 'call'), voiceSdk: load(dir, 'voiceSdk'), tone: load(dir, 'tone') };
}
