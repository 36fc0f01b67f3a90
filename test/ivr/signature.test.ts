// Twilio's signature over the URL exactly as received, on a real server: no re-encoded or padded query passes, the
// default port may be written or left out, a query no route uses is refused, and no token means no unsigned line in
// production.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { ConfigError } from '../../infra/config-error.js';
import { signatureCheck, urlsToTry } from '../../ivr/signature.js';
import { callParams, post, silentLogger, startLine, stopLine } from './helpers.js';

describe('the URL the signature covers', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine();
  });
  afterAll(async () => stopLine(line));

  const dialParams = (): Record<string, string> => ({ ...callParams(), DialCallStatus: 'busy' });

  it('when 1,000 empty pairs and &auto=1 are added to a signed /ivr/dial URL, then 400 and the answer is not changed', async () => {
    const signed = `${line.url}/ivr/dial/traffickingHotline?lang=en-US&from=main`;
    const honest = await post(signed, dialParams());
    expect(honest.status).toBe(200);
    const padded = await post(`${signed}${'&'.repeat(1000)}&auto=1`, dialParams(), { signUrl: signed });
    expect(padded.status).toBe(400);
    expect(padded.text).not.toContain('<Response');
  });

  it('when the query is sent encoded otherwise than it was signed, then 403 (no re-encoded retry)', async () => {
    const signed = `${line.url}/ivr/dial/traffickingHotline?lang=en-US&from=main`;
    const reencoded = `${line.url}/ivr/dial/traffickingHotline?lang=en%2DUS&from=main`;
    expect((await post(reencoded, dialParams(), { signUrl: signed })).status).toBe(403);
    expect((await post(reencoded, dialParams())).status).toBe(200);
  });

  it.each([
    ['a trailing &', '/ivr/menu/main?lang=en-US&tries=0&'],
    ['two & in a row', '/ivr/menu/main?lang=en-US&&tries=0'],
    ['a leading &', '/ivr/menu/main?&lang=en-US'],
    ['more pairs than any route uses', '/ivr/topic/signs?lang=en-US&tries=0&from=main&part=1&x=1'],
  ])('when the query has %s, then 400 even though the signature covers it', async (_what, path) => {
    const reply = await post(`${line.url}${path}`, callParams());
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/query/);
  });

  it('when the query has every pair a route uses, some of them empty values, then it is answered', async () => {
    expect((await post(`${line.url}/ivr/topic/signs?lang=en-US&tries=0&from=main&part=`, callParams())).status).toBe(
      200,
    );
  });
});

describe('the default port, written or not', () => {
  const PUBLIC = 'https://help.example.org';
  let line: Running;
  beforeAll(async () => {
    line = await startLine({ PUBLIC_BASE_URL: PUBLIC });
  });
  afterAll(async () => stopLine(line));

  it('when Twilio signed the public URL with :443, then it is accepted', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams(), { signUrl: `${PUBLIC}:443/ivr/voice` });
    expect(reply.status).toBe(200);
  });

  it('when the signature covers another port, then 403', async () => {
    const reply = await post(`${line.url}/ivr/voice`, callParams(), { signUrl: `${PUBLIC}:8443/ivr/voice` });
    expect(reply.status).toBe(403);
  });

  it('when PUBLIC_BASE_URL names :443 and Twilio signed it without, then it is accepted', async () => {
    const withPort = await startLine({ PUBLIC_BASE_URL: `${PUBLIC}:443` });
    try {
      const reply = await post(`${withPort.url}/ivr/voice`, callParams(), { signUrl: `${PUBLIC}/ivr/voice` });
      expect(reply.status).toBe(200);
    } finally {
      await stopLine(withPort);
    }
  });
});

describe('urlsToTry', () => {
  it.each([
    [
      'https://h.org/ivr/voice?lang=es-US',
      ['https://h.org/ivr/voice?lang=es-US', 'https://h.org:443/ivr/voice?lang=es-US'],
    ],
    ['https://h.org:443/ivr/voice', ['https://h.org:443/ivr/voice', 'https://h.org/ivr/voice']],
    ['http://127.0.0.1:3000/ivr/voice', ['http://127.0.0.1:3000/ivr/voice']],
    ['http://[::1]/ivr/voice', ['http://[::1]/ivr/voice', 'http://[::1]:80/ivr/voice']],
    ['https://h.org:80/ivr/voice', ['https://h.org:80/ivr/voice']],
  ])('when the URL received is %s, then the signature may cover %j and nothing else', (url, tried) => {
    expect(urlsToTry(url)).toEqual(tried);
  });
});

describe('no token', () => {
  it('when the signature check is built in production without a token, then it refuses naming TWILIO_AUTH_TOKEN', () => {
    const build = (): unknown =>
      signatureCheck({ authToken: undefined, publicBaseUrl: undefined, production: true, logger: silentLogger() });
    expect(build).toThrow(ConfigError);
    expect(build).toThrow(/TWILIO_AUTH_TOKEN: is not set, and this is a production environment/);
  });
});
