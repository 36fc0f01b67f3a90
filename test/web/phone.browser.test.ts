// The page as a survivor and a keyboard user meet it on a small phone and at zoom, in headless Chromium: quick
// exit leaves nothing behind Back, the first screen, reflow, focus never under the quick-exit button, the skip
// link and contents, the Safety section, and the small links (sms:, 211, lang="en").

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { LOCALES, RESOURCES, prompt, renderDisplay, type Locale } from '../../content/index.js';
import type { Running } from '../../app/local.js';
import { LOCALE_PATHS } from '../../web/page.js';
import { smsHref } from '../../web/render-html.js';
import { newPage } from './browser.js';
import { startPageRig, type PageRig } from './helpers.js';
import type { Listening } from '../support/listen.js';

const text = (locale: Locale, key: string): string => renderDisplay(prompt(locale, key));

let rig: PageRig;
let browser: Browser;
let neutral: Listening;
let plain: Running;
let withCall: Running;
let exitUrl: string;

beforeAll(async () => {
  rig = await startPageRig();
  ({ browser, neutral, plain, withCall, exitUrl } = rig);
});

afterAll(async () => rig?.close());

/** A 390×664 phone (Safari's visible area with its bars), 320 px, and 400 % zoom of a 1280×664 window. */
const SCREENS = {
  phone: { viewport: { width: 390, height: 664 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  narrow: { viewport: { width: 320, height: 568 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  zoom400: { viewport: { width: 320, height: 166 }, deviceScaleFactor: 4 },
} as const;
type ScreenName = keyof typeof SCREENS;

/** One context and page per screen, made on first use: each test navigates it afresh (scroll, focus, script state). */
const screenPages = new Map<ScreenName, Page>();

async function openOn(screen: ScreenName, locale: Locale, server: Running = withCall): Promise<{ page: Page }> {
  let page = screenPages.get(screen);
  if (!page) {
    page = await newPage(await browser.newContext(SCREENS[screen]));
    screenPages.set(screen, page);
  }
  await page.goto(`${server.url}${LOCALE_PATHS[locale]}`);
  return { page };
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const boxOf = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    });
const overlaps = (a: Box, b: Box): boolean =>
  a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

describe('quick exit leaves nothing behind Back', () => {
  it('when someone follows two help links, switches language, uses the contents and exits, then Back five times never shows the page', async () => {
    const context = await browser.newContext(SCREENS.phone);
    const page = await newPage(context);
    await page.goto(`${neutral.url}/before`);
    await page.goto(`${plain.url}/`);
    const length = await page.evaluate(() => history.length);

    await page.locator('#topic-whatToDo .topic-help-list a').first().click();
    await page.locator('#topic-leavingSupport .topic-help-list a').nth(1).click();
    expect(page.url()).toContain('#resource-');
    await Promise.all([page.waitForURL(`${plain.url}/es`), page.click('[data-language-switch]')]);
    await page.click('.toc a[href="#safety"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('safety-title');
    // Not one of those steps added an entry.
    expect(await page.evaluate(() => history.length)).toBe(length);

    await Promise.all([page.waitForURL(exitUrl), page.click('[data-quick-exit]')]);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goBack().catch(() => null);
      seen.push(page.url());
    }
    expect(seen.filter((url) => url.startsWith(plain.url))).toEqual([]);
    expect(seen[0]).toBe(`${neutral.url}/before`);
    await context.close();
  });

  it('when Shift is pressed three times, then the page is replaced by the neutral site', async () => {
    const { page } = await openOn('phone', 'en-US', plain);
    await Promise.all([
      page.waitForURL(exitUrl),
      (async () => {
        for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
      })(),
    ]);
  });

  it('when Shift is pressed three times with typing between (capital letters), then nothing happens', async () => {
    const { page } = await openOn('phone', 'en-US', plain);
    for (const key of ['Shift', 'Shift+A', 'Shift', 'b', 'Shift']) await page.keyboard.press(key);
    expect(page.url()).toBe(`${plain.url}/`);
  });
});

describe.each(LOCALES)('the %s page on a phone and at zoom', (locale) => {
  it('shows the 911 notice, quick exit and the hotline Call button (and Text, once its code is confirmed) on the first 390×664 screen', async () => {
    const { page } = await openOn('phone', locale);
    const hotline = RESOURCES.traffickingHotline;
    const text = smsHref(hotline);
    expect(await page.locator('a.action[href^="sms:"]').count()).toBe(text ? 1 : 0);
    for (const selector of [
      '.emergency',
      '[data-quick-exit]',
      `a.action[href="tel:${hotline.phone}"]`,
      ...(text ? [`a.action[href="${text}"]`] : []),
    ]) {
      const box = await boxOf(page, selector);
      expect({ selector, inView: box.top >= 0 && box.bottom <= 664 && box.left >= 0 && box.right <= 390 }).toEqual({
        selector,
        inView: true,
      });
    }
    await page.screenshot({ path: `/tmp/westmont-web-390-${locale}.png` });
  });

  it.each(Object.keys(SCREENS) as ScreenName[])(
    'on the %s screen, keeps quick exit in a bottom corner, at most 15 percent of the height, with scroll padding of its real height',
    async (screen) => {
      const { page } = await openOn(screen, locale);
      const { width, height } = SCREENS[screen].viewport;
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
      const exit = await boxOf(page, '[data-quick-exit]');
      expect(exit.bottom).toBeLessThanOrEqual(height);
      expect(height - exit.bottom).toBeLessThan(16); // at the bottom edge
      expect(width - exit.right).toBeLessThan(16); // in the right-hand corner
      expect(exit.bottom - exit.top).toBeLessThanOrEqual(0.15 * height);
      const padding = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom),
      );
      // The padding is the strip the button covers, from its top edge to the bottom of the screen, plus its margin.
      const covered = height - exit.top;
      expect(padding).toBeGreaterThanOrEqual(covered);
      expect(padding - covered).toBeLessThanOrEqual(height - exit.bottom);
    },
  );

  it.each(['narrow', 'zoom400'] as ScreenName[])(
    'reflows on the %s screen: no sideways scrolling and no number cut off',
    async (screen) => {
      const { page } = await openOn(screen, locale);
      const width = SCREENS[screen].viewport.width;
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const cut = await page.evaluate((w) => {
        const numbers = document.querySelectorAll<HTMLElement>(
          'a[href^="tel:"], a[href^="sms:"], .nowrap, .code, .action',
        );
        return Array.from(numbers)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < 0 || r.right > w || el.scrollWidth > el.clientWidth + 1;
          })
          .map((el) => el.textContent);
      }, width);
      expect(cut).toEqual([]);
      if (screen === 'narrow') await page.screenshot({ path: `/tmp/westmont-web-320-${locale}.png` });
    },
  );

  it.each(['phone', 'zoom400'] as ScreenName[])(
    'on the %s screen, no element that takes keyboard focus is hidden under quick exit',
    async (screen) => {
      const { page } = await openOn(screen, locale);
      const height = SCREENS[screen].viewport.height;
      const count = await page.evaluate(
        () => document.querySelectorAll('a[href], button:not([disabled]), summary').length,
      );
      const hidden: string[] = [];
      for (let i = 0; i < count + 2; i++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          const exit = document.querySelector('[data-quick-exit]') as HTMLElement;
          if (!el || el === document.body || el === exit) return undefined;
          const r = el.getBoundingClientRect();
          const e = exit.getBoundingClientRect();
          return {
            what: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`,
            box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
            exit: { top: e.top, bottom: e.bottom, left: e.left, right: e.right },
          };
        });
        if (!state) continue;
        const offScreen = state.box.bottom <= 0 || state.box.top >= height;
        if (offScreen || overlaps(state.box, state.exit)) hidden.push(state.what);
      }
      expect(hidden).toEqual([]);
    },
  );

  it('reaches the services within five Tab presses, by the skip link', async () => {
    const { page } = await openOn('phone', locale, plain);
    let presses = 0;
    while (presses < 5) {
      await page.keyboard.press('Tab');
      presses += 1;
      if (await page.evaluate(() => document.activeElement?.classList.contains('skip-link'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(text(locale, 'web.skipToServices'));
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    const before = await page.evaluate(() => history.length);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('services');
    expect(await page.evaluate(() => history.length)).toBe(before);
  });

  it('lists the sections in a short table of contents whose links land on their headings', async () => {
    const { page } = await openOn('phone', locale);
    const links = page.locator('nav.toc a');
    expect(await links.count()).toBeLessThanOrEqual(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      await page.click(`nav.toc a[href="${href}"]`);
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { section: `#${el.closest('section')?.id ?? ''}`, top: el.getBoundingClientRect().top };
      });
      expect(focused.section).toBe(href);
      expect(focused.top).toBeGreaterThanOrEqual(0);
      expect(focused.top).toBeLessThan(100);
    }
  });

  it('says what a visit leaves behind and how to clear it, with safer ways to reach the hotline', async () => {
    const { page } = await openOn('phone', locale);
    const safety = page.locator('#safety');
    expect(await safety.locator('h2').textContent()).toBe(text(locale, 'web.safety.heading'));
    const said = await safety.locator('li').allTextContents();
    for (const key of ['history', 'microphone', 'texts', 'callLog', 'saferCall', 'saferTrusted', 'saferEmergency']) {
      expect(said).toContain(text(locale, `web.safety.${key}`));
    }
    expect(await safety.textContent()).toContain(text(locale, 'web.safety.others'));
    // The texts line names no short code (the hotline's is unconfirmed); nothing in the section links 911.
    expect(await safety.locator('a[href^="sms:"]').count()).toBe(0);
    expect(await safety.locator('a[href="tel:911"]').count()).toBe(0);
    // With the browser call on, the footer says a call opens a connection to Twilio.
    expect(await page.locator('footer').textContent()).toBe(text(locale, 'web.footerCall'));
  });

  it('without the browser call, leaves the microphone line out of Safety and keeps the footer short', async () => {
    const { page } = await openOn('phone', locale, plain);
    expect(await page.locator('#safety li').allTextContents()).not.toContain(text(locale, 'web.safety.microphone'));
    expect(await page.locator('footer').textContent()).toBe(text(locale, 'web.footer'));
  });

  it('links short codes inside topics with sms:, makes 211 tappable, and marks English words in Spanish text', async () => {
    const { page } = await openOn('phone', locale, plain);
    expect(
      await page.locator(`#topics a[href="${smsHref(RESOURCES.domesticViolenceHotline)}"]`).count(),
    ).toBeGreaterThan(0);
    expect(await page.locator(`a[href="tel:${RESOURCES.la211.dialCode}"]`).count()).toBeGreaterThan(0);
    const english = await page.locator('main [lang="en"]').allTextContents();
    if (locale === 'en-US') expect(english).toEqual([]);
    else expect(new Set(english)).toEqual(new Set([...english, 'START', 'Journey Out', "Downtown Women's Center"]));
  });
});
