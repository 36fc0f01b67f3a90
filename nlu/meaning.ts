// What words mean on every channel: the safety rules built from the utterance corpus (danger, not an emergency, a
// minor telling of being sold or forced, asking for a person), then what the classifier's label means for the words
// said. Pure: each channel passes in the classifier, loaded when it needs it, and keeps its own words (keys, moving
// about the line) to itself.

import {
  DISCLOSURE_KINDS,
  LOCALES,
  RESOURCES,
  RESOURCE_IDS,
  RUNAWAY_SERVICE,
  TOPIC_IDS,
  type DisclosureKind,
  type Locale,
  type ResourceId,
  type TopicId,
} from '../content/index.js';
import { corpusFor } from '../content/utterances/corpus.js';
import { normalise } from '../content/utterances/normalise.js';
import { MAX_CLASSIFIED_WORDS, MEANING_THRESHOLD, type Classifier } from './classifier.js';

export type Meaning =
  | { readonly kind: 'topic'; readonly topicId: TopicId }
  | { readonly kind: 'service'; readonly resourceId: ResourceId }
  | { readonly kind: 'disclosure'; readonly disclosure: DisclosureKind }
  /** Words of danger; `partner` when a partner is named too, so the domestic violence line can be offered beside. */
  | { readonly kind: 'emergency'; readonly partner?: true }
  /** "Not an emergency": the Sheriff's non-emergency line. */
  | { readonly kind: 'sheriff' }
  /** Asking for help or for a person: the hotline, where someone answers day and night. */
  | { readonly kind: 'hotline' }
  | { readonly kind: 'sendNumbers' };

/** What the safety rules can find: danger, the Sheriff, the child disclosure or a person. */
type SafetyMeaning = Extract<Meaning, { readonly kind: 'emergency' | 'sheriff' | 'disclosure' | 'hotline' }>;

interface Rules {
  readonly danger: readonly string[];
  /** Phrases with a danger word that are not danger ("can I get locked up for…": arrest), taken out first. */
  readonly notDanger: readonly string[];
  readonly partner: readonly string[];
  /** Fear said on its own ("I'm scared"): danger; fear of something ("scared to call the police") is not. */
  readonly dangerExact: ReadonlySet<string>;
  readonly nonEmergency: readonly string[];
  readonly helpExact: ReadonlySet<string>;
  readonly help: readonly string[];
  /** The speaker's own age under 18 ("I'm fifteen", "soy menor"), and words of being sold, forced or used for sex. */
  readonly minorSelf: readonly string[];
  readonly exploited: readonly string[];
  /** Each service's names, in the normal form. */
  readonly services: ReadonlyMap<ResourceId, readonly string[]>;
}

/** Where a `minorSelf` phrase takes each of `minorAges` ("i'm {age}"). */
const AGE_REF = '{age}';

function rulesFor(locale: Locale): Rules {
  const corpus = corpusFor(locale);
  const n = (list: readonly string[]): string[] => list.map(normalise).filter(Boolean);
  // "Emergency" in either language, and the emergency number from the registry, always count.
  const emergency = LOCALES.flatMap((l) => n(corpusFor(l).rules.emergency));
  const dial = RESOURCES.emergency911.dialCode;
  return {
    danger: [...n(corpus.rules.danger), ...emergency, ...(dial ? [dial] : [])],
    notDanger: n(corpus.rules.notDanger),
    partner: n(corpus.rules.partner),
    dangerExact: new Set(n(corpus.rules.dangerExact)),
    nonEmergency: n(corpus.rules.nonEmergency),
    helpExact: new Set(n(corpus.rules.helpExact)),
    help: n(corpus.rules.help),
    minorSelf: n(
      corpus.rules.minorSelf.flatMap((p) =>
        p.includes(AGE_REF) ? corpus.rules.minorAges.map((age) => p.replace(AGE_REF, age)) : [p],
      ),
    ),
    exploited: n(corpus.rules.exploited),
    services: new Map(RESOURCE_IDS.map((id) => [id, n(corpus.slots.services[id] ?? [])])),
  };
}

// Built on first use, not at import: a call's opening has no speech to match, and the skill needs them only when a
// slot does not resolve.
const RULES = new Map<Locale, Rules>();
function rules(locale: Locale): Rules {
  let found = RULES.get(locale);
  if (!found) RULES.set(locale, (found = rulesFor(locale)));
  return found;
}

/** Whether a phrase is in what was said, word for word (both in the normal form). */
export const contains = (said: string, phrase: string): boolean => phrase !== '' && ` ${said} `.includes(` ${phrase} `);
const without = (said: string, phrases: readonly string[]): string =>
  phrases.reduce((s, p) => ` ${s} `.split(` ${p} `).join(' ').trim(), said);

/** Each service's names in the normal form (a service is taken only when one of its names was said). */
export const serviceNames = (locale: Locale): ReadonlyMap<ResourceId, readonly string[]> => rules(locale).services;

const emergency = (r: Rules, said: string): SafetyMeaning =>
  r.partner.some((p) => contains(said, p)) ? { kind: 'emergency', partner: true } : { kind: 'emergency' };

/** Danger words, once "not an emergency" and arrest ("get locked up") are taken out; with a partner named, or not. */
function danger(r: Rules, said: string): SafetyMeaning | undefined {
  const calm = without(without(said, r.nonEmergency), r.notDanger);
  if (!r.dangerExact.has(calm) && !r.danger.some((p) => contains(calm, p))) return undefined;
  return emergency(r, said);
}

/**
 * The safety rules, before anything else is looked for: danger, then "not an emergency" (the Sheriff), then a minor
 * telling of being sold or forced (the child disclosure, not the adult path the classifier may hear), then asking for
 * help or a person. `heard` is in the normal form; undefined when no rule applies.
 */
export function safetyMeaning(locale: Locale, heard: string): SafetyMeaning | undefined {
  const r = rules(locale);
  // "Not an emergency" is taken out before looking for danger, so it never sounds like one.
  const threat = danger(r, heard);
  if (threat) return threat;
  if (without(heard, r.nonEmergency) !== heard) return { kind: 'sheriff' };
  if (r.minorSelf.some((p) => contains(heard, p)) && r.exploited.some((p) => contains(heard, p)))
    return { kind: 'disclosure', disclosure: 'child' };
  if (r.helpExact.has(heard) || r.help.some((p) => contains(heard, p))) return { kind: 'hotline' };
  return undefined;
}

/** The classifier's label for what was said (normal form), when the phrase is short enough and the label sure enough. */
export function confidentLabel(classifier: Classifier, said: string): string | undefined {
  if (said.split(' ').length > MAX_CLASSIFIED_WORDS) return undefined;
  const { label, score } = classifier.classify(said);
  return score >= MEANING_THRESHOLD ? label : undefined;
}

/**
 * What a classifier's label means for the words said (normal form): a topic, a service only when one of its names
 * was said (or a child who ran away, said in a sentence), a disclosure, danger unless the words mean arrest, or the
 * numbers sent. Asking for help is never taken on the classifier's guess alone (only the rules take it); the words
 * for moving about a phone line are the phone's own, so their labels are undefined here too.
 */
export function labelMeaning(locale: Locale, label: string, said: string): Meaning | undefined {
  const r = rules(locale);
  const [kind, id = ''] = label.split('.');
  if (kind === 'topic' && (TOPIC_IDS as readonly string[]).includes(id))
    return { kind: 'topic', topicId: id as TopicId };
  if (kind === 'disclosure' && (DISCLOSURE_KINDS as readonly string[]).includes(id))
    return { kind: 'disclosure', disclosure: id as DisclosureKind };
  if (kind === 'service' && (RESOURCE_IDS as readonly string[]).includes(id)) {
    // A service needs its name in what was said, not only the classifier's guess.
    const named = r.services.get(id as ResourceId)?.some((p) => contains(said, p));
    return named ? { kind: 'service', resourceId: id as ResourceId } : undefined;
  }
  switch (label) {
    case 'danger':
      // The classifier's guess of danger yields to the same exceptions as the rules ("can I get locked up for…").
      return r.notDanger.some((p) => contains(said, p)) ? undefined : emergency(r, said);
    case 'runaway':
      // A young person gone from home: the line for runaways and their families, said in a sentence, not by name.
      return { kind: 'service', resourceId: RUNAWAY_SERVICE };
    case 'sendNumbers':
      return { kind: 'sendNumbers' };
  }
  return undefined;
}

/** What words mean with nothing of a channel's own: the safety rules, then the classifier; undefined for nothing. */
export function meaningOfWords(locale: Locale, words: string, classifier: Classifier): Meaning | undefined {
  const said = normalise(words);
  if (said === '') return undefined;
  const rule = safetyMeaning(locale, said);
  if (rule) return rule;
  const label = confidentLabel(classifier, said);
  return label === undefined ? undefined : labelMeaning(locale, label, said);
}
