// Slow steps: a content lookup that stalls past Twilio's patience, and a caller's connection that trickles its
// request in. The caller still hears the hotline number; other callers are answered meanwhile.

import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { callParams, post, startLine, stopLine } from '../ivr/helpers.js';
import { requestHead, twilioWebhook } from '../support/twilio.js';
import { blockFor, corrupt } from './corrupt.js';
import { expectFallbackAnswer, expectScreen } from './expect-fallback.js';
import { twilioRequest } from './twilio-like.js';

let line: Running;
const restores: (() => void)[] = [];
beforeAll(async () => {
  line = await startLine();
});
afterAll(async () => stopLine(line));
afterEach(() => {
  for (const restore of restores.splice(0)) restore();
});

describe('when a step is slower than Twilio waits', () => {
  it('when the lookup stalls, then Twilio (simulated) gives up and its fallback URL gives the hotline and a dial', async () => {
    // Twilio waits 15 s; here a 300 ms patience against a 1.5 s stall keeps the test short with the same shape.
    let stalled = 0;
    const words = 'Signs can include someone who is not allowed to speak for themselves.';
    restores.push(
      corrupt('en-US', 'topic.signs.summary', {
        get: () => {
          stalled += 1;
          blockFor(1500);
          return words;
        },
      }),
    );
    const answer = await twilioRequest(
      `${line.url}/ivr/menu/report?lang=en-US&tries=0`,
      `${line.url}/ivr/fallback?lang=en-US`,
      { ...callParams(), Digits: '1' },
      300,
    );
    expect(stalled).toBeGreaterThan(0);
    expect(answer).toMatchObject({ from: 'fallback', reason: 'TimeoutError' });
    expectFallbackAnswer(answer.reply, 'en-US');
  });

  it("when the step is slow but within Twilio's patience, then the caller simply gets the screen", async () => {
    restores.push(
      corrupt('en-US', 'topic.signs.summary', {
        get: () => {
          blockFor(200);
          return 'Signs can include someone who is not allowed to speak for themselves.';
        },
      }),
    );
    const answer = await twilioRequest(
      `${line.url}/ivr/menu/report?lang=en-US&tries=0`,
      `${line.url}/ivr/fallback?lang=en-US`,
      { ...callParams(), Digits: '1' },
      10_000,
    );
    expect(answer.from).toBe('primary');
    expectScreen(answer.reply);
  });
});

describe("when one caller's connection is slow", () => {
  it('when a request trickles in a few bytes at a time, then other calls are answered meanwhile and it is answered too', async () => {
    const url = new URL('/ivr/menu/main?lang=es-US&tries=0', line.url);
    const webhook = twilioWebhook(url.href, { ...callParams(), Digits: '1' });
    const { body } = webhook;
    // A latch, not timing: the slow caller holds back its last bytes until the other calls have been answered.
    let release!: () => void;
    const othersAnswered = new Promise<void>((resolve) => (release = resolve));
    let answeredBeforeRelease: boolean | undefined;

    const slow = new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname);
      let answer = '';
      socket.on('data', (d) => (answer += d.toString()));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
      socket.write(requestHead(`${url.pathname}${url.search}`, url.host, webhook));
      const last = body.length - 8;
      let i = 0;
      const timer = setInterval(() => {
        socket.write(body.slice(i, Math.min(i + 8, last)));
        i += 8;
        if (i < last) return;
        clearInterval(timer);
        void othersAnswered.then(() => {
          answeredBeforeRelease = answer !== '';
          socket.write(body.slice(last));
        });
      }, 40);
    });

    for (let n = 0; n < 10; n++) expectScreen(await post(`${line.url}/ivr/voice`, callParams()));
    release();
    const raw = await slow;
    expect(answeredBeforeRelease).toBe(false);
    expect(raw.startsWith('HTTP/1.1 200')).toBe(true);
    expect(raw).toContain('<Dial');
  });
});
