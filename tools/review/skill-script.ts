// Every answer of the Alexa skill, through the real skill: request envelopes as Alexa sends them, passed to
// skill.invoke in this process, with the session attributes carried from one turn to the next.

import type { RequestEnvelope } from 'ask-sdk-model';
import {
  DISCLOSURE_KINDS,
  LOCALES,
  RESOURCE_IDS,
  TOPIC_IDS,
  TOPICS,
  type Locale,
  type ResourceId,
  type TopicId,
} from '../../content/index.js';
import {
  disclosureIntent,
  EMERGENCY_INTENT,
  ORGANIZATION_SLOT,
  PERSON_INTENT,
  RUNAWAY_INTENT,
  RESOURCE_INTENT,
  SEND_NUMBERS_INTENT,
  TOPIC_INTENT,
  TOPIC_SLOT,
  topicIntent,
} from '../../lambda/intents.js';
import { invokeSkill, requestEnvelope } from '../skill-request.js';
import { estimateSeconds, spokenSsml, type Spoken } from './spoken.js';

/** What the person asks: a request type, or an intent with the content id its slot resolves to. */
export type Ask =
  | { readonly type: 'LaunchRequest' }
  | { readonly type: 'IntentRequest'; readonly intent: string; readonly slot?: { name: string; id: string | null } }
  /** A request no handler takes, to show what the catch-all error handler says. */
  | { readonly type: 'Unhandled' };

export interface SkillTurn {
  readonly ask: Ask;
  readonly speech: Spoken;
  readonly seconds: number;
  /** Said again when the person says nothing; absent when the skill ends the session. */
  readonly reprompt?: Spoken;
  readonly repromptSeconds?: number;
  readonly endsSession: boolean;
  /** The card sent to the Alexa app, when there is one. */
  readonly card?: { readonly title: string; readonly lines: readonly string[] };
}

/** One answer to review: what leads to it (earlier turns of the same conversation), per language. */
export interface SkillAnswer {
  readonly id: string;
  /** The turns before this one, if any, e.g. a topic before "yes". */
  readonly after: readonly Ask[];
  readonly ask: Ask;
  readonly turns: Readonly<Record<Locale, SkillTurn>>;
}

interface Envelope {
  response: {
    outputSpeech?: { ssml: string };
    reprompt?: { outputSpeech: { ssml: string } };
    card?: { title: string; content: string };
    shouldEndSession?: boolean;
  };
  sessionAttributes?: Record<string, unknown>;
}

function envelope(ask: Ask, locale: Locale, attributes: Record<string, unknown>, first: boolean): RequestEnvelope {
  const slot = ask.type === 'IntentRequest' ? ask.slot : undefined;
  const slots = slot
    ? {
        [slot.name]: {
          name: slot.name,
          value: slot.id ?? 'something else',
          resolutions: {
            resolutionsPerAuthority: [
              slot.id
                ? {
                    authority: 'review',
                    status: { code: 'ER_SUCCESS_MATCH' },
                    values: [{ value: { name: slot.id, id: slot.id } }],
                  }
                : { authority: 'review', status: { code: 'ER_SUCCESS_NO_MATCH' } },
            ],
          },
        },
      }
    : undefined;
  const request =
    ask.type === 'LaunchRequest'
      ? { type: 'LaunchRequest' }
      : ask.type === 'Unhandled'
        ? { type: 'Display.ElementSelected' }
        : {
            type: 'IntentRequest',
            intent: { name: ask.intent, confirmationStatus: 'NONE', ...(slots ? { slots } : {}) },
          };
  return requestEnvelope(locale, request, { attributes, first });
}

/** One conversation: each ask in turn, the skill's session attributes carried over as Alexa does. */
async function converse(asks: readonly Ask[], locale: Locale): Promise<SkillTurn[]> {
  let attributes: Record<string, unknown> = {};
  const turns: SkillTurn[] = [];
  for (const [i, ask] of asks.entries()) {
    const out = (await invokeSkill(envelope(ask, locale, attributes, i === 0))) as unknown as Envelope;
    attributes = out.sessionAttributes ?? {};
    const speech = spokenSsml(out.response.outputSpeech?.ssml ?? '<speak></speak>');
    const repromptSsml = out.response.reprompt?.outputSpeech.ssml;
    const reprompt = repromptSsml === undefined ? undefined : spokenSsml(repromptSsml);
    const card = out.response.card;
    turns.push({
      ask,
      speech,
      seconds: estimateSeconds(speech, locale),
      ...(reprompt ? { reprompt, repromptSeconds: estimateSeconds(reprompt, locale) } : {}),
      endsSession: out.response.shouldEndSession === true,
      ...(card ? { card: { title: card.title, lines: card.content.split('\n') } } : {}),
    });
  }
  return turns;
}

const intent = (name: string, slot?: { name: string; id: string | null }): Ask => ({
  type: 'IntentRequest',
  intent: name,
  ...(slot ? { slot } : {}),
});
const topicAsk = (id: TopicId | null): Ask => intent(TOPIC_INTENT, { name: TOPIC_SLOT, id });
const resourceAsk = (id: ResourceId | null): Ask => intent(RESOURCE_INTENT, { name: ORGANIZATION_SLOT, id });
const YES = intent('AMAZON.YesIntent');

/** The conversations that reach every answer: each ends on the answer it is for. */
export function conversations(): { id: string; asks: Ask[] }[] {
  // The summary asked in the topic's own words (its intent), the parts after its name (TopicIntent): both ways in.
  const topicRuns = TOPIC_IDS.flatMap((id) => [
    { id: `topic-${id}`, asks: [intent(topicIntent(id))] },
    ...Array.from({ length: TOPICS[id].detailChunks }, (_, n) => ({
      id: `topic-${id}-part-${n + 2}`,
      asks: [topicAsk(id), ...Array.from({ length: n + 1 }, () => YES)],
    })),
  ]);
  return [
    { id: 'launch', asks: [{ type: 'LaunchRequest' }] },
    { id: 'help', asks: [intent('AMAZON.HelpIntent')] },
    { id: 'emergency', asks: [intent(EMERGENCY_INTENT)] },
    { id: 'person', asks: [intent(PERSON_INTENT)] },
    { id: 'runaway', asks: [intent(RUNAWAY_INTENT)] },
    ...DISCLOSURE_KINDS.map((kind) => ({ id: `disclosure-${kind}`, asks: [intent(disclosureIntent(kind))] })),
    ...topicRuns,
    { id: 'topic-no', asks: [topicAsk(TOPIC_IDS[0]), intent('AMAZON.NoIntent')] },
    { id: 'topic-unknown', asks: [topicAsk(null)] },
    ...RESOURCE_IDS.map((id) => ({ id: `resource-${id}`, asks: [resourceAsk(id)] })),
    { id: 'resource-unknown', asks: [resourceAsk(null)] },
    { id: 'send-numbers', asks: [intent(SEND_NUMBERS_INTENT)] },
    { id: 'send-numbers-yes', asks: [intent(SEND_NUMBERS_INTENT), YES] },
    { id: 'send-numbers-no', asks: [intent(SEND_NUMBERS_INTENT), intent('AMAZON.NoIntent')] },
    { id: 'yes-nothing-pending', asks: [YES] },
    { id: 'repeat', asks: [{ type: 'LaunchRequest' }, intent('AMAZON.RepeatIntent')] },
    { id: 'repeat-nothing-said', asks: [intent('AMAZON.RepeatIntent')] },
    { id: 'fallback', asks: [intent('AMAZON.FallbackIntent')] },
    { id: 'home', asks: [intent('AMAZON.NavigateHomeIntent')] },
    { id: 'stop', asks: [intent('AMAZON.StopIntent')] },
    { id: 'cancel', asks: [intent('AMAZON.CancelIntent')] },
    { id: 'error', asks: [{ type: 'Unhandled' }] },
  ];
}

/** Every answer of the skill, in both languages. */
export async function skillScript(): Promise<SkillAnswer[]> {
  const out: SkillAnswer[] = [];
  for (const { id, asks } of conversations()) {
    const turns = Object.fromEntries(
      await Promise.all(LOCALES.map(async (l) => [l, (await converse(asks, l)).at(-1) as SkillTurn] as const)),
    ) as Record<Locale, SkillTurn>;
    out.push({ id, after: asks.slice(0, -1), ask: asks.at(-1) as Ask, turns });
  }
  return out;
}
