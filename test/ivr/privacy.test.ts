// Privacy: the log of a whole simulated call holds no caller number, line number, words said, or call id.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runCall,
  simulatedCallParams,
  type Caller,
  type CallerMove,
  type DialOutcomeName,
} from '../../tools/call-simulator.js';
import type { Running } from '../../app/local.js';
import { post, startLine, stopLine } from './helpers.js';
import { TOKEN } from '../support/twilio.js';
import { memoryLogger } from '../support/logger.js';

const SAID = [
  'my name is Maria Example and my number is 310 555 0142',
  'la línea por favor, soy Rosalinda',
  'emergencia en la calle Falsa',
  'blue bananas at 742 Evergreen Terrace',
];
/** Words from what was said that nothing else in a log could contain. */
const SECRETS = ['Maria', 'Example', '0142', 'Rosalinda', 'Falsa', 'bananas', 'Evergreen', 'Terrace'];

describe('the log of a whole call', () => {
  let line: Running;
  const { logger, lines } = memoryLogger();
  const params = simulatedCallParams();

  beforeAll(async () => {
    line = await startLine({}, logger);
    const moves: CallerMove[] = [
      { kind: 'speech', text: SAID[0] as string },
      { kind: 'key', key: '3' },
      { kind: 'key', key: '1' },
      { kind: 'key', key: '1' },
      { kind: 'speech', text: SAID[2] as string },
      { kind: 'key', key: '9' },
      { kind: 'key', key: '8' },
      { kind: 'key', key: '4' },
      { kind: 'key', key: '1' },
      { kind: 'key', key: '3' },
      { kind: 'silence' },
      { kind: 'speech', text: SAID[3] as string },
      { kind: 'speech', text: SAID[1] as string },
    ];
    const outcomes: DialOutcomeName[] = ['busy', 'no-answer', 'completed'];
    const caller: Caller = {
      move: async () => moves.shift() ?? { kind: 'hangup' },
      dialOutcome: async () => outcomes.shift() ?? 'completed',
    };
    await runCall({ baseUrl: line.url, caller, onEvent: () => {}, authToken: TOKEN, callParams: params });
    // And the requests that go wrong: a bad signature and an oversized body.
    await post(`${line.url}/ivr/voice`, params, { token: null });
    await post(`${line.url}/ivr/voice`, { ...params, Padding: 'x'.repeat(70_000) });
  });
  afterAll(async () => stopLine(line));

  it('when the call is over, then the log has one line per step with only the allowed fields', () => {
    const steps = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'ivr step');
    expect(steps.length).toBeGreaterThan(10);
    for (const step of steps) {
      expect(Object.keys(step).sort()).toEqual(expect.arrayContaining(['channel', 'locale', 'outcome', 'route']));
      for (const key of Object.keys(step)) {
        expect(['level', 'time', 'msg', 'channel', 'route', 'menu', 'key', 'locale', 'outcome']).toContain(key);
      }
    }
    // Danger is logged as the safety screen, never with what was said or whether a partner was named.
    expect(steps.some((s) => s.key === 'emergency' && s.outcome === 'danger')).toBe(true);
    expect(steps.some((s) => String(s.outcome).startsWith('dial-busy:'))).toBe(true);
    expect(steps.some((s) => s.outcome === 'transfer:traffickingHotline' && s.key === 'hotline')).toBe(true);
  });

  it('when the log is searched, then no caller or line number, call id, account id or spoken word is in it', () => {
    const log = lines.join('\n');
    // Every digit in the log but the timestamps, run together: a number split by punctuation would still show.
    const digitsOnly = lines
      .map((l) => JSON.stringify({ ...(JSON.parse(l) as object), time: undefined }))
      .join('')
      .replace(/\D/g, '');
    for (const number of [params.From, params.To, params.Caller, params.Called]) {
      expect(log).not.toContain(number as string);
      expect(digitsOnly).not.toContain((number as string).replace(/\D/g, '').slice(1));
    }
    expect(log).not.toContain(params.CallSid as string);
    expect(log).not.toContain(params.AccountSid as string);
    for (const word of SECRETS) expect(log.toLowerCase()).not.toContain(word.toLowerCase());
    expect(log).not.toContain('x'.repeat(100));
  });
});
