// Accuracy on the held-out sets: the phone line through its real speech matching and call flow, and the skill
// through a stand-in for Alexa's NLU (the same classifier trained on the generated model's samples alone).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  RESOURCES,
  TOPIC_IDS,
  otherLocale,
  type Locale,
  type Prompt,
  type ResourceId,
  type TopicId,
} from '../../content/index.js';
import { backOf, decide, type Screen, type Step } from '../../ivr/flow.js';
import { loadSpeechClassifier, matchSpeech } from '../../ivr/speech.js';
import { emergencyAnswer, resourceAnswer, topicAnswer } from '../../lambda/answers.js';
import { load, train, type Classifier } from '../../nlu/classifier.js';
import { modelDocs } from '../../nlu/corpus-docs.js';
import { heldOut, type PhoneItem, type SkillItem } from '../../nlu/held-out.js';

/** The bar: below this share right, the tests fail. */
export const MIN_ACCURACY = 0.9;
/** The stand-in's threshold: below it, Alexa would send the FallbackIntent. */
export const SKILL_THRESHOLD = 0.35;

export interface Miss {
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
  if (kind === 'resource' || kind === 'number' || kind === 'transfer') return !(id in RESOURCES);
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

/** What a step did, in the held-out sets' words. */
function phoneOutcome(screen: Screen, locale: Locale, step: Step): string {
  switch (step.kind) {
    case 'opening':
      return step.locale === otherLocale(locale) ? 'key:language' : 'opening';
    case 'transfer':
      return `transfer:${step.resourceId}`;
    case 'show': {
      const s = step.screen;
      if (step.preface === 'emergency') return 'emergency';
      if (step.preface) return 'reprompt';
      if (JSON.stringify(s) === JSON.stringify(screen)) return 'repeat';
      if (s.kind === 'topic')
        return s.topicId === (screen.kind === 'topic' && screen.topicId) ? 'more' : `topic:${s.topicId}`;
      if (s.kind === 'menu') {
        if (s.menuId === 'main') return screen.kind === 'menu' ? 'mainMenu' : 'mainMenu back';
        return s.menuId === backOf(screen) ? `back key:${s.menuId}` : `key:${s.menuId}`;
      }
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

const STAND_INS = new Map<Locale, Classifier>();
/** The classifier trained on models/<locale>.json alone, as Alexa is trained on the model alone. */
export function skillStandIn(locale: Locale): Classifier {
  let found = STAND_INS.get(locale);
  if (!found) {
    const model: unknown = JSON.parse(readFileSync(join(ROOT, 'models', `${locale}.json`), 'utf8'));
    STAND_INS.set(locale, (found = load(train(locale, modelDocs(model)))));
  }
  return found;
}

const numbersIn = (p: Prompt): string[] =>
  p.flatMap((s) => (s.kind === 'phone' ? [s.e164] : s.kind === 'digits' ? [s.digits] : []));

/** The numbers the skill's first answer to an intent says. */
function firstAnswerNumbers(locale: Locale, label: string): string[] {
  const [intent, id = ''] = label.split(':');
  const answer =
    intent === 'TopicIntent' && (TOPIC_IDS as readonly string[]).includes(id)
      ? topicAnswer(locale, id as TopicId)
      : intent === 'ResourceIntent' && id in RESOURCES
        ? resourceAnswer(locale, id as ResourceId)
        : intent === 'EmergencyIntent'
          ? emergencyAnswer(locale)
          : undefined;
  return answer ? numbersIn(answer.speech) : [];
}

function skillOutcomes(locale: Locale, label: string): string[] {
  const [intent = '', id] = label.split(':');
  const out = [`intent:${intent}`];
  if (intent === 'TopicIntent' && id) out.push(`topic:${id}`);
  if (intent === 'ResourceIntent' && id) out.push(`resource:${id}`);
  const said = firstAnswerNumbers(locale, label);
  for (const rid of Object.keys(RESOURCES) as ResourceId[]) {
    const r = RESOURCES[rid];
    if ([r.phone, r.dialCode].some((n) => n !== undefined && said.includes(n))) out.push(`number:${rid}`);
  }
  return out;
}

export function evaluateSkill(locale: Locale, items = heldOut(locale).skill): Score {
  const standIn = skillStandIn(locale);
  return score(items, (item: SkillItem) => {
    const { label, score: confidence } = standIn.classify(item.say);
    return confidence >= SKILL_THRESHOLD ? skillOutcomes(locale, label) : ['intent:AMAZON.FallbackIntent'];
  });
}
