// Configuration findings: LOG_LEVEL named, one meaning of "production", PUBLIC_BASE_URL required and well formed.

import { describe, expect, it } from 'vitest';
import { loadIvrConfig } from '../../ivr/config.js';
import { loadAlexaConfig } from '../../lambda/config.js';
import { loadWebConfig } from '../../web/config.js';
import { loadConfig } from '../../app/config.js';
import { createLogger } from '../../infra/logger.js';
import { isProduction } from '../../infra/production.js';
import { TOKEN } from '../support/twilio.js';
import { problemsOf } from './config-problems.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';

describe('LOG_LEVEL', () => {
  it('when it is bogus, then start-up fails naming LOG_LEVEL and every allowed value', () => {
    const problems = problemsOf(() => loadConfig({ LOG_LEVEL: 'bogus' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^LOG_LEVEL: "bogus" is not a log level\. Fix: use one of trace, debug, info, warn, error, fatal, silent/,
    );
  });

  it('when the Alexa Lambda entry builds its logger with a bogus level, then the error names LOG_LEVEL too', () => {
    const saved = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'bogus';
    try {
      expect(() => createLogger()).toThrow(/LOG_LEVEL: "bogus"/);
    } finally {
      if (saved === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = saved;
    }
  });

  it('when it is set in any case, then it is used', () => {
    expect(loadConfig({ LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(loadConfig({}).logLevel).toBe('info');
  });
});

describe('production, one definition', () => {
  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ AWS_LAMBDA_FUNCTION_NAME: 'westmont-help-line-prod-alexa' }, true],
    [{ NODE_ENV: 'development' }, false],
    [{}, false],
  ])('when the environment is %j, then production is %s for the server and the skill alike', (env, expected) => {
    expect(isProduction(env)).toBe(expected);
    // The skill requires its ID exactly when the server calls the environment production.
    expect(problemsOf(() => loadAlexaConfig(env)).some((p) => p.startsWith('ALEXA_SKILL_ID'))).toBe(expected);
    const full = {
      ...env,
      TWILIO_AUTH_TOKEN: TOKEN,
      PUBLIC_BASE_URL: 'https://help.example.org',
      ALEXA_SKILL_ID: SKILL_ID,
    };
    expect(loadConfig(full).production).toBe(expected);
  });

  it('when on AWS Lambda without NODE_ENV, then unsigned Alexa requests are refused as in production', () => {
    const env = { AWS_LAMBDA_FUNCTION_NAME: 'ivr', ALEXA_SKILL_ID: SKILL_ID, ALEXA_VERIFY_SIGNATURE: 'false' };
    expect(problemsOf(() => loadAlexaConfig(env)).join()).toMatch(
      /ALEXA_VERIFY_SIGNATURE: is false, and this is a production environment/,
    );
  });
});

describe('WEB_QUICK_EXIT_URL', () => {
  it.each([[{ NODE_ENV: 'production' }], [{ AWS_LAMBDA_FUNCTION_NAME: 'westmont-help-line-prod-web' }]])(
    'when it is plain http to this machine in production (%j), then start-up fails naming it',
    (env) => {
      const problems = problemsOf(() => loadWebConfig({ ...env, WEB_QUICK_EXIT_URL: 'http://localhost/' }));
      expect(problems).toEqual([
        expect.stringMatching(/^WEB_QUICK_EXIT_URL: "http:\/\/localhost\/" must be an https:\/\/ address.*Fix: /),
      ]);
    },
  );

  it('when it is plain http to this machine outside production, then it is accepted (tests, local development)', () => {
    expect(loadWebConfig({ WEB_QUICK_EXIT_URL: 'http://127.0.0.1:8080/' }).quickExitUrl).toBe('http://127.0.0.1:8080/');
  });
});

describe('PUBLIC_BASE_URL in production', () => {
  it.each([['127.0.0.1'], ['0.0.0.0']])(
    'when it is missing on HOST=%s, then start-up fails naming it and the fix',
    (host) => {
      const env = { HOST: host, NODE_ENV: 'production', TWILIO_AUTH_TOKEN: TOKEN, ALEXA_SKILL_ID: SKILL_ID };
      const problems = problemsOf(() => loadConfig(env));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^PUBLIC_BASE_URL: is not set, and this is a production environment.*Fix: set it/);
    },
  );

  it('when it is missing outside production, then the server starts (local development)', () => {
    expect(loadConfig({ TWILIO_AUTH_TOKEN: TOKEN }).ivr.publicBaseUrl).toBeUndefined();
  });
});

describe('PUBLIC_BASE_URL values that would make every signature fail', () => {
  it.each([
    ['https://help.example.org/#', /"#" or "\?"/],
    ['https://help.example.org/?', /"#" or "\?"/],
    ['https://help.example.org?x=1', /"#" or "\?"/],
    ['https://help.example.org /prod', /whitespace/],
    [' https://help.example.org', /whitespace/],
    ['https://help.example.org/ivr', /contains \/ivr/],
    ['https://help.example.org/ivr/voice', /contains \/ivr/],
    ['https://help.example.org/prod/IVR/', /contains \/ivr/],
    ['https://user:pw@help.example.org', /user name or password/],
    ['ftp://help.example.org', /https:\/\//],
  ])('when it is %j, then it is refused with the fix', (value, why) => {
    const problems = problemsOf(() => loadIvrConfig({ PUBLIC_BASE_URL: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
    expect(problems[0]).toMatch(/Fix: set it to the https address Twilio calls, without \/ivr/);
  });

  it.each([
    ['https://help.example.org', ''],
    ['https://abc.execute-api.us-east-1.amazonaws.com/prod/', '/prod'],
    ['https://help.example.org/helpline/v1', '/helpline/v1'],
    ['https://help.example.org/ivrs', '/ivrs'],
  ])('when it is %j, then it is accepted and its base path is %j', (value, basePath) => {
    expect(loadIvrConfig({ PUBLIC_BASE_URL: value }).basePath).toBe(basePath);
  });
});

describe('request limits', () => {
  it('when nothing is set, then a request has 10 s, headers 5 s, checked every second, 256 connections, 32 an address', () => {
    expect(loadConfig({}).http).toEqual({
      requestTimeoutMs: 10_000,
      headersTimeoutMs: 5_000,
      checkIntervalMs: 1_000,
      maxConnections: 256,
      maxConnectionsPerAddress: 32,
      trustProxyHops: 0,
    });
  });

  it('when the values are not numbers, then every variable is named', () => {
    const problems = problemsOf(() =>
      loadConfig({ REQUEST_TIMEOUT_SECONDS: '10m', MAX_CONNECTIONS: '-1', MAX_CONNECTIONS_PER_ADDRESS: '0' }),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'REQUEST_TIMEOUT_SECONDS',
      'MAX_CONNECTIONS',
      'MAX_CONNECTIONS_PER_ADDRESS',
    ]);
  });
});
