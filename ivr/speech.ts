// What a caller said -> what it means on the phone line: safety rules first (danger, non-emergency, asking for
// help), then keys said aloud, then the classifier trained on the utterance corpus (nlu/), above a threshold: a
// topic, a named service, a disclosure, or a word for moving about the line.

import {
  DISCLOSURE_KINDS,
  LOCALES,
  RESOURCES,
  RESOURCE_IDS,
  TOPIC_IDS,
  type DisclosureKind,
  type Locale,
  type ResourceId,
  type TopicId,
} from '../content/index.js';
import { corpusFor, phrasings } from '../content/utterances/corpus.js';
import { normalise } from '../content/utterances/normalise.js';
import { MAX_CLASSIFIED_WORDS, MEANING_THRESHOLD, type Classifier } from '../nlu/classifier.js';

/** Meanings that are not a topic, a service or a key. */
type SpeechMeaning =
  'emergency' | 'otherLanguage' | 'sheriff' | 'hotline' | 'back' | 'mainMenu' | 'repeat' | 'more' | 'text';

export type SpeechMatch =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'topic'; readonly topicId: TopicId }
  | { readonly kind: 'service'; readonly resourceId: ResourceId }
  | { readonly kind: 'disclosure'; readonly disclosure: DisclosureKind }
  | { readonly kind: SpeechMeaning };

interface Rules {
  readonly danger: readonly string[];
  /** Fear said on its own ("I'm scared"): danger; fear of something ("scared to call the police") is not. */
  readonly dangerExact: ReadonlySet<string>;
  readonly nonEmergency: readonly string[];
  readonly helpExact: ReadonlySet<string>;
  readonly help: readonly string[];
  readonly keyWords: ReadonlyMap<string, string>;
  readonly keyLead: ReadonlySet<string>;
  readonly services: ReadonlyMap<ResourceId, readonly string[]>;
}

function rulesFor(locale: Locale): Rules {
  const corpus = corpusFor(locale);
  const n = (list: readonly string[]): string[] => list.map(normalise).filter(Boolean);
  // "Emergency" in either language, and the emergency number from the registry, always count.
  const emergency = LOCALES.flatMap((l) => n(corpusFor(l).rules.emergency));
  const dial = RESOURCES.emergency911.dialCode;
  const keyWords = new Map<string, string>();
  for (const [key, words] of Object.entries(corpus.keys.words)) for (const w of n(words)) keyWords.set(w, key);
  const services = new Map(RESOURCE_IDS.map((id) => [id, n(corpus.slots.services[id] ?? [])]));
  return {
    danger: [...n(corpus.rules.danger), ...emergency, ...(dial ? [dial] : [])],
    dangerExact: new Set(n(corpus.rules.dangerExact)),
    nonEmergency: n(corpus.rules.nonEmergency),
    helpExact: new Set(n(corpus.rules.helpExact)),
    help: n(corpus.rules.help),
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

function fromLabel(r: Rules, label: string, said: string): SpeechMatch | undefined {
  const [kind, id = ''] = label.split('.');
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
      return { kind: 'emergency' };
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
    case 'repeat':
    case 'back':
    case 'mainMenu':
    case 'otherLanguage':
      return { kind: label };
  }
  return undefined;
}

/** What was said means, in this call's language, or undefined for the reprompt. */
export function matchSpeech(locale: Locale, speech: string): SpeechMatch | undefined {
  const said = normalise(speech);
  if (said === '') return undefined;
  const r = rules(locale);
  // Safety first. "Not an emergency" is taken out before looking for danger, so it never sounds like one.
  const calm = without(said, r.nonEmergency);
  if (r.dangerExact.has(calm) || r.danger.some((p) => contains(calm, p))) return { kind: 'emergency' };
  if (calm !== said) return { kind: 'sheriff' };
  if (r.helpExact.has(said) || r.help.some((p) => contains(said, p))) return { kind: 'hotline' };
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
