// Compression of the page and its text files, over real HTTP on the local server and through the Lambda handler
// as API Gateway calls it: the browser's Accept-Encoding is respected, Vary is set, and the bytes decode back.

import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../web/lambda-handler.js';
import { handlerEnv } from '../../scripts/deploy/bundle-env.js';
import type { Running } from '../../app/local.js';
import { buildWebAssets } from '../../web/build.js';
import { chooseEncoding } from '../../web/compress.js';
import { VOICE_ENV, startApp, stopApp } from './helpers.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decompress it and hide the encoding). */
function rawGet(url: string, acceptEncoding?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (raw: Raw): Buffer =>
  raw.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(raw.body)
    : raw.headers['content-encoding'] === 'gzip'
      ? gunzipSync(raw.body)
      : raw.body;

let server: Running;

beforeAll(async () => {
  await buildWebAssets();
  server = await startApp(VOICE_ENV);
});

afterAll(async () => {
  if (server) await stopApp(server);
});

const PATHS = ['/', '/es', '/assets/page.css', '/assets/quick-exit.js', '/assets/call.js', '/assets/voice-sdk.js'];

describe('compression on the local server', () => {
  it.each(PATHS)(
    'when %s is asked for with br and gzip, then it comes brotli-compressed and decodes to the same bytes',
    async (path) => {
      const plain = await rawGet(`${server.url}${path}`);
      const br = await rawGet(`${server.url}${path}`, 'gzip, deflate, br;q=1.0');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(br.status).toBe(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.body.length).toBeLessThan(plain.body.length);
      expect(decode(br).equals(plain.body)).toBe(true);
    },
  );

  it.each(PATHS)('when %s is asked for with gzip only, then it comes gzip-compressed', async (path) => {
    const gz = await rawGet(`${server.url}${path}`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(decode(gz).equals((await rawGet(`${server.url}${path}`)).body)).toBe(true);
  });

  it.each([
    [undefined, 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0, identity', 'identity'],
    ['identity;q=0', 'identity'],
    ['GZIP ; q=0.8, identity;q=0.5', 'gzip'],
  ])('when Accept-Encoding is %j, then %s is chosen', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('when the browser refuses brotli (br;q=0), then it gets gzip', async () => {
    expect((await rawGet(`${server.url}/`, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('when the browser accepts no compression, then the page comes as it is, still with Vary', async () => {
    const raw = await rawGet(`${server.url}/`, 'identity');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.headers.vary).toMatch(/accept-encoding/i);
    expect(raw.body.toString('utf8')).toMatch(/^<!doctype html>/);
  });

  it('when the tone is asked for, then it is sent as it is (audio does not shrink)', async () => {
    const raw = await rawGet(`${server.url}/assets/tone.wav`, 'gzip, br');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.subarray(0, 4).toString('ascii')).toBe('RIFF');
  });
});

function apiGatewayEvent(path: string, acceptEncoding: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'help.example.test', 'accept-encoding': acceptEncoding },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'help.example.test',
      domainPrefix: 'help',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: 'id',
      routeKey: '$default',
      stage: '$default',
      time: '01/Dec/2026:00:00:00 +0000',
      timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

describe('compression on Lambda (API Gateway HTTP API)', () => {
  const handler = createHandler(handlerEnv('https://help.example.test'));

  it.each([
    ['/', 'br'],
    ['/es', 'gzip'],
    ['/assets/page.css', 'br'],
    ['/assets/quick-exit.js', 'gzip'],
  ])(
    'when %s is asked for with %s, then the compressed body goes back base64-encoded with its Content-Encoding',
    async (path, encoding) => {
      const result = await handler(apiGatewayEvent(path, encoding), {} as Context);
      expect(result.statusCode).toBe(200);
      expect(result.isBase64Encoded).toBe(true);
      expect(result.headers?.['content-encoding']).toBe(encoding);
      expect(String(result.headers?.vary)).toMatch(/accept-encoding/i);
      const body = Buffer.from(result.body ?? '', 'base64');
      const decoded = encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body);
      if (path.startsWith('/assets/')) expect(decoded.equals((await rawGet(`${server.url}${path}`)).body)).toBe(true);
      else expect(decoded.toString('utf8')).toMatch(/^<!doctype html>\n<html lang="(en|es)-US">/);
    },
  );
});
