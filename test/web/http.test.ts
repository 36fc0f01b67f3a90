// The web routes over real HTTP on port 0: headers, languages, files, the token route and its rate limit.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { buildWebAssets } from '../../web/build.js';
import { MAX_TOKEN_TTL_SECONDS } from '../../web/config.js';
import { VOICE_ENV, buildInto, startApp, startWebOnly, stopApp } from './helpers.js';
import type { Listening } from '../support/listen.js';

interface Jwt {
  header: Record<string, unknown>;
  payload: {
    iss: string;
    sub: string;
    iat: number;
    exp: number;
    jti: string;
    grants: { identity: string; voice?: { outgoing?: { application_sid: string }; incoming?: { allow: boolean } } };
  } & Record<string, unknown>;
}

const part = (s: string): unknown => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));

/** Decodes a JWT and checks its HS256 signature with the API secret, by hand (no library to trust). */
function decodeVerified(token: string, secret: string): Jwt {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWT');
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'base64url'))) throw new Error('bad signature');
  return { header: part(header) as Jwt['header'], payload: part(payload) as Jwt['payload'] };
}

const post = (url: string): Promise<Response> => fetch(url, { method: 'POST' });

let plain: Running;
let withCall: Running;

beforeAll(async () => {
  await buildWebAssets();
  [plain, withCall] = await Promise.all([
    startApp({}),
    startApp({ ...VOICE_ENV, WEB_QUICK_EXIT_URL: 'https://example.org/weather' }),
  ]);
});

afterAll(async () => {
  await Promise.all([plain && stopApp(plain), withCall && stopApp(withCall)]);
});

describe('GET / and /es', () => {
  it.each([
    ['/', 'en-US'],
    ['/es', 'es-US'],
  ])('when %s is asked for, then it answers the %s page as UTF-8 HTML', async (path, locale) => {
    const res = await fetch(`${plain.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-language')).toBe(locale);
    expect(await res.text()).toContain(`<html lang="${locale}">`);
  });

  it('sends a CSP with no inline code and nothing from other sites, no referrer, no cookie, no caching', async () => {
    const res = await fetch(`${plain.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('permissions-policy')).toContain('microphone=()');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when the browser call is on, then the CSP lets the page reach Twilio signalling and the microphone, only', async () => {
    const res = await fetch(`${withCall.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' wss://*.twilio.com;");
    expect(csp).toContain("script-src 'self';");
    expect(res.headers.get('permissions-policy')).toContain('microphone=(self)');
  });

  it('puts the configured quick-exit address on the page', async () => {
    expect(await (await fetch(`${withCall.url}/`)).text()).toContain('href="https://example.org/weather"');
  });
});

describe('GET /assets/:name', () => {
  it.each([
    ['page.css', 'text/css; charset=utf-8'],
    ['quick-exit.js', 'text/javascript; charset=utf-8'],
  ])('serves %s with its type, a validator and the same headers as the page', async (name, type) => {
    const res = await fetch(`${plain.url}/assets/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('etag')).toBeTruthy();
    expect(res.headers.get('set-cookie')).toBeNull();
    // fetch() adds "Cache-Control: no-cache" to conditional requests unless told otherwise; browsers revalidate so.
    const etag = res.headers.get('etag') ?? '';
    const again = await fetch(`${plain.url}/assets/${name}`, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('when the browser call is off, then the call script is not served at all', async () => {
    expect((await fetch(`${plain.url}/assets/call.js`)).status).toBe(404);
    expect((await fetch(`${withCall.url}/assets/call.js`)).status).toBe(200);
  });

  it.each(['nope.js', '..%2Fconfig.ts', '..%2F..%2Fpackage.json'])('when asked for %s, then 404', async (name) => {
    expect((await fetch(`${plain.url}/assets/${name}`)).status).toBe(404);
  });
});

describe('when the page has not been built', () => {
  let empty: Listening;
  let build: Awaited<ReturnType<typeof buildInto>>;

  beforeAll(async () => {
    build = await buildInto({ fakeSdk: false });
    await build.remove();
    empty = await startWebOnly({}, { assetsDir: build.dir });
  });
  afterAll(async () => empty?.close());

  it('then the page answers 503 with the fix, and the server itself stays up', async () => {
    const res = await fetch(`${empty.url}/`);
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(body).toContain('npm run build:web');
    expect(body).not.toContain(build.dir);
  });
});

describe('POST /voice-token', () => {
  it('when the browser call is not configured, then 404', async () => {
    const res = await post(`${plain.url}/voice-token`);
    expect(res.status).toBe(404);
  });

  it('issues a signed token for a random identity with only an outgoing grant to the TwiML app, for at most an hour', async () => {
    const res = await post(`${withCall.url}/voice-token`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await res.json()) as { token: string; ttlSeconds: number };
    const { header, payload } = decodeVerified(body.token, VOICE_ENV.TWILIO_API_SECRET);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' });
    expect(payload.iss).toBe(VOICE_ENV.TWILIO_API_KEY);
    expect(payload.sub).toBe(VOICE_ENV.TWILIO_ACCOUNT_SID);
    // Calls out to our TwiML app only; Twilio leaves "incoming" out of the grant when it is not allowed.
    expect(payload.grants.voice).toEqual({ outgoing: { application_sid: VOICE_ENV.TWILIO_TWIML_APP_SID } });
    expect(payload.exp - payload.iat).toBe(body.ttlSeconds);
    expect(body.ttlSeconds).toBeLessThanOrEqual(MAX_TOKEN_TTL_SECONDS);
    expect(payload.exp * 1000).toBeGreaterThan(Date.now());
    expect(payload.grants.identity).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives each token a different identity, so two visits cannot be linked', async () => {
    const identities = await Promise.all(
      [1, 2].map(async () => {
        const { token } = (await (await post(`${withCall.url}/voice-token`)).json()) as { token: string };
        return decodeVerified(token, VOICE_ENV.TWILIO_API_SECRET).payload.grants.identity;
      }),
    );
    expect(identities[0]).not.toBe(identities[1]);
  });

  it('when one address asks more often than WEB_VOICE_TOKEN_LIMIT allows, then 429 with a plain JSON error', async () => {
    const limited = await startApp({ ...VOICE_ENV, WEB_VOICE_TOKEN_LIMIT: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(`${limited.url}/voice-token`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await post(`${limited.url}/voice-token`);
      expect(res.status).toBe(429);
      expect(await res.json()).toMatchObject({ error: 'too_many_requests' });
      expect(res.headers.get('ratelimit-policy')).toContain('q=2');
      // The page itself is never rate-limited: someone in trouble can always read the numbers.
      expect((await fetch(`${limited.url}/`)).status).toBe(200);
    } finally {
      await stopApp(limited);
    }
  });

  it('when asked with GET, then 404 (only POST issues tokens)', async () => {
    expect((await fetch(`${withCall.url}/voice-token`)).status).toBe(404);
  });
});
