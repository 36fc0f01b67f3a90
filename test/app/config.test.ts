// Configuration: every problem named at once (variable, what is wrong, the fix); unsigned mode only on loopback.

import { describe, expect, it } from 'vitest';
import { loadIvrConfig } from '../../ivr/config.js';
import { ConfigError, loadConfig } from '../../app/config.js';
import { TOKEN } from '../support/twilio.js';
import { problemsOf } from './config-problems.js';

describe('loadConfig', () => {
  it('when nothing is set, then it listens on 127.0.0.1:3000, unsigned, with the default voices', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, production: false });
    expect(config.ivr).toMatchObject({
      authToken: undefined,
      transferCallerId: { mode: 'line' },
      voices: { 'en-US': 'Polly.Joanna-Neural', 'es-US': 'Polly.Lupe-Neural' },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('when there is no token and HOST is not loopback, then it refuses, naming TWILIO_AUTH_TOKEN and the fix', () => {
    const problems = problemsOf(() => loadConfig({ HOST: '0.0.0.0' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^TWILIO_AUTH_TOKEN: .*HOST=0\.0\.0\.0.* Fix: set TWILIO_AUTH_TOKEN/);
  });

  it.each([{ NODE_ENV: 'production' }, { AWS_LAMBDA_FUNCTION_NAME: 'westmont-ivr' }])(
    'when there is no token in production (%j), then it refuses even on loopback',
    (env) => {
      expect(problemsOf(() => loadConfig({ HOST: '127.0.0.1', ...env })).join('\n')).toMatch(/production/);
    },
  );

  it('when a token is set, then any host and production raise no phone-line problem', () => {
    const env = {
      HOST: '0.0.0.0',
      NODE_ENV: 'production',
      TWILIO_AUTH_TOKEN: TOKEN,
      PUBLIC_BASE_URL: 'https://help.example.org',
    };
    // Other channels may want their own production settings; none of the problems may be the phone line's.
    expect(problemsOf(() => loadConfig(env)).filter((p) => /^(TWILIO|HOST|PUBLIC|TRANSFER|IVR)/.test(p))).toEqual([]);
    expect(loadIvrConfig(env).authToken).toBe(TOKEN);
  });

  it('when several variables are wrong, then one error lists every one of them', () => {
    const err = (() => {
      try {
        loadConfig({
          PORT: 'eighty',
          TWILIO_AUTH_TOKEN: `AC${'1'.repeat(32)}`,
          PUBLIC_BASE_URL: 'ftp://example.org',
          TRANSFER_CALLER_ID: 'nobody',
          IVR_VOICE_ES_US: 'Lupe please',
        });
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.problems.map((p) => p.variable)).toEqual(
      expect.arrayContaining(['IVR_VOICE_ES_US', 'PORT', 'PUBLIC_BASE_URL', 'TRANSFER_CALLER_ID', 'TWILIO_AUTH_TOKEN']),
    );
    expect(err?.message).toContain('Account SID');
    for (const p of err?.problems ?? []) expect(p.fix.length).toBeGreaterThan(10);
  });
});

describe('loadIvrConfig', () => {
  it('when TWILIO_AUTH_TOKEN is set but empty, then it is an error, not a silent switch to unsigned', () => {
    expect(problemsOf(() => loadIvrConfig({ TWILIO_AUTH_TOKEN: '  ' })).join()).toMatch(/empty/);
  });

  it('when PUBLIC_BASE_URL ends in /ivr or a slash, then /ivr is refused and the slash dropped', () => {
    expect(problemsOf(() => loadIvrConfig({ PUBLIC_BASE_URL: 'https://x.example/ivr' })).join()).toMatch(/\/ivr/);
    expect(loadIvrConfig({ PUBLIC_BASE_URL: 'https://x.example/prod/' }).publicBaseUrl).toBe('https://x.example/prod');
  });

  it.each([
    ['line', { mode: 'line' }],
    ['caller', { mode: 'caller' }],
    ['+13105550100', { mode: 'fixed', number: '+13105550100' }],
  ])('when TRANSFER_CALLER_ID=%s, then the mode is %j', (value, mode) => {
    expect(loadIvrConfig({ TRANSFER_CALLER_ID: value }).transferCallerId).toEqual(mode);
  });

  it('when voices are set, then they are used', () => {
    const config = loadIvrConfig({
      IVR_VOICE_EN_US: 'Polly.Matthew-Neural',
      IVR_VOICE_ES_US: 'Google.es-US-Neural2-A',
    });
    expect(config.voices).toEqual({ 'en-US': 'Polly.Matthew-Neural', 'es-US': 'Google.es-US-Neural2-A' });
  });
});
