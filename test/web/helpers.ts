// Shared test set-up for the web page: real servers on port 0, a neutral "exit" site, and headless Chromium.

import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { listen, type Listening } from '../support/listen.js';
import { loadConfig } from '../../app/config.js';
import { start, stop, type Running } from '../../app/local.js';
import { buildWebAssets } from '../../web/build.js';
import { loadWebConfig } from '../../web/config.js';
import { webRouter, type WebDeps } from '../../web/router.js';
import { createLogger, type Logger } from '../../infra/logger.js';

/** Fake but well-formed Twilio SIDs: tokens are signed offline, and Twilio's cloud is never called. */
export const VOICE_ENV = {
  TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
  TWILIO_API_KEY: `SK${'b'.repeat(32)}`,
  TWILIO_API_SECRET: 'test-api-secret-not-real',
  TWILIO_TWIML_APP_SID: `AP${'c'.repeat(32)}`,
};

const silentLogger = (): Logger => createLogger({ level: 'silent' });

/** The whole app (createApp via start), as npm start runs it, on 127.0.0.1 port 0. */
export async function startApp(env: NodeJS.ProcessEnv): Promise<Running> {
  return start(loadConfig({ HOST: '127.0.0.1', PORT: '0', ...env }), { logger: silentLogger() });
}

export { stop as stopApp };

/** Only the web router, on its own express app, for builds other than the default (e.g. a stand-in SDK). */
export async function startWebOnly(env: NodeJS.ProcessEnv, deps: WebDeps): Promise<Listening> {
  const app = express();
  app.use(webRouter(loadWebConfig(env), { logger: silentLogger(), ...deps }));
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found.');
  });
  return listen(createServer(app));
}

/** A stand-in for the neutral site quick exit goes to: any path answers a plain page. */
async function startNeutralSite(): Promise<Listening> {
  return listen(
    createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html lang="en"><title>Weather</title><p>Sunny.</p></html>');
    }),
  );
}

/** Builds the browser files into a fresh folder; `fakeSdk` swaps @twilio/voice-sdk for the test stand-in. */
export async function buildInto(options: { fakeSdk: boolean }): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'web-assets-'));
  const fake = fileURLToPath(new URL('./fixtures/fake-voice-sdk.ts', import.meta.url));
  await buildWebAssets({ outDir: dir, alias: options.fakeSdk ? { '@twilio/voice-sdk': fake } : undefined });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Headless Chromium from test/support/browser.ts: the system's, or the one `npm ci` installs. */
export { launchChromium };

/** What the page tests share: the page built, a neutral exit site, the app with and without the call, Chromium. */
export interface PageRig {
  readonly browser: Browser;
  readonly neutral: Listening;
  readonly exitUrl: string;
  readonly plain: Running;
  readonly withCall: Running;
  close(): Promise<void>;
}

export async function startPageRig(): Promise<PageRig> {
  await buildWebAssets();
  const neutral = await startNeutralSite();
  const exitUrl = `${neutral.url}/neutral`;
  const [plain, withCall, browser] = await Promise.all([
    startApp({ WEB_QUICK_EXIT_URL: exitUrl }),
    startApp({ ...VOICE_ENV, WEB_QUICK_EXIT_URL: exitUrl }),
    launchChromium(),
  ]);
  return {
    browser,
    neutral,
    exitUrl,
    plain,
    withCall,
    close: async () => {
      await browser.close();
      await Promise.all([stop(plain), stop(withCall), neutral.close()]);
    },
  };
}
