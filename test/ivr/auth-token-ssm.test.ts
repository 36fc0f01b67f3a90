// The Twilio auth token read at run time from SSM Parameter Store (a stand-in SSM: aws-sdk-client-mock), on a real
// server: not at start, once on the first request, kept, retried after a failure, and read again (at most once a
// minute) when a request it refuses may carry a rotated token.

import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../infra/http.js';
import { ssmSecret } from '../../infra/ssm-secret.js';
import { loadIvrConfig } from '../../ivr/config.js';
import { REREAD_AFTER_MS, signatureCheck, type SignatureCheck } from '../../ivr/signature.js';
import type { Running } from '../../app/local.js';
import { callParams, post, startLine, stopLine } from './helpers.js';
import { OTHER_TOKEN, TOKEN, twilioWebhook } from '../support/twilio.js';

const PARAMETER = '/westmont-help-line/test/twilio-auth-token';
const ssm = mockClient(SSMClient);
const region = process.env.AWS_REGION;

let line: Running;
beforeAll(async () => {
  process.env.AWS_REGION = 'us-east-1';
  ssm.on(GetParameterCommand).resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: TOKEN } });
  line = await startLine({ TWILIO_AUTH_TOKEN: undefined, TWILIO_AUTH_TOKEN_PARAMETER: PARAMETER });
});
afterAll(async () => {
  await stopLine(line);
  ssm.restore();
  if (region === undefined) delete process.env.AWS_REGION;
  else process.env.AWS_REGION = region;
});

describe('TWILIO_AUTH_TOKEN_PARAMETER', () => {
  it('when the server has started, then SSM has not been asked yet (cold start does not wait for it)', () => {
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(0);
  });

  it('when signed calls come in, then the token is fetched once, decrypted, and every call is checked with it', async () => {
    const replies = await Promise.all([1, 2, 3].map(() => post(`${line.url}/ivr/voice`, callParams())));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await post(`${line.url}/ivr/voice`, callParams())).status).toBe(200);
    const calls = ssm.commandCalls(GetParameterCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({ Name: PARAMETER, WithDecryption: true });
  });

  it('when a request is signed with another token, then 403', async () => {
    expect((await post(`${line.url}/ivr/voice`, callParams(), { token: 'f'.repeat(32) })).status).toBe(403);
  });

  it('when the parameter name is not an SSM name, then start-up fails naming the variable', () => {
    expect(() => loadIvrConfig({ TWILIO_AUTH_TOKEN_PARAMETER: 'twilio token' })).toThrow(
      /TWILIO_AUTH_TOKEN_PARAMETER: "twilio token" is not an SSM parameter name/,
    );
  });
});

describe('when SSM fails', () => {
  let failing: Running;
  beforeAll(async () => {
    failing = await startLine({ TWILIO_AUTH_TOKEN: undefined, TWILIO_AUTH_TOKEN_PARAMETER: PARAMETER });
  });
  afterAll(async () => stopLine(failing));
  afterEach(() => {
    ssm.reset();
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: TOKEN } });
  });

  it('when the first fetch fails, then 503 (nothing unchecked is served), and the next request tries again', async () => {
    ssm.reset();
    ssm
      .on(GetParameterCommand)
      .rejectsOnce(Object.assign(new Error('AccessDeniedException'), { name: 'AccessDeniedException' }))
      .resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: TOKEN } });
    expect((await post(`${failing.url}/ivr/voice`, callParams())).status).toBe(503);
    expect((await post(`${failing.url}/ivr/voice`, callParams())).status).toBe(200);
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(2);
  });
});

describe('when the token is rotated in SSM while a container keeps the old one', () => {
  const url = 'https://help.example.org/ivr/voice';
  const params = callParams();
  const signedWith = (token: string): HttpRequest => {
    const { body, headers } = twilioWebhook(url, params, { token });
    return { method: 'POST', url: '/ivr/voice', headers, body: Buffer.from(body), protocol: 'https' };
  };
  let clock = 0;
  let check: SignatureCheck;

  beforeAll(() => {
    ssm.reset();
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: TOKEN } });
    check = signatureCheck({
      authToken: ssmSecret(PARAMETER, () => clock),
      publicBaseUrl: 'https://help.example.org',
      production: true,
    });
  });

  it('when Twilio signs with the new token, then it is refused for a minute after the last read, and allowed after it', async () => {
    expect(await check(signedWith(TOKEN), params)).toBe('allowed');
    ssm.on(GetParameterCommand).resolves({ Parameter: { Name: PARAMETER, Type: 'SecureString', Value: OTHER_TOKEN } });
    clock += REREAD_AFTER_MS - 1;
    expect(await check(signedWith(OTHER_TOKEN), params)).toBe('forbidden');
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(1);
    clock += 1;
    expect(await check(signedWith(OTHER_TOKEN), params)).toBe('allowed');
    expect(await check(signedWith(OTHER_TOKEN), params)).toBe('allowed');
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(2);
  });

  it('when forged requests keep coming, then SSM is read at most once a minute and each is refused', async () => {
    const before = ssm.commandCalls(GetParameterCommand).length;
    clock += REREAD_AFTER_MS;
    for (let i = 0; i < 5; i += 1) expect(await check(signedWith('f'.repeat(32)), params)).toBe('forbidden');
    expect(ssm.commandCalls(GetParameterCommand)).toHaveLength(before + 1);
  });

  it('when SSM fails on the re-read, then the kept token still checks requests', async () => {
    clock += REREAD_AFTER_MS;
    ssm
      .on(GetParameterCommand)
      .rejects(Object.assign(new Error('ThrottlingException'), { name: 'ThrottlingException' }));
    expect(await check(signedWith('f'.repeat(32)), params)).toBe('forbidden');
    expect(await check(signedWith(OTHER_TOKEN), params)).toBe('allowed');
  });
});
