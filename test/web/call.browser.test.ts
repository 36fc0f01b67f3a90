// The browser call's controls in headless Chromium, with a stand-in for the Voice SDK bundled in (Twilio's cloud
// is out of reach): token, call, mute, keypad, hang up, failure, all by keyboard, with plain status text.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RESOURCES, displayPhone, prompt, renderDisplay, type E164, type Locale } from '../../content/index.js';
import { cspViolations, newPage } from './browser.js';
import { VOICE_ENV, buildInto, launchChromium, startWebOnly } from './helpers.js';
import type { Listening } from '../support/listen.js';

const status = (locale: Locale, s: string): string => renderDisplay(prompt(locale, `web.browserCall.status.${s}`));

let browser: Browser;
let server: Listening;
let build: Awaited<ReturnType<typeof buildInto>>;

beforeAll(async () => {
  build = await buildInto({ fakeSdk: true });
  [server, browser] = await Promise.all([
    startWebOnly({ ...VOICE_ENV, WEB_VOICE_TOKEN_LIMIT: '50' }, { assetsDir: build.dir }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await build?.remove();
});

let shared: Page | undefined;
/** A phone-sized context for the failure cases, each of which arranges its own page before loading it. */
let phone: BrowserContext | undefined;

/** The page at `path`, freshly loaded in the one shared tab (navigation ends any call a test left behind). */
async function open(path = '/', origin = server.url): Promise<Page> {
  shared ??= await newPage(await browser.newContext());
  await shared.goto(`${origin}${path}`);
  await shared.locator('#browser-call').waitFor({ state: 'visible' });
  return shared;
}

const statusText = (page: Page): Promise<string | null> => page.textContent('[data-call-status]');
const fake = <T>(page: Page, read: (f: Window['fakeTwilio']) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.fakeTwilio)`) as Promise<T>;

async function focusByTab(page: Page, selector: string): Promise<void> {
  // Enough presses to go once round every focusable element of the page (it grows with the registry).
  const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, summary, input').length);
  for (let i = 0; i < stops + 5; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('call from this browser (Voice SDK stand-in)', () => {
  it('by keyboard alone: call, mute, press menu keys, hang up, with the status said in plain words', async () => {
    const page = await open('/es');
    expect(await statusText(page)).toBe(status('es-US', 'idle'));

    await focusByTab(page, '[data-call-start]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.fakeTwilio?.call !== undefined);
    expect(await statusText(page)).toBe(status('es-US', 'connecting'));
    // A token from our own route reached the SDK, with every sound pointed at our own tone file.
    const token = await fake(page, (f) => f.tokens[0] ?? '');
    expect(token.split('.')).toHaveLength(3);
    const sounds = await fake(page, (f) => Object.values((f.options[0] as { sounds: object }).sounds));
    expect(new Set(sounds)).toEqual(new Set([`/assets/tone.wav`]));
    expect(await fake(page, (f) => (f.options[0] as { publishEvents: boolean }).publishEvents)).toBe(false);
    expect(await fake(page, (f) => f.params[0])).toEqual({ lang: 'es-US' });

    // Twilio answers: the in-call controls come alive and focus moves to Hang up.
    await page.evaluate(() => window.fakeTwilio.call?.emit('accept'));
    expect(await statusText(page)).toBe(status('es-US', 'inCall'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-hangup'))).toBe(true);
    expect(await page.locator('[data-call-start]').isDisabled()).toBe(true);

    await focusByTab(page, '[data-call-mute]');
    await page.keyboard.press('Space');
    expect(await page.getAttribute('[data-call-mute]', 'aria-pressed')).toBe('true');
    expect(await statusText(page)).toBe(status('es-US', 'muted'));
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('[data-call-mute]', 'aria-pressed')).toBe('false');
    expect(await fake(page, (f) => f.muted)).toEqual([true, false]);

    await focusByTab(page, '[data-digit="1"]');
    await page.keyboard.press('Enter');
    await focusByTab(page, '[data-digit="*"]');
    await page.keyboard.press('Space');
    expect(await fake(page, (f) => f.digits)).toEqual(['1', '*']);
    expect(await page.getAttribute('[data-digit="*"]', 'aria-label')).toBe(
      renderDisplay(prompt('es-US', 'web.browserCall.keyStar')),
    );

    await page.click('[data-call-hangup]');
    expect(await fake(page, (f) => f.disconnects)).toBe(1);
    expect(await statusText(page)).toBe(status('es-US', 'ended'));
    expect(await page.locator('[data-call-hangup]').isDisabled()).toBe(true);
    expect(await page.locator('[data-digit="1"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-call-start]').isEnabled()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-start'))).toBe(true);
    expect(await fake(page, (f) => f.destroyed)).toBe(1);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('when Twilio reports an error before the call is answered, then the status says so and Call works again', async () => {
    const page = await open();
    await page.click('[data-call-start]');
    await page.waitForFunction(() => window.fakeTwilio?.device !== undefined);
    await page.evaluate(() => window.fakeTwilio.device?.emit('error', new Error('offline')));
    expect(await statusText(page)).toBe(status('en-US', 'failed'));
    expect(await page.locator('[data-call-start]').isEnabled()).toBe(true);
    expect(await fake(page, (f) => f.destroyed)).toBe(1);
  });

  it('when the SDK cannot place the call, then the status says so and names the hotline number', async () => {
    const page = await open();
    await page.evaluate(() => (window.fakeTwilio = { failConnect: true } as Window['fakeTwilio']));
    await page.click('[data-call-start]');
    await page.waitForFunction(
      (failed) => document.querySelector('[data-call-status]')?.textContent === failed,
      status('en-US', 'failed'),
    );
    expect(await statusText(page)).toContain(displayPhone(RESOURCES.traffickingHotline.phone as E164));
  });

  it('when the token route refuses (rate limit), then the SDK is never started and the status says the call failed', async () => {
    const limited = await startWebOnly({ ...VOICE_ENV, WEB_VOICE_TOKEN_LIMIT: '1' }, { assetsDir: build.dir });
    try {
      const page = await open('/', limited.url);
      expect((await page.request.post(`${limited.url}/voice-token`)).status()).toBe(200);
      await page.click('[data-call-start]');
      await page.waitForFunction(
        (failed) => document.querySelector('[data-call-status]')?.textContent === failed,
        status('en-US', 'failed'),
      );
      expect(await fake(page, (f) => f?.tokens.length ?? 0)).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('when the page loads, then the Voice SDK is not fetched; pressing Call fetches it', async () => {
    const context = await browser.newContext();
    const page = await newPage(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/`);
    await page.locator('#browser-call').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect(requested).toContain('/assets/call.js');
    expect(requested).not.toContain('/assets/voice-sdk.js');
    await page.click('[data-call-start]');
    await page.waitForFunction(() => window.fakeTwilio?.device !== undefined);
    expect(requested).toContain('/assets/voice-sdk.js');
    await context.close();
  });

  it('when Call is pressed by keyboard, then focus moves to Hang up (which cancels), never to the page', async () => {
    const page = await open();
    await focusByTab(page, '[data-call-start]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-hangup'))).toBe(true);
    await page.keyboard.press('Enter'); // cancel before Twilio answers
    expect(await statusText(page)).toBe(status('en-US', 'ended'));
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-start'))).toBe(true);
  });

  it.each([
    [
      'the microphone is refused',
      'failedMicrophone',
      async (page: Page) =>
        page.addInitScript(() => {
          navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        }),
    ],
    ['the network is down', 'failedNetwork', async (page: Page) => page.route('**/voice-token', (r) => r.abort())],
    [
      'the server is not set up for it',
      'failedConfiguration',
      async (page: Page) => page.route('**/voice-token', (r) => r.fulfill({ status: 503, body: 'x' })),
    ],
  ])(
    'when %s, then the status beside the button names it and links the hotline by tel:',
    async (_what, key, arrange) => {
      phone ??= await browser.newContext({ viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });
      const page = await newPage(phone);
      await arrange(page);
      await page.goto(`${server.url}/es`);
      await page.locator('#browser-call').waitFor({ state: 'visible' });
      await focusByTab(page, '[data-call-start]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (expected) => document.querySelector('[data-call-status]')?.textContent === expected,
        status('es-US', key),
      );
      const link = page.locator(`[data-call-status] a[href="tel:${RESOURCES.traffickingHotline.phone}"]`);
      expect(await link.textContent()).toBe(displayPhone(RESOURCES.traffickingHotline.phone as E164));
      expect(await page.getAttribute('[data-call-status]', 'role')).toBe('status');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-call-start'))).toBe(true);
      // Next to the button and on screen together with it.
      const button = await page.locator('[data-call-start]').boundingBox();
      const said = await page.locator('[data-call-status]').boundingBox();
      expect(button && said && said.y - (button.y + button.height) < 80 && said.y + said.height <= 664).toBe(true);
      await page.close();
    },
  );
});
