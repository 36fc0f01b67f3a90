// Accuracy on the held-out sets: the phone line through its real speech matching and call flow, and the skill
// through a stand-in for Alexa's understanding (tools/nlu/alexa-stand-in.ts) and the real skill's answer.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Intent } from 'ask-sdk-model';
import { DISCLOSURES, RESOURCES, TOPIC_IDS, otherLocale, type Locale, type TopicId } from '../../content/index.js';
import { backOf, decide, withHours, type Screen, type Step } from '../../ivr/flow.js';
import { loadSpeechClassifier, matchSpeech } from '../../ivr/speech.js';
import { heldOut, type PhoneItem, type SkillItem } from '../../nlu/held-out.js';
import { AlexaStandIn, type ModelJson } from './alexa-stand-in.js';
import { judgeSelection } from './skill-judge.js';

/** The bar: below this share right, the tests fail. */
export const MIN_ACCURACY = 0.9;

interface Miss {
  readonly say: string;
  readonly expected: string;
  readonly got: string;
}
export interface Score {
  readonly total: number;
  readonly right: number;
  /** Items whose expected topic or service content/ does not define yet (left out of the score). */
  readonly pending: number;
  readonly misses: readonly Miss[];
}
export const accuracy = (s: Score): number => (s.total === 0 ? 0 : s.right / s.total);

const ROOT = join(import.meta.dirname, '../..');

/** An expectation names a topic or resource content/ does not define yet. */
function isPending(expect: string): boolean {
  const [kind, id = ''] = expect.split(':');
  if (kind === 'topic') return !(TOPIC_IDS as readonly string[]).includes(id);
  if (kind === 'resource' || kind === 'number' || kind === 'transfer' || (kind === 'closed' && id))
    return !(id in RESOURCES);
  return false;
}

/** The share of items whose expectation is among what `got` says happened; pending items are left out and counted. */
export function score<T extends { say: string; expect: string }>(
  items: readonly T[],
  got: (item: T) => string[],
): Score {
  let right = 0;
  let pending = 0;
  const misses: Miss[] = [];
  for (const item of items) {
    if (isPending(item.expect)) {
      pending += 1;
      continue;
    }
    const outcomes = got(item);
    if (outcomes.includes(item.expect)) right += 1;
    else misses.push({ say: item.say, expected: item.expect, got: outcomes.join(' ') });
  }
  return { total: items.length - pending, right, pending, misses };
}

// ---- the phone line ----

function parseScreen(text: string): Screen {
  const [kind, id = ''] = text.split(':');
  if (kind === 'topic' && (TOPIC_IDS as readonly string[]).includes(id)) {
    return { kind: 'topic', topicId: id as TopicId, from: 'main', part: 0 };
  }
  return { kind: 'menu', menuId: 'main' };
}

/**
 * The clock the phone line is measured at: 10:00 on Wednesday 2 December 2026 in Los Angeles, when offices with
 * published hours are open. A fixed time, so a score never depends on when it runs.
 */
const EVAL_CLOCK = new Date('2026-12-02T18:00:00Z');

/**
 * What a step did, in the held-out sets' words, after the step the phone line itself applies before it speaks
 * (withHours): a transfer to a number nobody has confirmed, or to a service closed at EVAL_CLOCK, is the closed screen.
 */
function phoneOutcome(screen: Screen, locale: Locale, decided: Step): string {
  const step = withHours(decided, EVAL_CLOCK);
  switch (step.kind) {
    case 'opening':
      return step.locale === otherLocale(locale) ? 'key:language' : 'opening';
    case 'transfer':
      return `transfer:${step.resourceId}`;
    case 'show': {
      const s = step.screen;
      if (step.preface) return 'reprompt';
      if (s.kind === 'danger') return 'emergency';
      if (JSON.stringify(s) === JSON.stringify(screen)) return 'repeat';
      if (s.kind === 'topic')
        return s.topicId === (screen.kind === 'topic' && screen.topicId) ? 'more' : `topic:${s.topicId}`;
      if (s.kind === 'menu') {
        if (s.menuId === 'main') return screen.kind === 'menu' ? 'mainMenu' : 'mainMenu back';
        return s.menuId === backOf(screen) ? `back key:${s.menuId}` : `key:${s.menuId}`;
      }
      if (s.kind === 'disclosure') return `disclosure:${DISCLOSURES[s.disclosure].resourceId}`;
      if (s.kind === 'closed') return `closed closed:${s.resourceId}`;
      return `${s.kind}`;
    }
  }
}

export async function evaluatePhone(locale: Locale, items = heldOut(locale).phone): Promise<Score> {
  await loadSpeechClassifier();
  return score(items, (item: PhoneItem) => {
    const screen = parseScreen(item.screen);
    const said = item.say.trim();
    const input = said ? { kind: 'speech' as const, match: matchSpeech(locale, said) } : { kind: 'silence' as const };
    return phoneOutcome(screen, locale, decide(screen, { locale, tries: 0 }, input).step).split(' ');
  });
}

// ---- the skill ----

const STAND_INS = new Map<Locale, AlexaStandIn>();
/** Alexa's two steps over models/<locale>.json: the classifier trained on the model alone, then entity resolution. */
function skillStandIn(locale: Locale): AlexaStandIn {
  let found = STAND_INS.get(locale);
  if (!found) {
    const model = JSON.parse(readFileSync(join(ROOT, 'models', `${locale}.json`), 'utf8')) as ModelJson;
    STAND_INS.set(locale, (found = new AlexaStandIn(locale, model)));
  }
  return found;
}

/** The stand-in hears each item; the real skill answers the request Alexa would send; the answer is judged. */
export async function evaluateSkill(locale: Locale, items = heldOut(locale).skill): Promise<Score> {
  const standIn = skillStandIn(locale);
  const answered = new Map<string, string[]>();
  for (const item of items) {
    const { intent, slots } = standIn.understand(item.say);
    const request = { name: intent, confirmationStatus: 'NONE', slots } as unknown as Intent;
    answered.set(item.say, await judgeSelection(locale, request));
  }
  return score(items, (item: SkillItem) => answered.get(item.say) ?? []);
}
