// The browser call's API secret read at run time from SSM Parameter Store (a stand-in SSM: aws-sdk-client-mock), in
// the web function as Lambda runs it: not at start, once on the first token, retried after a failure, never in the
// configuration. serverless.yml names only the parameter (package.test.ts checks the template).

import { createHmac, timingSafeEqual } from 'node:crypto';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webHandlerEnv } from '../../scripts/deploy/bundle-env.js';
import { loadWebConfig } from '../../web/config.js';
import { createHandler } from '../../web/lambda-handler.js';
import { VOICE_ENV } from '../web/helpers.js';
import { problemsOf } from '../app/config-problems.js';
import { API_HOST, httpApiEvent } from './events.js';

const PARAMETER = '/westmont-help-line/test/twilio-api-secret';
const SECRET = 'stand-in-api-secret-from-ssm';
/** The browser call's identifiers without its secret, which comes from SSM here. */
const SIDS = {
  TWILIO_ACCOUNT_SID: VOICE_ENV.TWILIO_ACCOUNT_SID,
  TWILIO_API_KEY: VOICE_ENV.TWILIO_API_KEY,
  TWILIO_TWIML_APP_SID: VOICE_ENV.TWILIO_TWIML_APP_SID,
};
const ssm = mockClient(SSMClient);
const region = process.env.AWS_REGION;

/** The token's HS256 signature checked against `secret`: the key Twilio would verify it with. */
function signedWith(token: string, secret: string): boolean {
  const [header, payload, signature] = token.split('.');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  return timingSafeEqual(expected, Buffer.from(signature ?? '', 'base64url'));
}

const askToken = (handler: ReturnType<typeof createHandler>) =>
  handler(
    httpApiEvent({ method: 'POST', path: '/voice-token', headers: { origin: `https://${API_HOST}` } }),
    {} as never,
  );

beforeAll(() => {
  process.env.AWS_REGION = 'us-east-1';
});
beforeEach(() => {
  ssm.reset();
  ssm.on(GetParameterCommand).resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: SECRET } });
});
afterAll(() => {
  ssm.restore();
  if (region === undefined) delete process.env.AWS_REGION;
  else process.env.AWS_REGION = region;
});

const env = { ...webHandlerEnv('https://help.example.test'), ...SIDS, TWILIO_API_SECRET_PARAMETER: PARAMETER };

describe('TWILIO_API_SECRET_PARAMETER in the web function', () => {
  it('when the function starts, then SSM is not asked and the configuration holds the name only', () => {
    const config = loadWebConfig(env);
    expect(JSON.stringify(config)).not.toContain(SECRET);
    expect(config.voice).toMatchObject({ apiSecretParameter: PARAMETER });
    createHandler({ ...env, LOG_LEVEL: 'silent' });
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(0);
  });

  it('when tokens are asked, then the secret is fetched once, decrypted, and every token is signed with it', async () => {
    const handler = createHandler({ ...env, LOG_LEVEL: 'silent' });
    const results = [await askToken(handler), await askToken(handler)];
    for (const result of results) {
      expect(result.statusCode).toBe(200);
      expect(signedWith((JSON.parse(result.body ?? '{}') as { token: string }).token, SECRET)).toBe(true);
    }
    const calls = ssm.commandCalls(GetParameterCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({ Name: PARAMETER, WithDecryption: true });
  });

  it('when SSM fails, then 503 and no token, and the next request tries again', async () => {
    ssm.reset();
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(Object.assign(new Error('AccessDeniedException'), { name: 'AccessDeniedException' }))
      .resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: SECRET } });
    const handler = createHandler({ ...env, LOG_LEVEL: 'silent' });
    const failed = await askToken(handler);
    expect(failed.statusCode).toBe(503);
    expect(failed.body).not.toContain('token"');
    expect((await askToken(handler)).statusCode).toBe(200);
  });
});

describe('the browser call settings', () => {
  it('when only the parameter is named (serverless.yml names it always), then the browser call stays off', () => {
    const off = {
      TWILIO_ACCOUNT_SID: '',
      TWILIO_API_KEY: '',
      TWILIO_TWIML_APP_SID: '',
      TWILIO_API_SECRET_PARAMETER: PARAMETER,
    };
    expect(loadWebConfig(off).voice).toBeUndefined();
  });

  it('when the SIDs are given with neither the secret nor its parameter, then start-up fails naming both', () => {
    expect(problemsOf(() => loadWebConfig(SIDS))).toEqual([
      expect.stringMatching(/^TWILIO_API_SECRET: is missing.*Fix: .*TWILIO_API_SECRET_PARAMETER/),
    ]);
  });

  it('when the parameter name is not an SSM name, then start-up fails naming the variable', () => {
    expect(problemsOf(() => loadWebConfig({ ...SIDS, TWILIO_API_SECRET_PARAMETER: 'api secret' }))).toEqual([
      expect.stringMatching(/^TWILIO_API_SECRET_PARAMETER: "api secret" is not an SSM parameter name/),
    ]);
  });
});
