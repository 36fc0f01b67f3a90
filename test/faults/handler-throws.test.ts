// Exceptions where a caller cannot see them: a metrics backend that throws on every count, and a route whose answer
// cannot be built. Calls go on as if nothing happened, or end in the safe answer; the log keeps only the error's name.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCall, type CallEvent, type CallerMove, type DialOutcomeName } from '../../tools/call-simulator.js';
import { loadConfig } from '../../app/config.js';
import { start, stop, type Running } from '../../app/local.js';
import { callParams } from '../ivr/helpers.js';
import { TOKEN } from '../support/twilio.js';
import { memoryLogger } from '../support/logger.js';
import { twilioRequest } from './twilio-like.js';
import { expectFallbackAnswer } from './expect-fallback.js';

async function playCall(url: string, moves: CallerMove[], outcomes: DialOutcomeName[]): Promise<CallEvent[]> {
  const events: CallEvent[] = [];
  await runCall({
    baseUrl: url,
    authToken: TOKEN,
    onEvent: (e) => events.push(e),
    caller: {
      move: async () => moves.shift() ?? { kind: 'hangup' },
      dialOutcome: async () => outcomes.shift() ?? 'completed',
    },
  });
  return events;
}

describe('when the metrics backend throws on every count', () => {
  let line: Running;
  const { logger, lines } = memoryLogger();
  let adds = 0;

  beforeAll(async () => {
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN });
    const sink = {
      add(): void {
        adds += 1;
        throw new TypeError(`cannot count ${callParams().From}`);
      },
    };
    line = await start(config, { logger, metrics: { sink } });
  });
  afterAll(async () => stop(line));

  it('when a caller goes through the menu and a transfer, then the call is exactly as it would be', async () => {
    // 2 (leaving), 1 (CAST): busy; 1 (try again): completed.
    const events = await playCall(
      line.url,
      [
        { kind: 'key', key: '2' },
        { kind: 'key', key: '1' },
        { kind: 'key', key: '1' },
      ],
      ['busy', 'completed'],
    );
    expect(events.filter((e) => e.kind === 'dial')).toHaveLength(2);
    expect(events.at(-1)).toEqual({ kind: 'end', reason: 'hangup' });
    expect(adds).toBeGreaterThan(5);
  });

  it('when the counts failed, then each failure is logged by error name only, and the steps are still logged', () => {
    const failures = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'metrics.failed');
    expect(failures.length).toBe(adds);
    for (const f of failures) expect(f.errorName).toBe('TypeError');
    expect(lines.join('\n')).not.toContain('cannot count');
    expect(lines.filter((l) => l.includes('"ivr step"')).length).toBeGreaterThan(3);
  });
});

describe('when a request fails before any route can answer', () => {
  let line: Running;
  beforeAll(async () => {
    line = await start(loadConfig({ HOST: '127.0.0.1', PORT: '0', TWILIO_AUTH_TOKEN: TOKEN }), {
      logger: memoryLogger().logger,
    });
  });
  afterAll(async () => stop(line));

  it('when the primary URL answers with an error, then Twilio (simulated) asks the fallback URL, which gives the hotline', async () => {
    // A path the router cannot decode fails in express itself (400), outside the routes' own safety net.
    const answer = await twilioRequest(
      `${line.url}/ivr/menu/%E0%A4%A`,
      `${line.url}/ivr/fallback?lang=es-US`,
      callParams(),
      5000,
    );
    expect(answer.from).toBe('fallback');
    expect(answer.reason).toMatch(/^HTTP 4\d\d$/);
    expectFallbackAnswer(answer.reply, 'es-US');
  });
});
