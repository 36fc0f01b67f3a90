// POST /alexa on a real listening server (port 0): Amazon's signature and timestamp checks, the skill-ID check,
// and the unsigned mode that only a loopback server may use.

import { createServer } from 'node:http';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { prompt, type Locale } from '../../content/index.js';
import type { AlexaHttpConfig } from '../../lambda/config.js';
import { alexaRouter } from '../../lambda/http.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { loadConfig } from '../../app/config.js';
import { createLogger } from '../../infra/logger.js';
import { start, stop, type Running } from '../../app/local.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { listen, type Listening } from '../support/listen.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';
const OTHER_SKILL = 'amzn1.ask.skill.99999999-abcd-4ef0-9876-0123456789ab';
const silent = createLogger({ level: 'silent' });

/** A LaunchRequest as Alexa sends it, `ageMs` old. */
function launchEnvelope(skillId: string, ageMs = 0, locale: Locale = 'en-US'): string {
  const sentAt = new Date(Date.now() - ageMs);
  return JSON.stringify(requestEnvelope(locale, { type: 'LaunchRequest' }, { skillId, sentAt }));
}

const servers: Listening[] = [];
const running: Running[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(running.splice(0).map((r) => stop(r)));
});

async function serve(config: AlexaHttpConfig, before?: express.RequestHandler): Promise<string> {
  const app = express();
  if (before) app.use(before);
  app.use(alexaRouter(config, { logger: silent }));
  const listening = await listen(createServer(app));
  servers.push(listening);
  return `${listening.url}/alexa`;
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('POST /alexa with verification on (the default)', () => {
  it('when a request carries no signature, then it is refused with 400', async () => {
    const url = await serve({ verifySignature: true });
    const res = await post(url, launchEnvelope(SKILL_ID));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Bad request.');
  });

  it("when the signature certificate is not on Amazon's host, then it is refused with 400 before any download", async () => {
    const url = await serve({ verifySignature: true });
    const res = await post(url, launchEnvelope(SKILL_ID), {
      signature: 'bm90IGEgc2lnbmF0dXJl',
      signaturecertchainurl: 'https://example.com/echo.api/echo-api-cert.pem',
    });
    expect(res.status).toBe(400);
  });
});

describe('POST /alexa with signature checks off (loopback only)', () => {
  it('when a fresh request comes, then the skill answers with the 911 notice first', async () => {
    const url = await serve({ verifySignature: false });
    const res = await post(url, launchEnvelope(SKILL_ID));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(
      body.response.outputSpeech.ssml.startsWith(`<speak>${renderSsml(prompt('en-US', 'alexa.emergencyNotice'))}`),
    ).toBe(true);
  });

  it('when the request is stale (timestamp 10 minutes old), then it is still refused with 400', async () => {
    const url = await serve({ verifySignature: false });
    expect((await post(url, launchEnvelope(SKILL_ID, 10 * 60_000))).status).toBe(400);
  });

  it('when a skill ID is configured and the request is for another skill, then it is refused with 400', async () => {
    const url = await serve({ verifySignature: false, skillId: SKILL_ID });
    expect((await post(url, launchEnvelope(OTHER_SKILL))).status).toBe(400);
    expect((await post(url, launchEnvelope(SKILL_ID))).status).toBe(200);
  });

  it('when the body is not JSON, then it is refused with 400', async () => {
    const url = await serve({ verifySignature: false });
    expect((await post(url, '{"version": "1.0", ')).status).toBe(400);
  });

  it('when another parser has already read the body, then the answer is a 400 that says what to send', async () => {
    const url = await serve({ verifySignature: false }, express.urlencoded({ extended: false }));
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/application\/json/);
  });

  it('when something other than POST arrives, then 405 says Alexa posts', async () => {
    const url = await serve({ verifySignature: false });
    const res = await fetch(url);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('the whole local server (npm start)', () => {
  it('when nothing is configured, then POST /alexa is mounted and refuses unsigned requests with 400', async () => {
    const app = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0' }), { logger: silent });
    running.push(app);
    expect((await post(`${app.url}/alexa`, launchEnvelope(SKILL_ID))).status).toBe(400);
  });

  it('when ALEXA_VERIFY_SIGNATURE=false on loopback, then the skill answers in Spanish to a Spanish request', async () => {
    const app = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0', ALEXA_VERIFY_SIGNATURE: 'false' }), {
      logger: silent,
    });
    running.push(app);
    const res = await post(`${app.url}/alexa`, launchEnvelope(SKILL_ID, 0, 'es-US'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(body.response.outputSpeech.ssml).toContain(renderSsml(prompt('es-US', 'alexa.welcome')));
  });
});
