// POST /voice-token against other sites, and how many calls one browser token may start, on a real server.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { buildWebAssets } from '../../web/build.js';
import { HOTLINE_SPOKEN, callParams, findAll, parseTwiml, post, spokenNumbers } from '../ivr/helpers.js';
import { TOKEN } from '../support/twilio.js';
import { VOICE_ENV, startApp, stopApp } from './helpers.js';

let app: Running;
beforeAll(async () => {
  await buildWebAssets();
  app = await startApp({ ...VOICE_ENV, TWILIO_AUTH_TOKEN: TOKEN, WEB_VOICE_CALLS_PER_IDENTITY: '2' });
});
afterAll(async () => stopApp(app));

const tokenRequest = (headers: Record<string, string>): Promise<Response> =>
  fetch(`${app.url}/voice-token`, { method: 'POST', headers });

describe('POST /voice-token from a browser', () => {
  it('when the page on this site asks, then a token that lives about a minute', async () => {
    const res = await tokenRequest({ origin: app.url, 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ttlSeconds: number }).ttlSeconds).toBe(60);
  });

  it.each([
    [{ origin: 'https://evil.example' }],
    [{ origin: 'null' }],
    [{ origin: 'http://127.0.0.1:1' }],
    [{ 'sec-fetch-site': 'cross-site' }],
  ])('when another site asks (%j), then 403 and no token', async (headers) => {
    const res = await tokenRequest(headers);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'cross_site_request' });
  });
});

describe('calls one browser identity may start', () => {
  it('when one token starts more calls than WEB_VOICE_CALLS_PER_IDENTITY, then the extra call hears the hotline number and ends', async () => {
    const browser = { ...callParams(), From: 'client:0123456789abcdef0123456789abcdef' };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(parseTwiml((await post(`${app.url}/ivr/voice`, browser)).text));
    expect(answers.map((doc) => findAll(doc, 'Gather').length > 0)).toEqual([true, true, false]);
    const last = answers[2]!;
    expect(findAll(last, 'Hangup')).toHaveLength(1);
    expect(findAll(last, 'Say').flatMap(spokenNumbers)).toContain(HOTLINE_SPOKEN);
  });

  it('when another browser token or a phone caller calls, then they are not limited by it', async () => {
    const other = { ...callParams(), From: 'client:fedcba9876543210fedcba9876543210' };
    const phone = callParams();
    for (let i = 0; i < 3; i++) {
      expect(findAll(parseTwiml((await post(`${app.url}/ivr/voice`, phone)).text), 'Gather').length).toBeGreaterThan(0);
    }
    expect(findAll(parseTwiml((await post(`${app.url}/ivr/voice`, other)).text), 'Gather').length).toBeGreaterThan(0);
  });
});
