// The load bench's own parts (no timings asserted): its signed requests are ones the real server accepts, the
// memory verdict, and that the 60 s memory check runs only when asked for.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASUREMENTS } from '../../scripts/bench.js';
import { isFlat, memoryTest } from '../../scripts/bench/load-memory.js';
import { answerOf, loadTest, phoneTargets, type Target } from '../../scripts/bench/load.js';
import { STAND_IN_AUTH_TOKEN } from '../../scripts/deploy/bundle-env.js';
import type { Running } from '../../app/local.js';
import { parseTwiml, startLine, stopLine } from '../ivr/helpers.js';

describe('phoneTargets', () => {
  let line: Running;
  beforeAll(async () => {
    line = await startLine({ TWILIO_AUTH_TOKEN: STAND_IN_AUTH_TOKEN });
  });
  afterAll(async () => stopLine(line));

  it('when each target is sent to the real server, then it passes the signature check and gets a menu', async () => {
    const [opening, menu] = phoneTargets(line.url) as [Target, Target];
    const first = parseTwiml(await answerOf(opening));
    expect(first.children[0]?.attrs.action).toBe('/ivr/menu/main?lang=en-US&tries=0');
    // The menu step is a real choice (3: the report menu), not a reprompt.
    const next = parseTwiml(await answerOf(menu));
    expect(next.children[0]?.attrs.action).toBe('/ivr/menu/report?lang=en-US&tries=0');
  });

  it('when a request is signed for another server, then answerOf says the set-up is wrong', async () => {
    const [opening] = phoneTargets('http://127.0.0.1:1') as [Target];
    await expect(answerOf({ ...opening, url: `${line.url}/ivr/voice` })).rejects.toThrow(/403/);
  });
});

describe('isFlat', () => {
  it.each([
    [150, 150, true],
    [150, 164, true],
    [150, 166, false],
    [40, 48, true],
    [40, 49, false],
    [150, 120, true],
  ])('when RSS goes from %d to %d MiB, then flat is %s', (start, end, flat) => {
    expect(isFlat(start, end)).toBe(flat);
  });
});

describe('which measurements run by default', () => {
  // scripts/bench.ts runs a measurement without --only unless it is opt-in.
  it('when npm run bench runs with no --only, then load runs and the 60 s memory check waits to be named', () => {
    expect(MEASUREMENTS).toContain(loadTest);
    expect(MEASUREMENTS).toContain(memoryTest);
    expect(loadTest.optIn).toBeFalsy();
    expect(memoryTest.optIn).toBe(true);
  });
});
