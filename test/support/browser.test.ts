// The page tests' browser finder: the one npm ci installs, unless another is asked for.

import { describe, expect, it } from 'vitest';
import { SYSTEM_CHROMIUM, browserLaunchOptions, chooseBrowser } from './browser.js';

const only =
  (...present: string[]) =>
  (path: string): boolean =>
    present.includes(path);

describe('chooseBrowser', () => {
  it('when /usr/bin/chromium exists but nothing is asked for, then the npm browser is still used', () => {
    expect(chooseBrowser({}, only(SYSTEM_CHROMIUM))).toEqual({ kind: 'bundled' });
  });

  it('when TEST_BROWSER=system and /usr/bin/chromium exists, then the page tests use it', () => {
    expect(chooseBrowser({ TEST_BROWSER: 'system' }, only(SYSTEM_CHROMIUM))).toEqual({
      kind: 'system',
      executablePath: SYSTEM_CHROMIUM,
    });
  });

  it('when no system Chromium is installed (a fresh machine after npm ci), then the npm browser is used', () => {
    expect(chooseBrowser({}, only())).toEqual({ kind: 'bundled' });
  });

  it('when CHROMIUM_PATH names a browser that is not there, then the npm browser is used', () => {
    expect(chooseBrowser({ CHROMIUM_PATH: '/opt/none/chrome' }, only(SYSTEM_CHROMIUM))).toEqual({ kind: 'bundled' });
  });

  it('when CHROMIUM_PATH names an installed browser, then it wins over /usr/bin/chromium', () => {
    const env = { CHROMIUM_PATH: '/opt/chrome/chrome' };
    expect(chooseBrowser(env, only('/opt/chrome/chrome', SYSTEM_CHROMIUM))).toEqual({
      kind: 'system',
      executablePath: '/opt/chrome/chrome',
    });
  });

  it('when TEST_BROWSER=bundled, then the npm browser is used even with a system one present', () => {
    expect(chooseBrowser({ TEST_BROWSER: 'bundled' }, only(SYSTEM_CHROMIUM))).toEqual({ kind: 'bundled' });
  });

  it('when TEST_BROWSER=system and none is installed, then the error names the path and the fix', () => {
    expect(() => chooseBrowser({ TEST_BROWSER: 'system' }, only())).toThrow(/\/usr\/bin\/chromium.*CHROMIUM_PATH/);
  });

  it('when TEST_BROWSER holds something else, then the error names the allowed values', () => {
    expect(() => chooseBrowser({ TEST_BROWSER: 'firefox' }, only())).toThrow(/auto, system or bundled/);
  });
});

describe('browserLaunchOptions', () => {
  it('when the system browser is chosen, then it launches with the flags the call tests need', async () => {
    const options = await browserLaunchOptions({ kind: 'system', executablePath: '/usr/bin/chromium' });
    expect(options.executablePath).toBe('/usr/bin/chromium');
    expect(options.args).toContain('--use-fake-device-for-media-stream');
  });
});
