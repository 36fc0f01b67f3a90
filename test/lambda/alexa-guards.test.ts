// POST /alexa's guards on a real port: cheap offline checks before any download, Amazon's exact certificate URL,
// a bounded download and cache, a plain 400, and the unsigned local mode refused to anything forwarded.

import { createServer, type Server } from 'node:http';
import express from 'express';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { AlexaHttpConfig } from '../../lambda/config.js';
import { alexaRouter, boundedFetch, isAmazonCertUrl, type CertFetch } from '../../lambda/http.js';
import { BoundedCache } from '../../infra/bounded-cache.js';
import { createLogger } from '../../infra/logger.js';
import { createCounts } from '../../infra/metrics/events.js';
import { ALEXA_METRICS, type AlexaCountEvent as CountEvent } from '../../lambda/metrics.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { listen, type Listening } from '../support/listen.js';

const SKILL_ID = 'amzn1.ask.skill.12345678-abcd-4ef0-9876-0123456789ab';
const OTHER_SKILL = 'amzn1.ask.skill.99999999-abcd-4ef0-9876-0123456789ab';
const AMAZON_CERT = 'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem';
const silent = createLogger({ level: 'silent' });

/** A LaunchRequest for `skillId`, `ageMs` old. */
const envelope = (skillId: string, ageMs = 0): string =>
  JSON.stringify(
    requestEnvelope('en-US', { type: 'LaunchRequest' }, { skillId, sentAt: new Date(Date.now() - ageMs) }),
  );

/** The same with a timestamp that may be anything at all (left out when undefined). */
const envelopeAt = (skillId: string, timestamp: unknown): string =>
  JSON.stringify(requestEnvelope('en-US', { type: 'LaunchRequest', timestamp }, { skillId }));

const servers: Listening[] = [];
const closeAll = async (): Promise<void> => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
};
afterEach(closeAll);
afterAll(closeAll);

/** The server on a free port, closed after the test; its base URL. */
async function serveOn(server: Server): Promise<string> {
  const listening = await listen(server);
  servers.push(listening);
  return listening.url;
}

/** The router on a real port, with a stand-in for Amazon's certificate host that records every download. */
async function serve(config: AlexaHttpConfig, fetchCert: CertFetch = () => Promise.reject(new Error('unused'))) {
  const fetched: string[] = [];
  const counted: CountEvent[] = [];
  const app = express();
  const counts = createCounts<CountEvent>(ALEXA_METRICS, {
    add: (kind, labels) => counted.push({ kind, ...labels } as CountEvent),
  });
  app.use(
    alexaRouter(config, {
      logger: silent,
      counts,
      fetchCert: (url) => {
        fetched.push(url);
        return fetchCert(url);
      },
    }),
  );
  return { url: `${await serveOn(createServer(app))}/alexa`, fetched, counted };
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

const signed = (certUrl: string) => ({ 'signature-256': 'bm90IGEgc2lnbmF0dXJl', signaturecertchainurl: certUrl });

describe('isAmazonCertUrl', () => {
  it.each([
    AMAZON_CERT,
    'https://S3.AmazonAWS.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem',
  ])('when the URL is %s, then it is Amazon’s form', (url) => {
    expect(isAmazonCertUrl(url)).toBe(true);
  });

  it.each([
    'http://s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com.example.com/echo.api/echo-api-cert.pem',
    'https://example.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api/../attacker-bucket/cert.pem',
    'https://s3.amazonaws.com/echo.api/%2e%2e/attacker-bucket/cert.pem',
    'https://s3.amazonaws.com/ECHO.API/echo-api-cert.pem',
    'https://s3.amazonaws.com/echo.api.evil/cert.pem',
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1',
    'https://s3.amazonaws.com/echo.api/echo-api-cert.pem#x',
    'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem',
    'https://user@s3.amazonaws.com/echo.api/echo-api-cert.pem',
    'https://s3.amazonaws.com\\@example.com/echo.api/echo-api-cert.pem',
    ' https://s3.amazonaws.com/echo.api/echo-api-cert.pem',
  ])('when the URL is %j, then it is refused', (url) => {
    expect(isAmazonCertUrl(url)).toBe(false);
  });
});

describe('POST /alexa with signature checks on', () => {
  it('when the timestamp is stale, then 400 and nothing is downloaded, whatever certificate URL it names', async () => {
    const line = await serve({ verifySignature: true });
    const res = await post(line.url, envelope(SKILL_ID, 10 * 60_000), signed(AMAZON_CERT));
    expect(res.status).toBe(400);
    expect(line.fetched).toEqual([]);
  });

  it.each([
    ['ten minutes ahead', -10 * 60_000],
    ['151 s old', 151_000],
    ['151 s ahead', -151_000],
  ])('when the timestamp is %s, then 400 and nothing is downloaded', async (_when, ageMs) => {
    const line = await serve({ verifySignature: true, skillId: SKILL_ID });
    const res = await post(line.url, envelope(SKILL_ID, ageMs), signed(AMAZON_CERT));
    expect(res.status).toBe(400);
    expect(line.fetched).toEqual([]);
  });

  it.each([['yesterday'], [''], ['2026-13-45T99:00:00Z'], [null], [{ at: 'now' }], [undefined]])(
    'when the timestamp is unreadable (%j), then 400 and nothing is downloaded',
    async (timestamp) => {
      const line = await serve({ verifySignature: true, skillId: SKILL_ID });
      const res = await post(line.url, envelopeAt(SKILL_ID, timestamp), signed(AMAZON_CERT));
      expect(res.status).toBe(400);
      expect(line.fetched).toEqual([]);
    },
  );

  it.each([
    ['140 s old', 140_000],
    ['140 s ahead (a clock a little fast)', -140_000],
  ])('when the timestamp is %s, then it passes on to the signature check', async (_when, ageMs) => {
    const line = await serve({ verifySignature: true, skillId: SKILL_ID });
    await post(line.url, envelope(SKILL_ID, ageMs), signed(AMAZON_CERT));
    expect(line.fetched).toEqual([AMAZON_CERT]);
  });

  it('when the request is for another skill, then 400 and nothing is downloaded', async () => {
    const line = await serve({ verifySignature: true, skillId: SKILL_ID });
    const res = await post(line.url, envelope(OTHER_SKILL), signed(AMAZON_CERT));
    expect(res.status).toBe(400);
    expect(line.fetched).toEqual([]);
  });

  it('when the certificate URL climbs out of /echo.api/, then 400, nothing downloaded, one malformed refusal counted', async () => {
    const line = await serve({ verifySignature: true, skillId: SKILL_ID });
    const res = await post(
      line.url,
      envelope(SKILL_ID),
      signed('https://s3.amazonaws.com/echo.api/../attacker/cert.pem'),
    );
    expect(res.status).toBe(400);
    expect(line.fetched).toEqual([]);
    expect(line.counted).toEqual([{ kind: 'signatureRefused', channel: 'alexa', reason: 'malformed' }]);
  });

  it('when the download fails inside, then a plain 400 that says nothing about why', async () => {
    const line = await serve({ verifySignature: true }, () =>
      Promise.reject(new Error('getaddrinfo ENOTFOUND s3.amazonaws.com')),
    );
    const res = await post(line.url, envelope(SKILL_ID), signed(AMAZON_CERT));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('Bad request.');
    expect(line.fetched).toEqual([AMAZON_CERT]);
    expect(line.counted).toEqual([{ kind: 'signatureRefused', channel: 'alexa', reason: 'invalid' }]);
  });

  it('when certificate headers come without a signature, then 400 and nothing is downloaded', async () => {
    const line = await serve({ verifySignature: true, skillId: SKILL_ID });
    const res = await post(line.url, envelope(SKILL_ID), { signaturecertchainurl: AMAZON_CERT, signature: 'bm90' });
    expect(res.status).toBe(400);
    expect(line.fetched).toEqual([]);
  });

  it('when no signature is sent, then 400 and a missing refusal is counted', async () => {
    const line = await serve({ verifySignature: true });
    expect((await post(line.url, envelope(SKILL_ID))).status).toBe(400);
    expect(line.counted).toEqual([{ kind: 'signatureRefused', channel: 'alexa', reason: 'missing' }]);
  });
});

describe('POST /alexa with signature checks off (loopback only)', () => {
  it.each([
    ['x-forwarded-for', '203.0.113.9'],
    ['forwarded', 'for=203.0.113.9'],
    ['x-real-ip', '203.0.113.9'],
  ])('when a tunnel on this machine forwards a request (%s), then 403', async (name, value) => {
    const line = await serve({ verifySignature: false });
    expect((await post(line.url, envelope(SKILL_ID), { [name]: value })).status).toBe(403);
    expect((await post(line.url, envelope(SKILL_ID))).status).toBe(200);
  });
});

describe('the certificate download and cache', () => {
  it('when the host never answers, then the download gives up at its deadline', async () => {
    const base = await serveOn(createServer(() => undefined));
    await expect(boundedFetch(`${base}/echo.api/cert.pem`, 200, 1024)).rejects.toThrow();
  });

  it('when the answer is larger than a certificate chain, then the download stops', async () => {
    const base = await serveOn(createServer((_req, res) => res.end('x'.repeat(100_000))));
    await expect(boundedFetch(`${base}/cert.pem`, 5000, 64 * 1024)).rejects.toThrow(/too large/);
    expect(await boundedFetch(`${base}/cert.pem`, 5000, 200_000)).toHaveLength(100_000);
  });

  it('when more entries are added than the limit, then the oldest are forgotten', () => {
    const cache = new BoundedCache<string, string>(2);
    for (const key of ['a', 'b', 'c', 'b']) cache.set(key, key.toUpperCase());
    expect([...cache.keys()]).toEqual(['b', 'c']);
  });
});
