// What the skill says, as pure functions of the locale and the request: neutral Prompts from content/, no SDK.

import {
  DISCLOSURES,
  RESOURCES,
  TOPICS,
  alternativeOf,
  canText,
  capitalised,
  disclosureWords,
  hasConfirmedNumber,
  join,
  numberTwiceAfter,
  timesSaid,
  prompt,
  renderDisplay,
  resourcePurpose,
  topicDetails,
  topicSummary,
  type DisclosureKind,
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

/**
 * What an answer is, without its words: kept in the session so that Repeat renders the same answer again from
 * content/ (never replaying stored speech). Every answer below carries its id.
 */
export type AnswerId =
  | { readonly kind: 'launch' }
  | { readonly kind: 'help' }
  | { readonly kind: 'topic'; readonly topicId: TopicId }
  | { readonly kind: 'more'; readonly topicId: TopicId; readonly next: number }
  | { readonly kind: 'noMore' }
  | { readonly kind: 'nothingPending' }
  | { readonly kind: 'resource'; readonly resourceId: ResourceId }
  | { readonly kind: 'disclosure'; readonly disclosure: DisclosureKind }
  | { readonly kind: 'emergency' }
  | { readonly kind: 'person' }
  | { readonly kind: 'fallback' }
  | { readonly kind: 'error' }
  | { readonly kind: 'sendNumbers' }
  | { readonly kind: 'sent' }
  | { readonly kind: 'notSent' }
  | { readonly kind: 'goodbye' };

export interface Answer {
  readonly id: AnswerId;
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
const CARD_DEFAULTS: readonly ResourceId[] = ['traffickingHotline', 'sheriffNonEmergency', 'la211'];

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
    id: { kind: 'launch' },
    speech: join(alexa(locale, 'emergencyNotice'), alexa(locale, 'welcome')),
    reprompt: alexa(locale, 'welcomeReprompt'),
  };
}

export function helpAnswer(locale: Locale): Answer {
  return {
    id: { kind: 'help' },
    speech: join(alexa(locale, 'emergencyNotice'), alexa(locale, 'help')),
    reprompt: alexa(locale, 'helpReprompt'),
  };
}

/**
 * Topics people ask to act on ("how do I report", "who can help me leave"): the first answer says who to call and
 * the number twice, not only after "want to hear more?".
 */
const ACT_TOPICS: ReadonlySet<string> = new Set(['whatToDo', 'leavingSupport', 'signs', 'localConcern', 'hotlineCall']);

/** The number an act topic's first answer gives: its first resource with a number, other than 911. */
export function firstNumberOf(topicId: TopicId): ResourceId | undefined {
  if (!ACT_TOPICS.has(topicId)) return undefined;
  return TOPICS[topicId].resourceIds.find((id) => hasNumber(id) && id !== 'emergency911');
}

/** True when the last number `p` says is the number of `id`. */
function endsWithNumberOf(p: Prompt, id: ResourceId): boolean {
  const last = p.findLast((s) => s.kind === 'phone' || s.kind === 'digits');
  return last !== undefined && timesSaid([last], id) === 1;
}

export function topicAnswer(locale: Locale, topicId: TopicId): Answer {
  const summary = topicSummary(locale, topicId);
  const first = firstNumberOf(topicId);
  // When the summary gives the number already, it is said once more only: a number at most twice in one answer.
  const callThem = first && timesSaid(summary, first) === 0 ? alexa(locale, 'firstNumber', { resourceId: first }) : [];
  const before = join(summary, callThem);
  // "Again, that is…" right after another number ("In an emergency, call 911.") would seem to repeat that one.
  const again =
    first && timesSaid(before, first) === 1 && !endsWithNumberOf(before, first)
      ? alexa(locale, 'numberAgainNamed', { resourceId: first })
      : undefined;
  const number = first ? join(callThem, again ?? numberTwiceAfter(locale, before, first)) : [];
  return {
    id: { kind: 'topic', topicId },
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
  const id = { kind: 'more', ...position } as const;
  if (position.next + 1 < chunks.length) {
    return {
      id,
      speech: join(chunk, alexa(locale, 'moreOffer')),
      reprompt: alexa(locale, 'moreReprompt'),
      numbers,
      more: { topicId: position.topicId, next: position.next + 1 },
    };
  }
  return {
    id,
    speech: join(chunk, alexa(locale, 'topicEnd')),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers,
  };
}

export function noMoreAnswer(locale: Locale): Answer {
  return { id: { kind: 'noMore' }, speech: alexa(locale, 'noMore'), reprompt: alexa(locale, 'anythingElseReprompt') };
}

export function nothingPendingAnswer(locale: Locale): Answer {
  return {
    id: { kind: 'nothingPending' },
    speech: alexa(locale, 'nothingPending'),
    reprompt: alexa(locale, 'helpReprompt'),
  };
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
    id: { kind: 'resource', resourceId: id },
    speech: join(about, number, textOffer(locale, id), alexa(locale, 'anythingElse')),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers: hasNumber(id) ? [id] : unconfirmed ? [alternativeOf(id, RESOURCES)] : [],
  };
}

/** 911 first, then the hotline, its number said twice. The skill never calls anyone and never says it does. */
export function emergencyAnswer(locale: Locale): Answer {
  return {
    id: { kind: 'emergency' },
    speech: join(
      alexa(locale, 'emergency'),
      prompt(locale, 'common.hotlineOffer'),
      prompt(locale, 'common.numberAgain', { resourceId: 'traffickingHotline' }),
    ),
    reprompt: alexa(locale, 'emergencyReprompt'),
    numbers: ['traffickingHotline'],
  };
}

/** Asking for a person: the hotline, where someone answers day and night, its number twice. */
export function personAnswer(locale: Locale): Answer {
  const hotline: ResourceId = 'traffickingHotline';
  return {
    id: { kind: 'person' },
    speech: join(
      alexa(locale, 'personOffer'),
      prompt(locale, 'common.numberAgain', { resourceId: hotline }),
      textOffer(locale, hotline),
      alexa(locale, 'anythingElse'),
    ),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers: [hotline],
  };
}

/**
 * Whatever was not understood: a person first (the hotline and its number), 911 if in danger, then one thing to ask.
 * Never an apology alone.
 */
export function fallbackAnswer(locale: Locale): Answer {
  return {
    id: { kind: 'fallback' },
    speech: join(
      alexa(locale, 'notUnderstood'),
      alexa(locale, 'personOffer'),
      alexa(locale, 'dangerOffer'),
      alexa(locale, 'fallbackSuggest'),
    ),
    reprompt: alexa(locale, 'fallbackReprompt'),
    numbers: ['traffickingHotline'],
  };
}

/**
 * Someone said what is happening or happened to them (or to a child): a caring sentence, the right service with its
 * number twice, a second service where the structure names one, what to do in danger.
 */
export function disclosureAnswer(locale: Locale, kind: DisclosureKind): Answer {
  const { resourceId, beside } = DISCLOSURES[kind];
  const words = disclosureWords(locale, kind);
  return {
    id: { kind: 'disclosure', disclosure: kind },
    speech: join(words.care, words.who, words.note, words.beside, words.safety, alexa(locale, 'disclosureEnd')),
    reprompt: alexa(locale, 'disclosureReprompt'),
    numbers: beside ? [resourceId, beside] : [resourceId],
  };
}

export function errorAnswer(locale: Locale): Answer {
  return {
    id: { kind: 'error' },
    speech: join(prompt(locale, 'common.apology'), prompt(locale, 'common.hotlineOffer')),
    reprompt: alexa(locale, 'errorReprompt'),
    numbers: ['traffickingHotline'],
  };
}

export function goodbyeAnswer(locale: Locale): Answer {
  return { id: { kind: 'goodbye' }, speech: alexa(locale, 'goodbye'), end: true };
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
    id: { kind: 'sendNumbers' },
    speech: join(alexa(locale, 'sendCaution'), alexa(locale, 'sendConfirm')),
    reprompt: alexa(locale, 'sendConfirmReprompt'),
    confirm: 'sendNumbers',
  };
}

/** Yes after the warning: one card with the numbers heard so far and the defaults. */
export function numbersSentAnswer(locale: Locale, heard: readonly ResourceId[]): Answer {
  const ids = [...new Set([...heard, ...CARD_DEFAULTS])];
  return {
    id: { kind: 'sent' },
    speech: alexa(locale, 'sent'),
    reprompt: alexa(locale, 'anythingElseReprompt'),
    numbers: ids,
    card: numbersDisplay(locale, ids),
  };
}

/** No after the warning: nothing is sent. */
export function notSentAnswer(locale: Locale): Answer {
  return { id: { kind: 'notSent' }, speech: alexa(locale, 'notSent'), reprompt: alexa(locale, 'anythingElseReprompt') };
}

/** The answer an id stands for, rendered from content/ now: Repeat says it again this way. */
export function answerFor(locale: Locale, id: AnswerId, heard: readonly ResourceId[] = []): Answer {
  switch (id.kind) {
    case 'launch':
      return launchAnswer(locale);
    case 'help':
      return helpAnswer(locale);
    case 'topic':
      return topicAnswer(locale, id.topicId);
    case 'more':
      return moreAnswer(locale, id);
    case 'noMore':
      return noMoreAnswer(locale);
    case 'nothingPending':
      return nothingPendingAnswer(locale);
    case 'resource':
      return resourceAnswer(locale, id.resourceId);
    case 'disclosure':
      return disclosureAnswer(locale, id.disclosure);
    case 'emergency':
      return emergencyAnswer(locale);
    case 'person':
      return personAnswer(locale);
    case 'fallback':
      return fallbackAnswer(locale);
    case 'error':
      return errorAnswer(locale);
    case 'sendNumbers':
      return sendNumbersAnswer(locale);
    case 'sent':
      return numbersSentAnswer(locale, heard);
    case 'notSent':
      return notSentAnswer(locale);
    case 'goodbye':
      return goodbyeAnswer(locale);
  }
}
