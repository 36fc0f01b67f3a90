// The counts a real call and real Alexa requests leave in GET /metrics: each event counted once, at the right place.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCall, type Caller, type CallerMove, type DialOutcomeName } from '../../tools/call-simulator.js';
import type { Running } from '../../app/local.js';
import { startLine, stopLine } from '../ivr/helpers.js';
import { requestEnvelope } from '../../tools/skill-request.js';
import { sample } from '../support/prometheus.js';
import { TOKEN } from '../support/twilio.js';

async function call(url: string, moves: CallerMove[], outcomes: DialOutcomeName[] = []): Promise<void> {
  const caller: Caller = {
    move: async () => moves.shift() ?? { kind: 'hangup' },
    dialOutcome: async () => outcomes.shift() ?? 'completed',
  };
  await runCall({ baseUrl: url, caller, onEvent: () => {}, authToken: TOKEN });
}

describe('GET /metrics after real calls', () => {
  let line: Running;
  let text = '';
  beforeAll(async () => {
    line = await startLine({ ALEXA_VERIFY_SIGNATURE: 'false' });
    // 9 (to Spanish), 2 (leaving), 1 (CAST's 24-hour hotline): busy, then 1 (try again): completed.
    await call(
      line.url,
      [
        { kind: 'key', key: '9' },
        { kind: 'key', key: '2' },
        { kind: 'key', key: '1' },
        { kind: 'key', key: '1' },
      ],
      ['busy', 'completed'],
    );
    // Silence three times on the main menu: a silent drop, then the automatic transfer nobody answers.
    await call(line.url, [{ kind: 'silence' }, { kind: 'silence' }, { kind: 'silence' }], ['no-answer']);
    // Speech, then a key that means nothing here.
    await call(line.url, [
      { kind: 'speech', text: 'hello there' },
      { kind: 'key', key: '#' },
    ]);
    for (const locale of ['es-US', 'es-US', 'en-US'] as const) {
      await fetch(`${line.url}/alexa`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          requestEnvelope(locale, {
            type: 'IntentRequest',
            intent: { name: 'AMAZON.HelpIntent', confirmationStatus: 'NONE' },
          }),
        ),
      });
    }
    text = await (await fetch(`${line.metrics?.url}/metrics`)).text();
  });
  afterAll(async () => stopLine(line));

  it('when three calls came in, then three are counted in English (the language they started in)', () => {
    expect(sample(text, 'helpline_calls_started_total', { locale: 'en-US' })).toBe(3);
    expect(sample(text, 'helpline_calls_started_total', { locale: 'es-US' })).toBe(0);
  });

  it('when a caller pressed 9, then one switch to Spanish is counted, and the choices after it are Spanish', () => {
    expect(sample(text, 'helpline_language_chosen_total', { locale: 'es-US' })).toBe(1);
    expect(
      sample(text, 'helpline_menu_choices_total', {
        screen: 'menu',
        menu: 'main',
        key: '2',
        category: 'choice',
        locale: 'es-US',
      }),
    ).toBe(1);
    expect(
      sample(text, 'helpline_menu_choices_total', {
        screen: 'menu',
        menu: 'leaving',
        key: '1',
        category: 'choice',
        locale: 'es-US',
      }),
    ).toBe(1);
  });

  it('when a transfer was busy and then completed, then two starts and one of each outcome are counted', () => {
    const labels = { destination: 'castHotline', trigger: 'chosen', locale: 'es-US' };
    expect(sample(text, 'helpline_transfers_started_total', labels)).toBe(2);
    expect(sample(text, 'helpline_transfers_ended_total', { ...labels, outcome: 'busy' })).toBe(1);
    expect(sample(text, 'helpline_transfers_ended_total', { ...labels, outcome: 'completed' })).toBe(1);
    expect(
      sample(text, 'helpline_menu_choices_total', {
        screen: 'dialFailed',
        menu: 'leaving',
        key: '1',
        category: 'choice',
      }),
    ).toBe(1);
  });

  it('when a caller stayed silent through every reprompt, then one silent drop and one automatic hotline transfer', () => {
    expect(sample(text, 'helpline_silent_drops_total', { menu: 'main', locale: 'en-US' })).toBe(1);
    expect(sample(text, 'helpline_menu_choices_total', { key: 'silence', category: 'silence', menu: 'main' })).toBe(3);
    const auto = { destination: 'traffickingHotline', trigger: 'auto', locale: 'en-US' };
    expect(sample(text, 'helpline_transfers_started_total', auto)).toBe(1);
    expect(sample(text, 'helpline_transfers_ended_total', { ...auto, outcome: 'no-answer' })).toBe(1);
  });

  it('when speech matched nothing and a key meant nothing, then they are counted as such, not as what was said', () => {
    expect(sample(text, 'helpline_menu_choices_total', { key: 'speech', category: 'no-match', menu: 'main' })).toBe(1);
    expect(sample(text, 'helpline_menu_choices_total', { key: '#', category: 'invalid', menu: 'main' })).toBe(1);
  });

  it('when Alexa asked for help in two languages, then the intent is counted by locale', () => {
    const help = { request: 'IntentRequest', intent: 'AMAZON.HelpIntent' };
    expect(sample(text, 'helpline_alexa_requests_total', { ...help, locale: 'es-US' })).toBe(2);
    expect(sample(text, 'helpline_alexa_requests_total', { ...help, locale: 'en-US' })).toBe(1);
  });
});
