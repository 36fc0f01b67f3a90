// The composed app over real HTTP: health check, 404, the 64 kB body limit, one error answer, no x-powered-by.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app/app.js';
import { loadConfig } from '../../app/config.js';
import type { Running } from '../../app/local.js';
import { callParams, post, silentLogger, startLine, stopLine } from '../ivr/helpers.js';
import { TOKEN } from '../support/twilio.js';

describe('createApp', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine();
  });
  afterAll(async () => stopLine(line));

  it('when GET /healthz, then 200 JSON and no x-powered-by header', async () => {
    const res = await fetch(`${line.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when a route does not exist, then 404', async () => {
    expect((await fetch(`${line.url}/no/such/route`)).status).toBe(404);
    expect((await fetch(`${line.url}/ivr/voice`)).status).not.toBe(200); // the phone line only takes POST
  });

  it('when a form body is over 64 kB, then 413 before anything else happens', async () => {
    const params = { ...callParams(), Padding: 'x'.repeat(65 * 1024) };
    const reply = await post(`${line.url}/ivr/voice`, params);
    expect(reply.status).toBe(413);
    expect(reply.text).toContain('64 kB');
  });

  it('when a body that is not a form is over 64 kB, then 413 too', async () => {
    const res = await fetch(`${line.url}/ivr/voice`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(65 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('when a form body is just under 64 kB, then it is read (and here rejected only for its signature)', async () => {
    const params = { ...callParams(), Padding: 'x'.repeat(60 * 1024) };
    expect((await post(`${line.url}/ivr/voice`, params, { token: null })).status).toBe(403);
    expect((await post(`${line.url}/ivr/voice`, params)).status).toBe(200);
  });

  it('when the config is unsigned but production, then createApp refuses to build the app', () => {
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN });
    const unsafe = { ...config, production: true, ivr: { ...config.ivr, authToken: undefined } };
    expect(() => createApp(unsafe, { logger: silentLogger() })).toThrow(/TWILIO_AUTH_TOKEN/);
  });
});
