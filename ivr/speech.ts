// What a caller said -> what it means on the phone line: safety rules first (danger, non-emergency, a minor telling
// of being sold or forced, asking for help), then keys said aloud, then the classifier trained on the utterance
// corpus (nlu/), above a threshold: a topic, a named service, a disclosure, or a word for moving about the line.

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
import { corpusFor, phrasings } from '../content/utterances/corpus.js';
import { normalise } from '../content/utterances/normalise.js';
import { MAX_CLASSIFIED_WORDS, MEANING_THRESHOLD, type Classifier } from '../nlu/classifier.js';

/** Meanings that are not a topic, a service, a disclosure, danger or a key. */
type SpeechMeaning = 'otherLanguage' | 'sheriff' | 'hotline' | 'back' | 'mainMenu' | 'repeat' | 'more' | 'text';

export type SpeechMatch =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'topic'; readonly topicId: TopicId }
  | { readonly kind: 'service'; readonly resourceId: ResourceId }
  | { readonly kind: 'disclosure'; readonly disclosure: DisclosureKind }
  /** Words of danger; `partner` when a partner is named too, so the safety screen also offers the domestic violence line. */
  | { readonly kind: 'emergency'; readonly partner?: true }
  | { readonly kind: SpeechMeaning };

/**
 * Words for moving about the line. The classifier hears them inside sentences ("bring back the money", "I went back
 * to him"), so they count only in a short phrase or one made of such words alone; a longer sentence it cannot place
 * gets the "I may not have understood" reprompt instead of a screen replayed without a word.
 */
const NAVIGATION_MEANINGS = ['more', 'yes', 'no', 'repeat', 'back', 'mainMenu', 'otherLanguage'] as const;
/** At most this many words, and a navigation word is taken as it is. */
const MAX_NAVIGATION_WORDS = 4;

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
  /** The caller's own age under 18 ("I'm fifteen", "soy menor"), and words of being sold, forced or used for sex. */
  readonly minorSelf: readonly string[];
  readonly exploited: readonly string[];
  /** Every word of the navigation meanings' phrasings. */
  readonly navigationWords: ReadonlySet<string>;
  /** One-word yeses ("yes", "okay", "sí", "claro") said before what the caller wants: "yes, tell me more". */
  readonly affirmations: ReadonlySet<string>;
  readonly keyWords: ReadonlyMap<string, string>;
  readonly keyLead: ReadonlySet<string>;
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
  const keyWords = new Map<string, string>();
  for (const [key, words] of Object.entries(corpus.keys.words)) for (const w of n(words)) keyWords.set(w, key);
  const services = new Map(RESOURCE_IDS.map((id) => [id, n(corpus.slots.services[id] ?? [])]));
  const navigation = NAVIGATION_MEANINGS.flatMap((m) => n(phrasings(corpus, m)));
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
    navigationWords: new Set(navigation.flatMap((p) => p.split(' '))),
    affirmations: new Set(n(phrasings(corpus, 'yes')).filter((p) => !p.includes(' '))),
    keyWords,
    keyLead: new Set(n(corpus.keys.lead).flatMap((l) => l.split(' '))),
    services,
  };
}

// Built on first use, not at import: a call's first request (the opening) has no speech to match.
const RULES = new Map<Locale, Rules>();
function rules(locale: Locale): Rules {
  let found = RULES.get(locale);
  if (!found) RULES.set(locale, (found = rulesFor(locale)));
  return found;
}

const CLASSIFIERS = new Map<Locale, Classifier>();

/**
 * Loads the trained classifiers (nlu/models/*.json) once, on the first request that carries speech, so the
 * opening of a call does not pay for them. Until then, speech is matched by the rules and keys alone.
 */
export async function loadSpeechClassifier(): Promise<void> {
  if (CLASSIFIERS.size === LOCALES.length) return;
  const { phoneClassifier } = await import('../nlu/phone-model.js');
  for (const locale of LOCALES) CLASSIFIERS.set(locale, phoneClassifier(locale));
}

const contains = (said: string, phrase: string): boolean => phrase !== '' && ` ${said} `.includes(` ${phrase} `);
const without = (said: string, phrases: readonly string[]): string =>
  phrases.reduce((s, p) => ` ${s} `.split(` ${p} `).join(' ').trim(), said);

const FILLERS = new Set(['the', 'a', 'el', 'la', 'please', 'por', 'favor', 'um', 'uh', 'eh']);

/** "press one", "option 2", "la opción uno", "oprimo el dos", or a key alone: the key, else undefined. */
function spokenKey(r: Rules, said: string): string | undefined {
  if (/^[0-9*#]$/.test(said)) return said;
  const words = said.split(' ').filter((w) => !FILLERS.has(w));
  const last = words.at(-1);
  if (last === undefined || !words.slice(0, -1).every((w) => r.keyLead.has(w))) return undefined;
  if (/^[0-9]$/.test(last)) return words.length > 1 ? last : undefined;
  return r.keyWords.get(last);
}

/** A phrase short enough, or made only of words for moving about the line, to be taken as moving about. */
function isNavigation(r: Rules, said: string): boolean {
  const words = said.split(' ');
  return words.length <= MAX_NAVIGATION_WORDS || words.every((w) => r.navigationWords.has(w));
}

const emergency = (r: Rules, said: string): SpeechMatch =>
  r.partner.some((p) => contains(said, p)) ? { kind: 'emergency', partner: true } : { kind: 'emergency' };

function fromLabel(r: Rules, label: string, said: string): SpeechMatch | undefined {
  const [kind, id = ''] = label.split('.');
  if ((NAVIGATION_MEANINGS as readonly string[]).includes(label) && !isNavigation(r, said)) return undefined;
  if (kind === 'topic' && (TOPIC_IDS as readonly string[]).includes(id))
    return { kind: 'topic', topicId: id as TopicId };
  if (kind === 'disclosure' && (DISCLOSURE_KINDS as readonly string[]).includes(id))
    return { kind: 'disclosure', disclosure: id as DisclosureKind };
  if (kind === 'service' && (RESOURCE_IDS as readonly string[]).includes(id)) {
    // A transfer needs the service's name in what was said, not only the classifier's guess.
    const named = r.services.get(id as ResourceId)?.some((p) => contains(said, p));
    return named ? { kind: 'service', resourceId: id as ResourceId } : undefined;
  }
  switch (label) {
    case 'danger':
      // The classifier's guess of danger yields to the same exceptions as the rules ("can I get locked up for…").
      return r.notDanger.some((p) => contains(said, p)) ? undefined : emergency(r, said);
    case 'help':
      // Asking for help transfers by the rules only (ivr/speech rules above), never on the classifier's guess.
      return undefined;
    case 'more':
    case 'yes':
      return { kind: 'more' };
    case 'no':
      return { kind: 'back' };
    case 'sendNumbers':
      return { kind: 'text' };
    case 'runaway':
      // A young person gone from home: the line for runaways and their families, said in a sentence, not by name.
      return { kind: 'service', resourceId: RUNAWAY_SERVICE };
    case 'repeat':
    case 'back':
    case 'mainMenu':
    case 'otherLanguage':
      return { kind: label };
  }
  return undefined;
}

/** "Yes, tell me more" -> "tell me more": the yeses before what was asked, when something follows them. */
function withoutAffirmation(r: Rules, said: string): string {
  const words = said.split(' ');
  let first = 0;
  while (first < words.length - 1 && r.affirmations.has(words[first] ?? '')) first += 1;
  return words.slice(first).join(' ');
}

/** Danger words, once "not an emergency" and arrest ("get locked up") are taken out; with a partner named, or not. */
function danger(r: Rules, said: string): SpeechMatch | undefined {
  const calm = without(without(said, r.nonEmergency), r.notDanger);
  if (!r.dangerExact.has(calm) && !r.danger.some((p) => contains(calm, p))) return undefined;
  return emergency(r, said);
}

/** What was said means, in this call's language, or undefined for the reprompt. */
export function matchSpeech(locale: Locale, speech: string): SpeechMatch | undefined {
  const heard = normalise(speech);
  if (heard === '') return undefined;
  const r = rules(locale);
  // Safety first. "Not an emergency" is taken out before looking for danger, so it never sounds like one.
  const threat = danger(r, heard);
  if (threat) return threat;
  if (without(heard, r.nonEmergency) !== heard) return { kind: 'sheriff' };
  // A minor telling of being sold, forced or used ("I'm fifteen and he sells me"): the child's path, not the adult's.
  if (r.minorSelf.some((p) => contains(heard, p)) && r.exploited.some((p) => contains(heard, p)))
    return { kind: 'disclosure', disclosure: 'child' };
  if (r.helpExact.has(heard) || r.help.some((p) => contains(heard, p))) return { kind: 'hotline' };
  const said = withoutAffirmation(r, heard);
  const key = spokenKey(r, said);
  if (key !== undefined) return { kind: 'key', key };
  const classifier = CLASSIFIERS.get(locale);
  if (!classifier || said.split(' ').length > MAX_CLASSIFIED_WORDS) return undefined;
  const { label, score } = classifier.classify(said);
  const meant = score >= MEANING_THRESHOLD ? fromLabel(r, label, said) : undefined;
  // "La línea, por favor, soy Rosalinda": when the classifier is unsure, a service named outright still counts.
  return meant ?? namedService(r, said);
}

/** The service whose longest name is in what was said, if exactly one has it. */
function namedService(r: Rules, said: string): SpeechMatch | undefined {
  let best: ResourceId[] = [];
  let length = 0;
  for (const [id, names] of r.services) {
    const longest = Math.max(0, ...names.filter((n) => contains(said, n)).map((n) => n.length));
    if (longest > length) [best, length] = [[id], longest];
    else if (longest > 0 && longest === length) best.push(id);
  }
  const [only] = best;
  return best.length === 1 && only ? { kind: 'service', resourceId: only } : undefined;
}

/** Twilio's limits for <Gather hints>: at most 500 entries, each at most 100 characters. */
export const HINT_LIMITS = { entries: 500, chars: 100 } as const;

const HINTS = new Map<Locale, string>();
/** Speech recognition hints: the corpus's names for topics and services and its short phrases, as written. */
export function speechHints(locale: Locale): string {
  let found = HINTS.get(locale);
  if (found === undefined) {
    const corpus = corpusFor(locale);
    const short = (p: string): boolean => p.length <= HINT_LIMITS.chars && !/[{}]/.test(p);
    const names = [...Object.values(corpus.slots.services), ...Object.values(corpus.slots.topics)].flat();
    const plain = ['help', 'more', 'repeat', 'back', 'mainMenu', 'otherLanguage'].flatMap((m) => phrasings(corpus, m));
    const phrases = [...names, ...plain, ...corpus.rules.nonEmergency, ...corpus.rules.emergency];
    found = [...new Set(phrases.filter(short).map((p) => p.replace(/,/g, ' ')))]
      .slice(0, HINT_LIMITS.entries)
      .join(', ');
    HINTS.set(locale, found);
  }
  return found;
}
