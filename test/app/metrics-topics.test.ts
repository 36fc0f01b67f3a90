// Topics answered, counted once per answer on both channels (the dashboard's "topics asked for"), and disclosures
// kept out of the skill's logs and counts by kind: every disclosure intent is one label.

import type { RequestEnvelope } from 'ask-sdk-model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from '../../app/local.js';
import { createCounts } from '../../infra/metrics/events.js';
import { disclosureIntent, topicIntent, TOPIC_INTENT, TOPIC_SLOT } from '../../lambda/intents.js';
import { ALEXA_METRICS, DISCLOSURE_LABEL, type AlexaCountEvent } from '../../lambda/metrics.js';
import { buildSkill } from '../../lambda/skill.js';
import { runCall, type Caller, type CallerMove } from '../../tools/call-simulator.js';
import { requestEnvelope, type SkillRequest } from '../../tools/skill-request.js';
import { startLine, stopLine } from '../ivr/helpers.js';
import { memoryLogger } from '../support/logger.js';
import { sample } from '../support/prometheus.js';
import { TOKEN } from '../support/twilio.js';

describe('topics answered on the phone (GET /metrics after real calls)', () => {
  let line: Running;
  let text = '';
  beforeAll(async () => {
    line = await startLine();
    const moves: CallerMove[] = [
      { kind: 'key', key: '4' }, // the info menu
      { kind: 'key', key: '1' }, // rights: counted
      { kind: 'key', key: '*' }, // repeat: not a new answer
      { kind: 'key', key: '1' }, // the next part: not a new answer
      { kind: 'key', key: '#' }, // a key that means nothing here: a retry, not a new answer
      { kind: 'speech', text: 'what are the signs of trafficking' }, // signs, in words: counted
    ];
    const caller: Caller = {
      move: async () => moves.shift() ?? { kind: 'hangup' },
      dialOutcome: async () => 'completed',
    };
    await runCall({ baseUrl: line.url, caller, onEvent: () => {}, authToken: TOKEN });
    text = await (await fetch(`${line.metrics?.url}/metrics`)).text();
  });
  afterAll(async () => stopLine(line));

  it('when a topic was chosen by key, repeated, continued and retried, then it is counted once', () => {
    expect(sample(text, 'helpline_topics_answered_total', { channel: 'phone', topic: 'rights' })).toBe(1);
  });

  it('when a topic was asked for in words, then it is counted too', () => {
    expect(sample(text, 'helpline_topics_answered_total', { channel: 'phone', topic: 'signs' })).toBe(1);
  });
});

describe('topics answered and disclosures on the skill', () => {
  const events: { kind: string; labels: Readonly<Record<string, string>> }[] = [];
  const log = memoryLogger();
  const skill = buildSkill(
    { verifySignature: true },
    {
      logger: log.logger,
      counts: createCounts<AlexaCountEvent>(ALEXA_METRICS, { add: (kind, labels) => events.push({ kind, labels }) }),
    },
  );
  let attributes: Record<string, unknown> = {};
  async function say(request: SkillRequest): Promise<void> {
    const envelope: RequestEnvelope = requestEnvelope('en-US', request, { attributes, first: false });
    attributes = (await skill.invoke(envelope)).sessionAttributes ?? {};
  }
  const intent = (name: string, slots: Record<string, unknown> = {}): SkillRequest => ({
    type: 'IntentRequest',
    intent: { name, confirmationStatus: 'NONE', slots },
  });
  const topics = (): string[] => events.filter((e) => e.kind === 'topicAnswered').map((e) => e.labels.topic ?? '');

  beforeAll(async () => {
    await say(intent(topicIntent('signs')));
    await say(intent('AMAZON.RepeatIntent'));
    await say(intent('AMAZON.YesIntent'));
    await say({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    const resolved = {
      resolutionsPerAuthority: [
        {
          authority: 'amzn1.er-authority',
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { id: 'rights' } }],
        },
      ],
    };
    await say(
      intent(TOPIC_INTENT, { [TOPIC_SLOT]: { name: TOPIC_SLOT, value: 'your rights', resolutions: resolved } }),
    );
    await say(intent(disclosureIntent('sexualAssault')));
  });

  it('when a topic was answered, repeated, continued and the session ended, then each topic is counted once', () => {
    expect(topics()).toEqual(['signs', 'rights']);
    expect(events.filter((e) => e.kind === 'topicAnswered').every((e) => e.labels.channel === 'skill')).toBe(true);
  });

  it('when someone made a disclosure, then the count and the log name only "a disclosure", never which', () => {
    const requests = events.filter((e) => e.kind === 'alexaRequest').map((e) => e.labels.intent);
    expect(requests.at(-1)).toBe(DISCLOSURE_LABEL);
    expect(log.lines.join('\n')).toContain(DISCLOSURE_LABEL);
    expect(log.lines.join('\n')).not.toMatch(/SexualAssault|sexualAssault/);
  });
});
