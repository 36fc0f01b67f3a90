// The skill's small state, kept in Alexa session attributes: what was last said, where a long answer stands,
// which numbers the user has heard (for "send the numbers to my phone"), and a question awaiting yes or no.
// Nothing is stored anywhere else.

import { RESOURCE_IDS, TOPIC_IDS, type ResourceId, type TopicId } from '../content/index.js';

/**
 * Exactly what lambda/render-ssml.ts writes: escaped text, digit groups and short breaks. Repeat speaks `last` again
 * as it is, so anything else (a forged or damaged attribute) would reach Alexa as invalid SSML.
 */
const RENDERED_SSML =
  // eslint-disable-next-line no-control-regex
  /^(?:[^<>&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|&(?:amp|lt|gt|quot);|<say-as interpret-as="digits">\d+<\/say-as>|<break time="\d{1,4}ms"\/>)*$/;
/** Alexa's outputSpeech limit is 8,000 characters including <speak></speak>, which ask-sdk adds around this. */
const MAX_SPEECH = 7900;

export interface SessionState {
  last?: { speech: string; reprompt?: string };
  more?: { topicId: TopicId; next: number };
  heard?: ResourceId[];
  /** "sendNumbers": the user heard the app-history warning and was asked whether to send the card. */
  confirm?: 'sendNumbers';
}

// Hand-written rather than zod: this runs on every request and zod alone adds ~30 ms to the Lambda cold start.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRendered = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= MAX_SPEECH && RENDERED_SSML.test(v);
const isOneOf = <T extends string>(ids: readonly T[], v: unknown): v is T => (ids as readonly unknown[]).includes(v);

function readLast(v: unknown): SessionState['last'] | null {
  if (v === undefined) return undefined;
  if (!isRecord(v) || !isRendered(v.speech) || (v.reprompt !== undefined && !isRendered(v.reprompt))) return null;
  return v.reprompt === undefined ? { speech: v.speech } : { speech: v.speech, reprompt: v.reprompt };
}

function readMore(v: unknown): SessionState['more'] | null {
  if (v === undefined) return undefined;
  if (!isRecord(v) || !isOneOf(TOPIC_IDS, v.topicId)) return null;
  return Number.isInteger(v.next) && (v.next as number) >= 0 ? { topicId: v.topicId, next: v.next as number } : null;
}

function readHeard(v: unknown): SessionState['heard'] | null {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.length > RESOURCE_IDS.length || !v.every((id) => isOneOf(RESOURCE_IDS, id))) return null;
  return [...v] as ResourceId[];
}

function readConfirm(v: unknown): SessionState['confirm'] | null {
  if (v === undefined) return undefined;
  return v === 'sendNumbers' ? v : null;
}

/** Session attributes come back from the device; anything malformed is dropped rather than trusted. */
export function readSession(attributes: unknown): SessionState {
  const source = attributes ?? {};
  if (!isRecord(source)) return {};
  const last = readLast(source.last);
  const more = readMore(source.more);
  const heard = readHeard(source.heard);
  const confirm = readConfirm(source.confirm);
  if (last === null || more === null || heard === null || confirm === null) return {};
  return {
    ...(last && { last }),
    ...(more && { more }),
    ...(heard && { heard }),
    ...(confirm && { confirm }),
  };
}
