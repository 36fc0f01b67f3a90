// What the skill says, as pure functions of the locale and the request: neutral Prompts from content/, no SDK.

import {
  RESOURCES,
  TOPICS,
  alternativeOf,
  canText,
  capitalised,
  hasConfirmedNumber,
  join,
  numberTwiceAfter,
  timesSaid,
  prompt,
  renderDisplay,
  resourcePurpose,
  topicDetails,
  topicSummary,
  type Locale,
  type Prompt,
  type ResourceId,
  type TopicId,
} from '../content/index.js';

export interface MorePosition {
  readonly topicId: TopicId;
  /** The index of the detail chunk "yes" will read next. */
  readonly next: number;
}

export interface NumbersDisplay {
  readonly title: string;
  readonly lines: readonly string[];
}

export interface Answer {
  readonly speech: Prompt;
  /** Present whenever the session stays open. */
  readonly reprompt?: Prompt;
  readonly end?: boolean;
  /** Resources whose numbers this answer gives: shown on a screen, and remembered for the card. */
  readonly numbers?: readonly ResourceId[];
  /** Where "want to hear more?" continues; absent when nothing is pending. */
  readonly more?: MorePosition;
  /** The one card the skill ever sends, only when the user asks for the numbers and says yes after the warning. */
  readonly card?: NumbersDisplay;
  /** A yes-or-no question this answer asks; the next Yes or No answers it. */
  readonly confirm?: 'sendNumbers';
}

/** The numbers a card holds even when the user has heard none yet: the hotline, the Sheriff, 211. */
export const CARD_DEFAULTS: readonly ResourceId[] = ['traffickingHotline', 'sheriffNonEmergency', 'la211'];

const alexa = (locale: Locale, key: string, vars?: Readonly<Record<string, string>>): Prompt =>
  prompt(locale, `alexa.${key}`, vars);

/** A number the skill may say: confirmed by a call or published by the service (content/reach.ts). */
const hasNumber = (id: ResourceId): boolean => hasConfirmedNumber(RESOURCES[id]);

function textOffer(locale: Locale, id: ResourceId): Prompt {
  const sms = RESOURCES[id].sms;
  if (!sms || !canText(RESOURCES[id])) return [];
  return alexa(locale, 'textOffer', { keyword: sms.keyword, resourceId: id });
}

/** That the number is not confirmed yet, the website if any, and who answers instead, that number twice. */
function unconfirmedNumber(locale: Locale, id: ResourceId): Prompt {
  const alternative = alternativeOf(id, RESOURCES);
  const callThem = alexa(locale, 'firstNumber', { resourceId: alternative });
  return join(
    alexa(locale, 'unconfirmedNumber', { resourceId: id }),
    RESOURCES[id].website ? alexa(locale, 'website', { resourceId: id }) : [],
    callThem,
    numberTwiceAfter(locale, callThem, alternative),
  );
}

export function launchAnswer(locale: Locale): Answer {
  return {
    speech: join(alexa(locale, 'emergencyNotice'), alexa(locale, 'welcome')),
    reprompt: alexa(locale, 'welcomeReprompt'),
  };
}

export function helpAnswer(locale: Locale): Answer {
  return {
    speech: join(alexa(locale, 'emergencyNotice'), alexa(locale, 'help')),
    reprompt: alexa(locale, 'helpReprompt'),
  };
}

/**
 * Topics people ask to act on ("how do I report", "who can help me leave"): the first answer says who to call and
 * the number twice, not only after "want to hear more?".
 */
export const ACT_TOPICS: ReadonlySet<string> = new Set([
  'whatToDo',
  'leavingSupport',
  'signs',
  'localConcern',
  'hotlineCall',
]);

/** The number an act topic's first answer gives: its first resource with a number, other than 911. */
export function firstNumberOf(topicId: TopicId): ResourceId | undefined {
  if (!ACT_TOPICS.has(topicId)) return undefined;
  return TOPICS[topicId].resourceIds.find((id) => hasNumber(id) && id !== 'emergency911');
}

export function topicAnswer(locale: Locale, topicId: TopicId): Answer {
  const summary = topicSummary(locale, topicId);
  const first = firstNumberOf(topicId);
  // When the summary gives the number already, it is said once more only: a number at most twice in one answer.
  const callThem = first && timesSaid(summary, first) === 0 ? alexa(locale, 'firstNumber', { resourceId: first }) : [];
  const number = first ? join(callThem, numberTwiceAfter(locale, join(summary, callThem), first)) : [];
  return {
    speech: join(summary, number, alexa(locale, 'moreOffer')),
    reprompt: alexa(locale, 'moreReprompt'),
    numbers: TOPICS[topicId].resourceIds.filter(hasNumber),
    more: { topicId, next: 0 },
  };
}

/** The next chunk of a long answer, then "want to hear more?" again, or the end of the topic. */
export function moreAnswer(locale: Locale, position: MorePosition): Answer {
  const chunks = topicDetails(locale, position.topicId);
  const chunk = chunks[position.next];
  if (!chunk) return nothingPendingAnswer(locale);
  const numbers = TOPICS[position.topicId].resourceIds.filter(hasNumber);
  if (position.next + 1 < chunks.length) {
    return {
      speech: join(chunk, alexa(locale, 'moreOffer')),
      reprompt: alexa(locale, 'moreReprompt'),
      numbers,
      more: { topicId: position.topicId, next: position.next + 1 },
    };
  }
  return { speech: join(chunk, alexa(locale, 'topicEnd')), reprompt: alexa(locale, 'anythingElseReprompt'), numbers };
}

export function noMoreAnswer(locale: Locale): Answer {
  return { speech: alexa(locale, 'noMore'), reprompt: alexa(locale, 'anythingElseReprompt') };
}

export function nothingPendingAnswer(locale: Locale): Answer {
  return { speech: alexa(locale, 'nothingPending'), reprompt: alexa(locale, 'helpReprompt') };
}

/**
 * Who they are, what they do, and the number twice: the number is the point of this answer. A number nobody has
 * confirmed is not said; the answer gives the service's 24-hour alternative instead.
 */
export function resourceAnswer(locale: Locale, id: ResourceId): Answer {
  const r = RESOURCES[id];
  const unconfirmed = !hasNumber(id) && (r.phone !== undefined || r.dialCode !== undefined);
  const about = join(alexa(locale, 'resourceIntro', { resourceId: id }), resourcePurpose(locale, id));
  // Twice in all: a name that holds the number ("211 LA County") counts as once.
  const number = hasNumber(id) ? numberTwiceAfter(locale, about, id) : unconfirmed ? unconfirmedNumber(locale, id) : [];
  return {
    speech: join(about, number, textOffer(locale, id), alexa(locale, 'anythingElse')),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers: hasNumber(id) ? [id] : unconfirmed ? [alternativeOf(id, RESOURCES)] : [],
  };
}

export function unknownTopicAnswer(locale: Locale): Answer {
  return { speech: alexa(locale, 'unknownTopic'), reprompt: alexa(locale, 'helpReprompt') };
}

export function unknownResourceAnswer(locale: Locale): Answer {
  return {
    speech: alexa(locale, 'unknownResource'),
    reprompt: alexa(locale, 'helpReprompt'),
    numbers: [],
  };
}

/** 911 first, then the hotline, its number said twice. The skill never calls anyone and never says it does. */
export function emergencyAnswer(locale: Locale): Answer {
  return {
    speech: join(
      alexa(locale, 'emergency'),
      prompt(locale, 'common.hotlineOffer'),
      prompt(locale, 'common.numberAgain', { resourceId: 'traffickingHotline' }),
    ),
    reprompt: alexa(locale, 'emergencyReprompt'),
    numbers: ['traffickingHotline'],
  };
}

export function fallbackAnswer(locale: Locale): Answer {
  return {
    speech: join(alexa(locale, 'fallback'), prompt(locale, 'common.hotlineOffer')),
    reprompt: alexa(locale, 'helpReprompt'),
    numbers: ['traffickingHotline'],
  };
}

export function errorAnswer(locale: Locale): Answer {
  return {
    speech: join(prompt(locale, 'common.apology'), prompt(locale, 'common.hotlineOffer')),
    reprompt: alexa(locale, 'errorReprompt'),
    numbers: ['traffickingHotline'],
  };
}

export function goodbyeAnswer(locale: Locale): Answer {
  return { speech: alexa(locale, 'goodbye'), end: true };
}

/** The numbers as lines to read on a screen or a card: 911 first, then each number, then how to text. */
export function numbersDisplay(locale: Locale, ids: readonly ResourceId[]): NumbersDisplay {
  const shown = [...new Set(ids)].filter((id) => hasNumber(id) && id !== 'emergency911');
  const lines = [
    alexa(locale, 'cardEmergency'),
    ...shown.map((id) => alexa(locale, 'numberLine', { resourceId: id })),
    ...shown.map((id) => textOffer(locale, id)),
  ]
    .filter((p) => p.length > 0)
    .map((p) => renderDisplay(capitalised(p, locale)));
  return { title: renderDisplay(alexa(locale, 'numbersTitle')), lines };
}

/** Asked for the numbers: first the warning about the Alexa app's history, and a yes-or-no question. No card yet. */
export function sendNumbersAnswer(locale: Locale): Answer {
  return {
    speech: join(alexa(locale, 'sendCaution'), alexa(locale, 'sendConfirm')),
    reprompt: alexa(locale, 'sendConfirmReprompt'),
    confirm: 'sendNumbers',
  };
}

/** Yes after the warning: one card with the numbers heard so far and the defaults. */
export function numbersSentAnswer(locale: Locale, heard: readonly ResourceId[]): Answer {
  const ids = [...new Set([...heard, ...CARD_DEFAULTS])];
  return {
    speech: alexa(locale, 'sent'),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers: ids,
    card: numbersDisplay(locale, ids),
  };
}

/** No after the warning: nothing is sent. */
export function notSentAnswer(locale: Locale): Answer {
  return { speech: alexa(locale, 'notSent'), reprompt: alexa(locale, 'anythingElseReprompt') };
}
