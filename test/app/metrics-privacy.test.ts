// Privacy of counts and logs: adversarial values fed through the real phone routes and the real Alexa route never
// reach a metric label or a log field; every label in GET /metrics is a member of its closed set.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '../../app/metrics.js';
import { OTHER } from '../../infra/metrics/labels.js';
import type { Running } from '../../app/local.js';
import { post, startLine, stopLine } from '../ivr/helpers.js';
import { requestEnvelope, type SkillRequest } from '../../tools/skill-request.js';
import { memoryLogger } from '../support/logger.js';

/** Values that must never leave a request: numbers, ids, words, each easy to find in any text. */
const CALLER = '+13105550142';
const LINE = '+12135550177';
const CALL_SID = 'CA5ec7e75ec7e75ec7e75ec7e75ec7e75e';
const ACCOUNT_SID = 'AC5ec7e75ec7e75ec7e75ec7e75ec7e75e';
const WORDS = ['Zebulon', 'Quixote', 'Marigold'];
const USER_ID = 'amzn1.ask.account.SECRETUSERZZ9';
const DEVICE_ID = 'amzn1.ask.device.SECRETDEVICEZZ9';
const SPOKEN = `my name is ${WORDS[0]} ${WORDS[1]}, call me on 310 555 0142`;
/** Digit runs that would betray a number even with punctuation in between. */
const DIGITS = ['3105550142', '2135550177', '5550142'];

const params = (extra: Record<string, string> = {}): Record<string, string> => ({
  CallSid: CALL_SID,
  AccountSid: ACCOUNT_SID,
  From: CALLER,
  Caller: CALLER,
  To: LINE,
  Called: LINE,
  CallerName: WORDS[2] as string,
  FromCity: WORDS[2] as string,
  ...extra,
});

/** An envelope whose every id and token carries a value to search for, as a linked account and a known voice add. */
function alexaEnvelope(request: SkillRequest, attributes: Record<string, unknown> = {}): string {
  const envelope = requestEnvelope(
    'en-US',
    { requestId: `amzn1.echo-api.request.${WORDS[0]}`, ...request },
    { first: false, attributes },
  );
  const user = { userId: USER_ID };
  return JSON.stringify({
    ...envelope,
    session: {
      ...envelope.session,
      sessionId: `amzn1.echo-api.session.${WORDS[0]}`,
      user: { ...user, accessToken: WORDS[1] },
    },
    context: {
      System: {
        ...envelope.context.System,
        user,
        person: { personId: `amzn1.ask.person.${WORDS[2]}` },
        device: { deviceId: DEVICE_ID, supportedInterfaces: {} },
        apiAccessToken: WORDS[1],
      },
    },
  });
}

const slot = (name: string, value: string, id = value) => ({
  [name]: {
    name,
    value,
    resolutions: {
      resolutionsPerAuthority: [
        { authority: 'x', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] },
      ],
    },
  },
});

describe('counts and logs under adversarial input', () => {
  let line: Running;
  const { logger, lines } = memoryLogger();
  let metrics = '';
  const statuses: number[] = [];

  beforeAll(async () => {
    line = await startLine({ ALEXA_VERIFY_SIGNATURE: 'false' }, logger);
    const ivr = async (path: string, extra: Record<string, string> = {}): Promise<void> => {
      statuses.push((await post(`${line.url}${path}`, params(extra))).status);
    };
    await ivr('/ivr/voice');
    await ivr(`/ivr/voice?lang=${encodeURIComponent(CALLER)}`);
    await ivr('/ivr/voice', { lang: WORDS[0] as string });
    const extras: Record<string, string>[] = [
      { Digits: '3105550142' },
      { Digits: WORDS[0] as string },
      { Digits: '٣' },
      { SpeechResult: SPOKEN, Confidence: '0.9' },
      { SpeechResult: `emergencia ${WORDS[1]} 911`, Confidence: '0.9' },
      { SpeechResult: '🙂'.repeat(500) },
      {},
    ];
    for (const extra of extras) {
      await ivr('/ivr/menu/main?lang=en-US&tries=0', extra);
      await ivr(`/ivr/menu/report?lang=${encodeURIComponent(WORDS[0] as string)}&tries=${DIGITS[0]}`, extra);
      await ivr(`/ivr/topic/signs?lang=es-US&tries=2&from=${encodeURIComponent(CALLER)}`, extra);
    }
    await ivr('/ivr/menu/main?lang=es-US&tries=2'); // a third silence: a silent drop, put through to the hotline
    await ivr('/ivr/menu/main?lang=en-US&tries=0', { Digits: '1', To: `client:${WORDS[0]}`, Called: '' }); // no line number
    for (const status of ['busy', CALLER, WORDS[1] as string, ''])
      await ivr('/ivr/dial/traffickingHotline?lang=en-US&from=main', { DialCallStatus: status });
    await ivr(`/ivr/dial/${encodeURIComponent(CALLER)}?lang=en-US`, { DialCallStatus: 'completed' });
    await ivr(`/ivr/${encodeURIComponent(CALLER)}/${WORDS[0]}`, { Digits: '1' });
    await ivr('/ivr/fallback?lang=es-US');
    await ivr(`/ivr/fallback?lang=${WORDS[0]}`);

    const alexa = async (request: SkillRequest, attributes?: Record<string, unknown>): Promise<void> => {
      const res = await fetch(`${line.url}/alexa`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: alexaEnvelope(request, attributes),
      });
      statuses.push(res.status);
    };
    await alexa({ type: 'LaunchRequest' });
    await alexa({ type: 'IntentRequest', intent: { name: 'TopicIntent', slots: slot('topic', SPOKEN, WORDS[0]) } });
    await alexa({ type: 'IntentRequest', intent: { name: 'ResourceIntent', slots: slot('organization', SPOKEN) } });
    await alexa({ type: 'IntentRequest', intent: { name: `${WORDS[0]}${DIGITS[0]}Intent` } });
    await alexa({ type: 'IntentRequest', locale: `xx-${WORDS[1]}`, intent: { name: 'AMAZON.HelpIntent' } });
    await alexa({ type: `${WORDS[2]}Request` });
    await alexa({
      type: 'SessionEndedRequest',
      reason: `${WORDS[0]}_${DIGITS[0]}`,
      error: { type: WORDS[1], message: SPOKEN },
    });
    await alexa(
      { type: 'IntentRequest', intent: { name: 'AMAZON.RepeatIntent' } },
      { last: { speech: `<speak>${WORDS[0]}</speak>` } },
    );

    const res = await fetch(`${line.metrics?.url}/metrics`);
    expect(res.status).toBe(200);
    metrics = await res.text();
  });
  afterAll(async () => stopLine(line));

  it('when the requests were made, then they were answered (so the values went through the real code)', () => {
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(25);
    expect(lines.length).toBeGreaterThan(25);
    expect(metrics).toMatch(/helpline_silent_drops_total\{menu="main",locale="es-US"\} [1-9]/);
    expect(metrics).toMatch(/helpline_transfers_ended_total\{destination="traffickingHotline",outcome="not-dialled"/);
    expect(metrics).toMatch(/helpline_alexa_requests_total\{request="IntentRequest",intent="other",locale="en-US"\} 1/);
  });

  it.each([
    ['GET /metrics', () => metrics],
    ['the log', () => lines.join('\n')],
  ])('when %s is searched, then no number, call id, account id, Alexa id or word said is in it', (_what, text) => {
    const all = text();
    const lower = all.toLowerCase();
    for (const secret of [
      CALLER,
      LINE,
      CALL_SID,
      ACCOUNT_SID,
      USER_ID,
      DEVICE_ID,
      'SECRETUSER',
      'SECRETDEVICE',
      ...WORDS,
    ])
      expect(lower, secret).not.toContain(secret.toLowerCase());
    const digitsOnly = all.replace(/"time":\d+/g, '').replace(/\D/g, '');
    for (const digits of DIGITS) expect(digitsOnly, digits).not.toContain(digits);
  });

  it('when every helpline sample in GET /metrics is read, then each label value is from its closed set', () => {
    const byName = new Map(Object.values(METRICS).map((m) => [m.prometheus, m.labels]));
    const samples = metrics.split('\n').filter((l) => l.startsWith('helpline_'));
    expect(samples.length).toBeGreaterThan(10);
    for (const sample of samples) {
      const [, name, labels] = /^(\w+)(?:\{(.*)\})? \d+$/.exec(sample) ?? [];
      const allowed = byName.get(name as string);
      expect(allowed, sample).toBeDefined();
      for (const [, label, value] of (labels ?? '').matchAll(/(\w+)="([^"]*)"/g)) {
        expect([...(allowed?.[label as string] ?? []), OTHER], sample).toContain(value);
      }
    }
  });
});
