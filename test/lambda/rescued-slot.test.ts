// A slot that does not resolve (ER_SUCCESS_NO_MATCH) gets the phone line's safety rules before the classifier
// (nlu/meaning.ts): danger, "not an emergency", a minor telling of being sold, asking for a person, arrest that is not
// danger. Real ResourceIntent and TopicIntent requests through Alexa's stand-in and the real skill; the expected words
// come from content/, the phrases are written for this test.

import { describe, expect, it } from 'vitest';
import {
  disclosureWords,
  prompt,
  resourcePurpose,
  topicSummary,
  type Locale,
  type Prompt,
} from '../../content/index.js';
import { ORGANIZATION_SLOT, RESOURCE_INTENT, TOPIC_INTENT, TOPIC_SLOT } from '../../lambda/intents.js';
import { renderSsml } from '../../lambda/render-ssml.js';
import { Conversation, speechOf, type SkillResponse } from './helpers.js';

const ssml = (p: Prompt): string => renderSsml(p);
const alexa = (locale: Locale, key: string): string => ssml(prompt(locale, `alexa.${key}`));

const SLOT_OF: Readonly<Record<string, string>> = { [RESOURCE_INTENT]: ORGANIZATION_SLOT, [TOPIC_INTENT]: TOPIC_SLOT };

/** The skill's answer to a name intent whose slot holds these words; the slot must arrive unresolved. */
async function rescued(locale: Locale, intent: string, words: string): Promise<SkillResponse> {
  const talk = new Conversation(locale);
  const slot = SLOT_OF[intent] ?? '';
  const r = await talk.intend(intent, { [slot]: words });
  expect(talk.requests.at(-1)?.request.intent?.slots).toMatchObject({
    [slot]: { value: words, resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] } },
  });
  return r;
}

const lastAnswer = (r: SkillResponse): unknown => r.sessionAttributes?.last;

describe('when a slot does not resolve, the safety rules come first', () => {
  it.each([
    ['en-US', TOPIC_INTENT, 'someone beating the girl next door'],
    ['en-US', RESOURCE_INTENT, 'whoever stops my boyfriend choking me'],
    ['es-US', TOPIC_INTENT, 'un señor golpeando a la muchacha de al lado'],
    ['es-US', RESOURCE_INTENT, 'quien pare a mi novio que me está ahorcando'],
  ] as const)('when a %s %s slot tells of danger (%j), then the emergency answer: 911 first', async (l, intent, w) => {
    const r = await rescued(l, intent, w);
    expect(lastAnswer(r)).toEqual({ kind: 'emergency' });
    expect(speechOf(r).startsWith(`<speak>${alexa(l, 'emergency')}`)).toBe(true);
  });

  it.each([
    ['en-US', RESOURCE_INTENT, 'the deputies but it is not an emergency'],
    ['en-US', TOPIC_INTENT, 'reporting something to the police that is not an emergency'],
    ['es-US', RESOURCE_INTENT, 'sheriff para algo que no es de emergencia'],
    ['es-US', TOPIC_INTENT, 'avisar a la policía de algo que no es emergencia'],
  ] as const)(
    "when a %s %s slot says it is not an emergency (%j), then the Sheriff's entry, not danger",
    async (l, intent, w) => {
      const r = await rescued(l, intent, w);
      expect(lastAnswer(r)).toEqual({ kind: 'resource', resourceId: 'sheriffNonEmergency' });
      expect(speechOf(r)).toContain(ssml(resourcePurpose(l, 'sheriffNonEmergency')));
      expect(speechOf(r)).not.toContain(alexa(l, 'emergency'));
    },
  );

  it.each([
    ['en-US', TOPIC_INTENT, 'I am underage and they sell me at motels'],
    ['en-US', RESOURCE_INTENT, 'somebody for me I just turned thirteen and a man pimps me'],
    ['es-US', TOPIC_INTENT, 'soy menor y me venden en moteles'],
    ['es-US', RESOURCE_INTENT, 'alguien que me ayude tengo catorce años y un señor me obliga'],
  ] as const)(
    'when a %s %s slot is a minor telling of being sold or forced (%j), then the child disclosure',
    async (l, intent, w) => {
      const r = await rescued(l, intent, w);
      expect(lastAnswer(r)).toEqual({ kind: 'disclosure', disclosure: 'child' });
      expect(speechOf(r)).toContain(ssml(disclosureWords(l, 'child').care));
    },
  );

  it.each([
    ['en-US', RESOURCE_INTENT, 'a live person who can listen'],
    ['en-US', TOPIC_INTENT, 'where I can talk to somebody tonight'],
    ['es-US', RESOURCE_INTENT, 'una persona de verdad que me escuche'],
    ['es-US', TOPIC_INTENT, 'dónde puedo hablar con alguien esta noche'],
  ] as const)('when a %s %s slot asks for a person (%j), then the hotline, a person', async (l, intent, w) => {
    const r = await rescued(l, intent, w);
    expect(lastAnswer(r)).toEqual({ kind: 'person' });
    expect(speechOf(r).startsWith(`<speak>${alexa(l, 'personOffer')}`)).toBe(true);
  });

  it.each([
    // The classifier alone hears danger in both; the arrest exception (notDanger) says otherwise.
    ['en-US', 'in danger of getting arrested for working'],
    ['es-US', 'me pueden encerrar si le pago a una muchacha'],
    ['en-US', 'getting locked up for buying sex'],
    ['es-US', 'quedar encerrado por pagar por sexo'],
  ] as const)('when a %s TopicIntent slot asks about arrest (%j), then not the emergency answer', async (l, w) => {
    const r = await rescued(l, TOPIC_INTENT, w);
    expect(lastAnswer(r)).not.toEqual({ kind: 'emergency' });
    expect(speechOf(r)).not.toContain(alexa(l, 'emergency'));
  });
});

describe('when a slot does not resolve and no rule applies, the classifier', () => {
  it.each([
    ['en-US', 'what could happen to me if I am caught buying sex'],
    ['es-US', 'qué me pasa si me agarran pagando por sexo'],
  ] as const)('when a %s slot asks about the law (%j), then the topic', async (l, w) => {
    const r = await rescued(l, TOPIC_INTENT, w);
    expect(lastAnswer(r)).toEqual({ kind: 'topic', topicId: 'legalStatus' });
    expect(speechOf(r)).toContain(ssml(topicSummary(l, 'legalStatus')));
  });

  it.each([
    ['en-US', 'the people who answer at rainn'],
    ['es-US', 'la gente que contesta en rainn'],
  ] as const)('when a %s slot names a service among other words (%j), then that service', async (l, w) => {
    const r = await rescued(l, RESOURCE_INTENT, w);
    expect(lastAnswer(r)).toEqual({ kind: 'resource', resourceId: 'rainn' });
  });

  it.each([
    ['en-US', 'the group for sexual assault survivors'],
    ['es-US', 'la gente que ayuda a víctimas de violación'],
  ] as const)(
    'when a %s slot only describes a service (%j), then a person first (the fallback), never a guessed number',
    async (l, w) => {
      const r = await rescued(l, RESOURCE_INTENT, w);
      expect(lastAnswer(r)).toEqual({ kind: 'fallback' });
      expect(speechOf(r)).toContain(alexa(l, 'personOffer'));
    },
  );
});
