// loadWebConfig: defaults, the all-or-nothing browser call settings, and errors that name the variable and fix.

import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../infra/config-error.js';
import {
  DEFAULT_QUICK_EXIT_URL,
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_TTL_SECONDS,
  loadWebConfig,
} from '../../web/config.js';
import { VOICE_ENV } from './helpers.js';

function problemsOf(env: NodeJS.ProcessEnv): { variable: string; problem: string; fix: string }[] {
  try {
    loadWebConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadWebConfig', () => {
  it('when nothing is set, then the quick exit goes to the default neutral page and the browser call is off', () => {
    const config = loadWebConfig({});
    expect(config.quickExitUrl).toBe(DEFAULT_QUICK_EXIT_URL);
    expect(config.voice).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('when only TWILIO_ACCOUNT_SID is set (another channel may use it), then the browser call stays off', () => {
    expect(loadWebConfig({ TWILIO_ACCOUNT_SID: VOICE_ENV.TWILIO_ACCOUNT_SID }).voice).toBeUndefined();
  });

  it('when all four Twilio settings are set, then the browser call is on with a ten-minute token', () => {
    const voice = loadWebConfig(VOICE_ENV).voice;
    expect(voice).toMatchObject({
      accountSid: VOICE_ENV.TWILIO_ACCOUNT_SID,
      apiKey: VOICE_ENV.TWILIO_API_KEY,
      apiSecret: VOICE_ENV.TWILIO_API_SECRET,
      twimlAppSid: VOICE_ENV.TWILIO_TWIML_APP_SID,
      tokenTtlSeconds: DEFAULT_TOKEN_TTL_SECONDS,
    });
    expect(DEFAULT_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(MAX_TOKEN_TTL_SECONDS);
  });

  it.each(['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_API_SECRET', 'TWILIO_TWIML_APP_SID'] as const)(
    'when %s is missing from an otherwise complete set, then start-up fails naming it and how to turn the call off',
    (name) => {
      const problems = problemsOf({ ...VOICE_ENV, [name]: undefined });
      expect(problems.map((p) => p.variable)).toEqual([name]);
      expect(problems[0]?.fix).toMatch(/unset TWILIO_API_KEY, TWILIO_API_SECRET and TWILIO_TWIML_APP_SID/);
    },
  );

  it('when the SIDs are swapped, then every wrong one is named with the prefix it should have', () => {
    const problems = problemsOf({
      ...VOICE_ENV,
      TWILIO_API_KEY: VOICE_ENV.TWILIO_TWIML_APP_SID,
      TWILIO_TWIML_APP_SID: VOICE_ENV.TWILIO_API_KEY,
    });
    expect(problems.map((p) => p.variable)).toEqual(['TWILIO_API_KEY', 'TWILIO_TWIML_APP_SID']);
    expect(problems[0]?.problem).toContain('SK');
    expect(problems[1]?.problem).toContain('AP');
  });

  it.each([
    ['0', 'below half a minute'],
    ['29', 'below half a minute'],
    ['301', 'over five minutes'],
    ['ten', 'not a number'],
  ])('when WEB_VOICE_TOKEN_TTL_SECONDS is %s (%s), then start-up fails naming it', (ttl) => {
    const problems = problemsOf({ ...VOICE_ENV, WEB_VOICE_TOKEN_TTL_SECONDS: ttl });
    expect(problems.map((p) => p.variable)).toEqual(['WEB_VOICE_TOKEN_TTL_SECONDS']);
  });

  it('when WEB_VOICE_TOKEN_TTL_SECONDS is five minutes, then it is accepted', () => {
    expect(loadWebConfig({ ...VOICE_ENV, WEB_VOICE_TOKEN_TTL_SECONDS: '300' }).voice?.tokenTtlSeconds).toBe(300);
  });

  it('when WEB_VOICE_TOKEN_TTL_SECONDS is unset, then a token lives about a minute', () => {
    expect(loadWebConfig(VOICE_ENV).voice?.tokenTtlSeconds).toBe(60);
  });

  it('when WEB_QUICK_EXIT_URL is a neutral https page, then quick exit uses it', () => {
    expect(loadWebConfig({ WEB_QUICK_EXIT_URL: 'https://www.example.org/weather' }).quickExitUrl).toBe(
      'https://www.example.org/weather',
    );
  });

  it.each([
    ['not a url', 'is not a URL'],
    ['http://example.org/', 'https://'],
    ['javascript:alert(1)', 'https://'],
    ['https://user:pw@example.org/', 'credentials'],
  ])('when WEB_QUICK_EXIT_URL is %j, then start-up fails naming it', (value, words) => {
    const problems = problemsOf({ WEB_QUICK_EXIT_URL: value });
    expect(problems.map((p) => p.variable)).toEqual(['WEB_QUICK_EXIT_URL']);
    expect(problems[0]?.problem).toContain(words);
  });

  it('when WEB_QUICK_EXIT_URL is plain http on this machine (tests, local use), then it is accepted', () => {
    expect(loadWebConfig({ WEB_QUICK_EXIT_URL: 'http://127.0.0.1:8080/x' }).quickExitUrl).toBe(
      'http://127.0.0.1:8080/x',
    );
  });

  it('when several settings are wrong, then one error names them all', () => {
    const problems = problemsOf({ WEB_QUICK_EXIT_URL: 'nope', TWILIO_API_KEY: 'x' });
    expect(problems.map((p) => p.variable).sort()).toEqual(
      [
        'TWILIO_ACCOUNT_SID',
        'TWILIO_API_KEY',
        'TWILIO_API_SECRET',
        'TWILIO_TWIML_APP_SID',
        'WEB_QUICK_EXIT_URL',
      ].sort(),
    );
  });
});
