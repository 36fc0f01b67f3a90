// The red-team findings on a real server (port 0, real signatures), checked over HTTP so they hold whatever the
// implementation: headers on every answer, requests that used to crash the signature check, bad forms, base paths,
// the metrics listener, slow senders and the refused-signature count.

import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Running } from '../../app/local.js';
import { expectSecurityHeaders } from './security-headers.js';
import { VOICE_ENV } from '../web/helpers.js';
import { callParams, findAll, parseTwiml, post, startLine, stopLine } from '../ivr/helpers.js';
import { requestHead, twilioWebhook } from '../support/twilio.js';

/** Sends raw bytes and returns everything the server sends back until it closes the connection. */
function raw(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
    socket.end(request);
  });
}

const statusOf = (response: string): number => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1]);

/** A signed Twilio form request, written by hand so its request line and Host can be anything. */
function signedRaw(target: string, host: string, signUrl: string): string {
  const webhook = twilioWebhook(signUrl, callParams());
  return requestHead(target, host, webhook) + webhook.body;
}

let line: Running;
beforeAll(async () => {
  line = await startLine({ REQUEST_TIMEOUT_SECONDS: '2' });
});
afterAll(async () => stopLine(line));

describe('the security headers', () => {
  it.each([
    ['GET', '/healthz', 200],
    ['POST', '/ivr/voice', 403],
    ['POST', '/alexa', 400],
    ['GET', '/alexa', 405],
    ['GET', '/no-such-page', 404],
    ['GET', '/', 200],
    ['GET', '/assets/page.css', 200],
  ])('when %s %s is answered (%i), then it carries every security header', async (method, path, status) => {
    const res = await fetch(`${line.url}${path}`, { method });
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers, `${method} ${path}`);
  });

  it('when the phone line answers with TwiML, a refusal or a 404, then the answer is never stored', async () => {
    for (const reply of [
      await post(`${line.url}/ivr/voice`, callParams()),
      await post(`${line.url}/ivr/voice`, callParams(), { token: null }),
      await post(`${line.url}/ivr/nothing/here`, callParams()),
    ]) {
      expectSecurityHeaders(reply.headers, String(reply.status));
      expect(reply.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('when the skill answers or refuses, then the answer is never stored', async () => {
    const res = await fetch(`${line.url}/alexa`, { method: 'POST', body: '{}' });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('when the body is over the limit, then the 413 carries them too', async () => {
    const res = await fetch(`${line.url}/healthz`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `a=${'x'.repeat(70 * 1024)}`,
    });
    expect(res.status).toBe(413);
    expectSecurityHeaders(res.headers, '413');
  });

  it('when the request line is not HTTP at all, then Node’s own 400 carries them too', async () => {
    const answer = await raw(line.url, 'GARBAGE\r\n\r\n');
    expect(statusOf(answer)).toBe(400);
    const headers = Object.fromEntries(
      answer
        .split('\r\n\r\n')[0]!
        .split('\r\n')
        .slice(1)
        .map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    expectSecurityHeaders(headers, 'client error');
  });
});

describe('requests that used to crash the signature check', () => {
  it('when the request target is absolute-form, then 403, not 500', async () => {
    const { host } = new URL(line.url);
    const answer = await raw(line.url, signedRaw(`http://${host}/ivr/voice`, host, `http://${host}/ivr/voice`));
    expect(statusOf(answer)).toBe(403);
  });

  it('when the Host header is "[", then 403, not 500', async () => {
    const answer = await raw(line.url, signedRaw('/ivr/voice', '[', 'http://[/ivr/voice'));
    expect(statusOf(answer)).toBe(403);
  });

  it('when the same request is well formed, then it is answered (the two above fail for their shape alone)', async () => {
    const { host } = new URL(line.url);
    const answer = await raw(line.url, signedRaw('/ivr/voice', host, `http://${host}/ivr/voice`));
    expect(statusOf(answer)).toBe(200);
  });
});

describe('bad forms on /ivr get 400 before the signature check', () => {
  it('when a parameter is repeated in the body, then 400 even though the signature is valid for it', async () => {
    const reply = await post(`${line.url}/ivr/menu/main?lang=en-US&tries=0`, { Digits: ['1', '2'] });
    expect(reply.status).toBe(400);
    expect(reply.text).toMatch(/repeated/);
  });

  it('when a parameter is repeated in the query, then 400', async () => {
    expect((await post(`${line.url}/ivr/menu/main?lang=en-US&lang=es-US&tries=0`, callParams())).status).toBe(400);
  });

  it('when the body is text and unsigned, then 400 (not 403: it is refused for its shape first)', async () => {
    const res = await fetch(`${line.url}/ivr/voice`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(res.status).toBe(400);
  });
});

describe('refused signatures are counted, with no request data', () => {
  const refused = async (reason: string): Promise<number> => {
    const text = await (await fetch(`${line.metrics?.url}/metrics`)).text();
    const sample = `helpline_signatures_refused_total{channel="ivr",reason="${reason}"} `;
    const at = text.split('\n').find((l) => l.startsWith(sample));
    return at ? Number(at.slice(sample.length)) : 0;
  };

  it('when a forged and an unsigned request arrive, then each reason is counted once', async () => {
    const [invalid, missing] = [await refused('invalid'), await refused('missing')];
    await post(`${line.url}/ivr/voice`, { ...callParams(), From: '+15555550123' }, { token: 'f'.repeat(32) });
    await post(`${line.url}/ivr/voice`, callParams(), { token: null });
    expect([await refused('invalid'), await refused('missing')]).toEqual([invalid + 1, missing + 1]);
    expect(await (await fetch(`${line.metrics?.url}/metrics`)).text()).not.toContain('5555550123');
  });
});

describe('GET /metrics', () => {
  it('when asked on the main port, then 404: counts are served only on their own loopback listener', async () => {
    expect((await fetch(`${line.url}/metrics`)).status).toBe(404);
    expect(line.metrics?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(line.metrics?.url).not.toBe(line.url);
    expect((await fetch(`${line.metrics?.url}/metrics`)).status).toBe(200);
  });
});

describe('a slow sender', () => {
  it('when a body trickles in and never finishes, then the server closes the connection (408) after the request timeout', async () => {
    const { hostname, port } = new URL(line.url);
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.write(
      'POST /ivr/voice HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n',
    );
    const drip = setInterval(() => socket.write('a'), 200);
    // Generous upper bound (the timeout is 2 s here; Node's default would keep it for 300 s).
    const closed = await new Promise<boolean>((resolve) => {
      const giveUp = setTimeout(() => resolve(false), 20_000);
      socket.on('close', () => {
        clearTimeout(giveUp);
        resolve(true);
      });
    });
    clearInterval(drip);
    socket.destroy();
    expect(closed).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('PUBLIC_BASE_URL with a base path (an API stage or a custom domain mapping)', () => {
  let staged: Running;
  const PUBLIC = 'https://abc123.execute-api.us-east-1.amazonaws.com/prod';
  beforeAll(async () => {
    staged = await startLine({ PUBLIC_BASE_URL: PUBLIC });
  });
  afterAll(async () => stopLine(staged));

  it('when API Gateway passes the stage in the path, then the route matches and the signature is checked over PUBLIC_BASE_URL', async () => {
    const reply = await post(`${staged.url}/prod/ivr/voice`, callParams(), { signUrl: `${PUBLIC}/ivr/voice` });
    expect(reply.status).toBe(200);
    const gather = findAll(parseTwiml(reply.text), 'Gather')[0];
    expect(gather?.attrs.action).toMatch(new RegExp(`^${PUBLIC}/ivr/`));
  });

  it('when a proxy already took the base path off, then it matches too', async () => {
    const reply = await post(`${staged.url}/ivr/voice`, callParams(), { signUrl: `${PUBLIC}/ivr/voice` });
    expect(reply.status).toBe(200);
  });

  it('when the request was signed for another URL, then 403', async () => {
    const reply = await post(`${staged.url}/prod/ivr/voice`, callParams(), {
      signUrl: `${staged.url}/prod/ivr/voice`,
    });
    expect(reply.status).toBe(403);
  });
});

/** Opens `n` idle connections from `localAddress` and waits until the server has accepted them all. */
async function holdConnections(running: Running, n: number, localAddress: string) {
  const { hostname, port } = new URL(running.url);
  const sockets = Array.from({ length: n }, () => connect({ port: Number(port), host: hostname, localAddress }));
  await Promise.all(sockets.map((s) => new Promise((resolve) => s.once('connect', resolve))));
  return sockets;
}

/** Whether GET /healthz from `localAddress` is answered 200 on a fresh connection. */
function probe(running: Running, localAddress: string): Promise<boolean> {
  const { hostname, port } = new URL(running.url);
  return new Promise((resolve) => {
    const socket = connect({ port: Number(port), host: hostname, localAddress });
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('close', () => resolve(answer.startsWith('HTTP/1.1 200')));
    socket.on('error', () => resolve(false));
    socket.end('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
}

describe('behind a reverse proxy (TRUST_PROXY_HOPS)', () => {
  /** Asks for browser-call tokens as forwarded from `visitor`, with no report of a misconfiguration allowed. */
  async function tokens(env: NodeJS.ProcessEnv, visitors: string[]): Promise<number[]> {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const server = await startLine({ ...VOICE_ENV, WEB_VOICE_TOKEN_LIMIT: '2', ...env });
    try {
      const statuses: number[] = [];
      for (const visitor of visitors) {
        const res = await fetch(`${server.url}/voice-token`, {
          method: 'POST',
          headers: { 'x-forwarded-for': visitor },
        });
        statuses.push(res.status);
      }
      expect(errors.mock.calls.flat().map(String).join('\n')).not.toMatch(/ERR_ERL_/);
      return statuses;
    } finally {
      errors.mockRestore();
      await stopLine(server);
    }
  }

  it('when one proxy is declared, then the token limit counts each visitor the proxy names', async () => {
    expect(
      await tokens({ TRUST_PROXY_HOPS: '1' }, ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2']),
    ).toEqual([200, 200, 429, 200]);
  });

  it('when a visitor writes its own X-Forwarded-For before the proxy’s, then only the proxy’s entry counts', async () => {
    expect(
      await tokens({ TRUST_PROXY_HOPS: '1' }, ['1.1.1.1, 203.0.113.1', '2.2.2.2, 203.0.113.1', '3.3.3.3, 203.0.113.1']),
    ).toEqual([200, 200, 429]);
  });
});

describe('connections per address', () => {
  it('when one address holds every connection it may, then another address is still answered', async () => {
    // 127.0.0.2 and 127.0.0.3 are other clients on this machine's loopback network, no set-up needed.
    const capped = await startLine({ MAX_CONNECTIONS: '4', MAX_CONNECTIONS_PER_ADDRESS: '2' });
    const held = await holdConnections(capped, 4, '127.0.0.2');
    try {
      const answered = await Promise.all([probe(capped, '127.0.0.3'), probe(capped, '127.0.0.3')]);
      expect(answered).toEqual([true, true]);
      // The one address got only its share: its own next request is refused while it holds them.
      expect(await probe(capped, '127.0.0.2')).toBe(false);
    } finally {
      for (const s of held) s.destroy();
      await stopLine(capped);
    }
  });
});

describe('the connection cap', () => {
  it('when more connections are open than MAX_CONNECTIONS, then the extra ones are closed at once', async () => {
    const capped = await startLine({ MAX_CONNECTIONS: '2' });
    const { hostname, port } = new URL(capped.url);
    const open = [connect(Number(port), hostname), connect(Number(port), hostname)];
    await Promise.all(open.map((s) => new Promise((resolve) => s.once('connect', resolve))));
    try {
      // The server must have accepted the two before the extra one arrives (it must not be counted before them).
      while ((await new Promise<number>((resolve) => capped.server.getConnections((_e, n) => resolve(n)))) < 2) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      const extra = connect(Number(port), hostname);
      const closed = await new Promise<boolean>((resolve) => {
        extra.once('close', () => resolve(true));
        extra.once('error', () => resolve(true));
        setTimeout(() => resolve(false), 10_000);
      });
      expect(closed).toBe(true);
      extra.destroy();
    } finally {
      for (const s of open) s.destroy();
      await stopLine(capped);
    }
  });
});
