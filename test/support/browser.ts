// Finds a headless Chromium for the page tests: the one npm ci brings, unless another is asked for.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's and Ubuntu's package path, used with TEST_BROWSER=system; CHROMIUM_PATH overrides it. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type BrowserChoice =
  | { readonly kind: 'system'; readonly executablePath: string }
  /** @sparticuz/chromium (a devDependency): extracts itself to /tmp on first use, about 13 s. */
  | { readonly kind: 'bundled' };

/**
 * By default the npm browser (@sparticuz/chromium, the headless shell): the same browser on every machine, and on
 * this one the page tests ran in half the time they took with Debian's full Chromium (31 s against 57 s).
 * CHROMIUM_PATH names another browser to use; TEST_BROWSER=system insists on it (or on /usr/bin/chromium);
 * TEST_BROWSER=bundled insists on the npm one.
 */
export function chooseBrowser(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserChoice {
  const wanted = env.TEST_BROWSER?.trim().toLowerCase() || 'auto';
  if (!['auto', 'system', 'bundled'].includes(wanted)) {
    throw new Error(
      `TEST_BROWSER="${env.TEST_BROWSER}" is not auto, system or bundled. Fix: unset it or use one of those.`,
    );
  }
  if (wanted === 'bundled') return { kind: 'bundled' };
  const named = env.CHROMIUM_PATH?.trim();
  const path = named || SYSTEM_CHROMIUM;
  if (wanted === 'auto')
    return named && exists(named) ? { kind: 'system', executablePath: named } : { kind: 'bundled' };
  if (exists(path)) return { kind: 'system', executablePath: path };
  throw new Error(`TEST_BROWSER=system but there is no Chromium at ${path}. Fix: install it or set CHROMIUM_PATH.`);
}

/** Flags every page test needs, whichever browser runs. */
const TEST_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A fake microphone, granted without a prompt, so the call controls can be driven headless.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  // The test servers are origins on 127.0.0.1 ports: without these, every move between them (the page, the
  // neutral exit site, the app with and without the call) starts a new renderer process, most of a test's time.
  '--disable-features=IsolateOrigins,site-per-process',
  '--disable-site-isolation-trials',
];

/**
 * Left out of the npm browser's serverless defaults: two switch off web security (the page tests check the page's
 * own), and one process for everything crashes when a test closes a browser context.
 */
const DROPPED_ARGS = new Set(['--disable-web-security', '--allow-running-insecure-content', '--single-process']);

/** The executable and flags to launch with; the bundled browser adds its own serverless flags. */
export async function browserLaunchOptions(
  choice: BrowserChoice = chooseBrowser(),
): Promise<{ executablePath: string; args: string[] }> {
  if (choice.kind === 'system') return { executablePath: choice.executablePath, args: TEST_ARGS };
  // Loaded only when needed: the import alone is cheap, but extraction is not.
  const { default: bundled } = await import('@sparticuz/chromium');
  const executablePath = await bundled.executablePath();
  const args = bundled.args.filter((a) => !DROPPED_ARGS.has(a));
  return { executablePath, args: [...new Set([...args, ...TEST_ARGS])] };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(await browserLaunchOptions()), headless: true });
}
