// The page in headless Chromium: both languages, every number, quick exit, keyboard-only use, no-JS reading,
// accessibility (axe-core), CSP, and the browser call appearing only when configured.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  LOCALES,
  RESOURCES,
  alternativeOf,
  canText,
  isConfirmed,
  displayPhone,
  listResources,
  listTopics,
  prompt,
  renderDisplay,
  resourceName,
  topicDetails,
  topicSummary,
  topicTitle,
  type Locale,
  type Prompt,
} from '../../content/index.js';
import type { Running } from '../../app/local.js';
import { LOCALE_PATHS } from '../../web/page.js';
import { capitalised } from '../../web/render-html.js';
import { cspViolations, newPage, a11yViolations } from './browser.js';
import { startPageRig, type PageRig } from './helpers.js';
import type { Listening } from '../support/listen.js';

const text = (p: Prompt): string => renderDisplay(p);
const heading = (p: Prompt, locale: Locale): string => renderDisplay(capitalised(p, locale));

let rig: PageRig;
let browser: Browser;
let context: BrowserContext;
let neutral: Listening;
let plain: Running;
let withCall: Running;
let exitUrl: string;

beforeAll(async () => {
  rig = await startPageRig();
  ({ browser, neutral, plain, withCall, exitUrl } = rig);
  context = await browser.newContext();
});

afterAll(async () => rig?.close());

async function open(locale: Locale, server: Running = plain, ctx: BrowserContext = context): Promise<Page> {
  const page = await newPage(ctx);
  const res = await page.goto(`${server.url}${LOCALE_PATHS[locale]}`);
  expect(res?.status()).toBe(200);
  return page;
}

describe.each(LOCALES)('the %s page', (locale) => {
  let page: Page;
  beforeAll(async () => {
    page = await open(locale);
  });
  afterAll(async () => page?.close());

  it('declares its language and puts the 911 notice first, saying to call it (the page calls nobody)', async () => {
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    const first = page.locator('body > :first-child > :first-child');
    expect(await first.getAttribute('class')).toBe('emergency');
    expect(await first.textContent()).toBe(text(prompt(locale, 'web.emergency')));
    expect(await page.locator('a[href^="tel:911"], a[href^="tel:+1911"]').count()).toBe(0);
  });

  it('shows every topic: title, summary and each detail chunk, from content/', async () => {
    for (const topic of listTopics()) {
      const section = page.locator(`#topic-${topic.id}`);
      expect(await section.locator('h3').textContent()).toBe(heading(topicTitle(locale, topic.id), locale));
      expect(await section.locator(':scope > p').first().textContent()).toBe(text(topicSummary(locale, topic.id)));
      const details = await section.locator('details > p').allTextContents();
      expect(details).toEqual(topicDetails(locale, topic.id).map(text));
    }
  });

  it('shows every service with its name, its confirmed number formatted for reading, and how and when it was checked', async () => {
    for (const r of listResources()) {
      const card = page.locator(`#resource-${r.id}`);
      expect(await card.locator('h3').textContent()).toBe(heading(resourceName(locale, r.id), locale));
      expect(await card.locator('time').getAttribute('datetime')).toBe(r.verification.date);
      expect(await card.locator('time').textContent()).toMatch(/\b2\d{3}\b/);
      const confirmed = isConfirmed(r.verification);
      if (r.phone && confirmed) {
        expect(await card.locator(`a[href="tel:${r.phone}"]`).first().textContent()).toBe(displayPhone(r.phone));
      }
      if (r.dialCode && confirmed) expect(await card.locator('.code').textContent()).toBe(r.dialCode);
    }
  });

  it('never shows a number nobody has confirmed: the card says so and gives the 24-hour alternative', async () => {
    const body = (await page.locator('body').textContent()) ?? '';
    for (const r of listResources().filter((r) => !isConfirmed(r.verification) && r.phone)) {
      expect(body).not.toContain(displayPhone(r.phone ?? '+1'));
      const card = page.locator(`#resource-${r.id}`);
      const alternative = RESOURCES[alternativeOf(r.id, RESOURCES)];
      const dialled = alternative.dialCode ?? alternative.phone;
      expect(await card.locator(`a[href="tel:${dialled}"]`).count()).toBeGreaterThan(0);
    }
    expect(body).not.toContain(RESOURCES.traffickingHotline.sms?.shortCode ?? 'none');
  });

  it('has tel: links only to confirmed numbers and dial codes in the registry (never 911), and sms: links only to confirmed short codes with their keyword', async () => {
    const emergency = RESOURCES.emergency911.dialCode;
    const registry = new Set(
      listResources()
        .filter((r) => isConfirmed(r.verification))
        .flatMap((r) => [
          ...(r.phone ? [`tel:${r.phone}`] : []),
          ...(r.dialCode && r.dialCode !== emergency ? [`tel:${r.dialCode}`] : []),
        ]),
    );
    const tels = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(tels.length).toBeGreaterThan(0);
    for (const href of tels) expect(registry.has(href ?? '')).toBe(true);
    for (const href of registry) expect(tels).toContain(href);
    const sms = await page.locator('a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const texts = listResources().flatMap((r) =>
      r.sms && canText(r) ? [`sms:${r.sms.shortCode}?body=${r.sms.keyword}`] : [],
    );
    expect(sms).toContain(`sms:${RESOURCES.domesticViolenceHotline.sms?.shortCode}?body=START`);
    expect(new Set(sms)).toEqual(new Set(texts));
  });

  it('shows the hotline button as the sentence reads, with the space before the number', async () => {
    const shown = await page.locator(`a.action[href="tel:${RESOURCES.traffickingHotline.phone}"]`).innerText();
    expect(shown.trim()).toBe(text(prompt(locale, 'web.hotline.call')));
  });

  it('loads its stylesheet and scripts under the strict CSP, with no violation', async () => {
    // The quick-exit colour comes only from page.css: if the CSP or the integrity hash blocked it, this fails.
    const colour = await page.locator('.quick-exit').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).toBe('rgb(163, 22, 27)');
    expect(await cspViolations(page)).toEqual([]);
  });

  it('has no accessibility violations of any impact (axe-core)', async () => {
    expect(await a11yViolations(page)).toEqual([]);
  });

  // Last: it leaves this page for the other language's.
  it('links to the other language with its lang attribute, and the link works', async () => {
    const other = LOCALES.find((l) => l !== locale) as Locale;
    const link = page.locator('nav a[hreflang]');
    expect(await link.getAttribute('lang')).toBe(other);
    expect(await link.textContent()).toBe(text(prompt(other, 'web.languageName')));
    await Promise.all([page.waitForURL(`${plain.url}${LOCALE_PATHS[other]}`), page.click('nav a[hreflang]')]);
    expect(await page.getAttribute('html', 'lang')).toBe(other);
  });
});

describe('quick exit', () => {
  it.each([
    ['the button', (page: Page) => page.click('[data-quick-exit]')],
    ['the Escape key', (page: Page) => page.keyboard.press('Escape')],
  ])('with %s, replaces the page with the neutral site and Back cannot return to it', async (_how, act) => {
    const page = await newPage(context);
    await page.goto(`${neutral.url}/before`);
    await page.goto(`${plain.url}/`);
    const lengthBefore = await page.evaluate(() => history.length);
    await Promise.all([page.waitForURL(exitUrl), act(page)]);
    // location.replace: the neutral page took this page's place in history instead of adding an entry.
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    await page.goBack();
    expect(page.url()).toBe(`${neutral.url}/before`);
    await page.goForward();
    expect(page.url()).toBe(exitUrl);
    await page.close();
  });

  it('tells people about Esc and browser history, next to the button', async () => {
    const page = await open('en-US');
    const hint = await page.locator('.exit-hint').textContent();
    expect(hint).toContain(text(prompt('en-US', 'web.quickExitHint')));
    expect(hint).toContain(text(prompt('en-US', 'web.historySafety')));
    await page.close();
  });

  it('stays on screen while the page scrolls, on a phone-sized screen, with no sideways scrolling', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await open('es-US', plain, phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('[data-quick-exit]').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 740).toBe(true);
    expect(box && box.height >= 44).toBe(true);
    await phone.close();
  });
});

describe('keyboard only', () => {
  it('reaches quick exit first, switches language, opens a topic, and leaves with Escape', async () => {
    const page = await open('en-US');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit'))).toBe(true);
    // The focus ring must be visible, not just present.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))).toBe('es-US');
    await Promise.all([page.waitForURL(`${plain.url}/es`), page.keyboard.press('Enter')]);

    // Tab on to the first topic's "Read more" and open it with Enter.
    let onSummary = false;
    for (let i = 0; i < 40 && !onSummary; i++) {
      await page.keyboard.press('Tab');
      onSummary = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
    }
    expect(onSummary).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open)).toBe(true);

    await Promise.all([page.waitForURL(exitUrl), page.keyboard.press('Escape')]);
    await page.close();
  });

  it('passes the hotline call link (and text link, once its code is confirmed) on the way, as real links', async () => {
    const page = await open('en-US');
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    }
    expect(seen).toContain(`tel:${RESOURCES.traffickingHotline.phone}`);
    expect(seen.some((h) => h.startsWith('sms:'))).toBe(canText(RESOURCES.traffickingHotline));
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('everything is still there to read, and the browser-call controls (which need JavaScript) stay hidden', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await open('en-US', withCall, noJs);
    expect(await page.locator('.topic').count()).toBe(listTopics().length);
    expect(await page.locator('.resource').count()).toBe(listResources().length);
    expect(await page.locator('#topic-signs details').textContent()).toContain(
      text(topicDetails('en-US', 'signs')[0] ?? []),
    );
    expect(await page.locator('#browser-call').isVisible()).toBe(false);
    expect(await page.getAttribute('[data-quick-exit]', 'href')).toBe(exitUrl);
    await noJs.close();
  });
});

describe('weight', () => {
  it('when the page with the browser call first loads, then everything it fetches is under 60 kB, compressed', async () => {
    const page = await newPage(context);
    const sizes = new Map<string, { bytes: number; encoding: string | undefined }>();
    page.on('requestfinished', (request) => {
      void Promise.all([request.sizes(), request.response()]).then(([s, response]) => {
        sizes.set(new URL(request.url()).pathname, {
          bytes: s.responseBodySize + s.responseHeadersSize,
          encoding: response?.headers()['content-encoding'],
        });
      });
    });
    await page.goto(`${withCall.url}/`);
    await page.locator('#browser-call').waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    expect([...sizes.keys()].sort()).toEqual(['/', '/assets/call.js', '/assets/page.css', '/assets/quick-exit.js']);
    for (const [path, { encoding }] of sizes) expect({ path, encoding }).toEqual({ path, encoding: 'br' });
    const total = [...sizes.values()].reduce((sum, s) => sum + s.bytes, 0);
    console.log(
      `first load with the browser call on: ${total} bytes (${[...sizes].map(([p, s]) => `${p} ${s.bytes}`).join(', ')})`,
    );
    expect(total).toBeLessThan(60_000);
    await page.close();
  });
});

describe('call from this browser', () => {
  it('when not configured, then the page has no call section and no call script', async () => {
    const page = await open('en-US', plain);
    expect(await page.locator('#browser-call').count()).toBe(0);
    expect(await page.locator('script[src*="call.js"]').count()).toBe(0);
    await page.close();
  });

  it('when configured, then the call button shows, in the page language, with no accessibility violations of any impact', async () => {
    for (const locale of LOCALES) {
      const page = await open(locale, withCall);
      await page.locator('#browser-call').waitFor({ state: 'visible' });
      expect(await page.locator('[data-call-start]').textContent()).toBe(text(prompt(locale, 'web.browserCall.call')));
      expect(await page.locator('[data-call-hangup]').isDisabled()).toBe(true);
      expect(await a11yViolations(page)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }
  });

  it('with the real Voice SDK and Twilio out of reach, then Call fetches a token and ends with a network failure message', async () => {
    const page = await open('en-US', withCall);
    await page.locator('#browser-call').waitFor({ state: 'visible' });
    const [token] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/voice-token') && r.request().method() === 'POST'),
      page.click('[data-call-start]'),
    ]);
    expect(token.status()).toBe(200);
    await page.waitForFunction(
      (failed) => document.querySelector('[data-call-status]')?.textContent === failed,
      text(prompt('en-US', 'web.browserCall.status.failedNetwork')),
      { timeout: 20_000 },
    );
    expect(await page.locator('[data-call-start]').isEnabled()).toBe(true);
    // The SDK's sounds are ours; nothing was fetched from Twilio's CDN or blocked by the CSP.
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });
});
