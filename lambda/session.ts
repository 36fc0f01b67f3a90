// The skill's small state, kept in Alexa session attributes: which answer was given last (its id, never its words),
// where a long answer stands, which numbers the user has heard (for "send the numbers to my phone"), and a question
// awaiting yes or no. Nothing is stored anywhere else.

import { DISCLOSURE_KINDS, RESOURCE_IDS, TOPIC_IDS, type ResourceId, type TopicId } from '../content/index.js';
import type { AnswerId } from './answers.js';

export interface SessionState {
  /** The last answer, which Repeat renders again from content/. */
  last?: AnswerId;
  more?: { topicId: TopicId; next: number };
  heard?: ResourceId[];
  /** "sendNumbers": the user heard the app-history warning and was asked whether to send the card. */
  confirm?: 'sendNumbers';
}

// Hand-written rather than zod: this runs on every request and zod alone adds ~30 ms to the Lambda cold start.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOneOf = <T extends string>(ids: readonly T[], v: unknown): v is T => (ids as readonly unknown[]).includes(v);

const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 100;

/** Answers that need nothing but their kind. */
const PLAIN_ANSWERS = [
  'launch',
  'help',
  'noMore',
  'nothingPending',
  'emergency',
  'person',
  'fallback',
  'error',
  'sendNumbers',
  'sent',
  'notSent',
  'goodbye',
] as const;

/** An answer id as answers.ts defines them, rebuilt field by field: nothing else from the device is kept. */
function readLast(v: unknown): SessionState['last'] | null {
  if (v === undefined) return undefined;
  if (!isRecord(v)) return null;
  if (isOneOf(PLAIN_ANSWERS, v.kind)) return { kind: v.kind };
  switch (v.kind) {
    case 'topic':
      return isOneOf(TOPIC_IDS, v.topicId) ? { kind: 'topic', topicId: v.topicId } : null;
    case 'more':
      return isOneOf(TOPIC_IDS, v.topicId) && isIndex(v.next)
        ? { kind: 'more', topicId: v.topicId, next: v.next }
        : null;
    case 'resource':
      return isOneOf(RESOURCE_IDS, v.resourceId) ? { kind: 'resource', resourceId: v.resourceId } : null;
    case 'disclosure':
      return isOneOf(DISCLOSURE_KINDS, v.disclosure) ? { kind: 'disclosure', disclosure: v.disclosure } : null;
  }
  return null;
}

function readMore(v: unknown): SessionState['more'] | null {
  if (v === undefined) return undefined;
  if (!isRecord(v) || !isOneOf(TOPIC_IDS, v.topicId)) return null;
  return isIndex(v.next) ? { topicId: v.topicId, next: v.next } : null;
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
