// What an NLU's understanding leads to: the intent and resolved slots it selected become an Alexa IntentRequest,
// the real skill answers it, and both are put in the held-out sets' words (intent:, topic:, resource:, number:,
// disclosure:).

import type { Intent, ResponseEnvelope } from 'ask-sdk-model';
import { DISCLOSURES, RESOURCE_IDS, RESOURCES, TOPIC_IDS, spokenGroups, type Locale } from '../../content/index.js';
import { GROUP_BREAK } from '../../lambda/render-ssml.js';
import { readSession } from '../../lambda/session.js';
import { resolvedId } from '../../lambda/slots.js';
import { invokeSkill, requestEnvelope, type ToolSkill } from '../skill-request.js';

/**
 * What was selected, as Alexa resolves it: the intent, each slot's content id when entity resolution matched a
 * value or synonym (ER_SUCCESS_MATCH, read as the skill reads it), and `unresolved:<slot>` when words were heard
 * for a slot but matched nothing (ER_SUCCESS_NO_MATCH), which helps explain a miss.
 */
function selectionOutcomes(intent: Intent): string[] {
  const out = [`intent:${intent.name}`];
  for (const [name, slot] of Object.entries(intent.slots ?? {})) {
    const topic = resolvedId(intent, name, TOPIC_IDS);
    const resource = resolvedId(intent, name, RESOURCE_IDS);
    if (topic) out.push(`topic:${topic}`);
    if (resource) out.push(`resource:${resource}`);
    if (!topic && !resource && slot.value) out.push(`unresolved:${name}`);
  }
  return out;
}

const FALLBACK_INTENT = 'AMAZON.FallbackIntent';
const DIGITS = /<say-as interpret-as="digits">(\d+)<\/say-as>/g;

/** Every number the speech says, as digits: the groups of one phone number (render-ssml.ts) joined again. */
export function spokenNumbers(ssml: string): string[] {
  const joined = ssml.replaceAll(`</say-as>${GROUP_BREAK}<say-as interpret-as="digits">`, '');
  return [...joined.matchAll(DIGITS)].map(([, digits]) => digits as string);
}

/** The answer the skill says it gave (the id it keeps for Repeat), in the held-out sets' words. */
function answerGiven(response: ResponseEnvelope): string[] {
  const last = readSession(response.sessionAttributes).last;
  switch (last?.kind) {
    case 'topic':
      return [`topic:${last.topicId}`];
    case 'resource':
      return [`resource:${last.resourceId}`];
    case 'disclosure':
      return [`disclosure:${DISCLOSURES[last.disclosure].resourceId}`];
  }
  return [];
}

/**
 * What the skill's answer did: `number:<id>` for each service whose number it said, and the answer it gave:
 * `topic:<id>`, `resource:<id>` or `disclosure:<resourceId>` (also when it found them from words a slot did not
 * resolve).
 */
function answerOutcomes(response: ResponseEnvelope): string[] {
  const said = spokenNumbers(
    response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '',
  );
  const out = RESOURCE_IDS.filter((id) => {
    const { phone, dialCode } = RESOURCES[id];
    const digits = phone ? spokenGroups(phone).join('') : dialCode;
    return digits !== undefined && said.includes(digits);
  }).map((id) => `number:${id}`);
  return [...out, ...answerGiven(response)];
}

/**
 * The selected intent sent to the real skill as the first request of a session, and everything that came of it.
 * A FallbackIntent is judged by itself: its answer always gives the hotline's number, but nothing was understood.
 */
export async function judgeSelection(
  locale: Locale,
  intent: Intent,
  skill: ToolSkill = invokeSkill,
): Promise<string[]> {
  if (intent.name === FALLBACK_INTENT) return selectionOutcomes(intent);
  const response = await skill(requestEnvelope(locale, { type: 'IntentRequest', intent }));
  return [...new Set([...selectionOutcomes(intent), ...answerOutcomes(response)])];
}
