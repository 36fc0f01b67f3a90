// What a caller said -> what it means on the phone line: the safety rules shared with the skill (nlu/meaning.ts:
// danger, non-emergency, a minor telling of being sold or forced, asking for help), then keys said aloud, then the
// classifier trained on the utterance corpus, above a threshold: a topic, a named service, a disclosure (as the skill
// hears them), or a word for moving about the line, which only the phone has.

import { LOCALES, type Locale, type ResourceId } from '../content/index.js';
import { corpusFor, phrasings } from '../content/utterances/corpus.js';
import { normalise } from '../content/utterances/normalise.js';
import { MAX_CLASSIFIED_WORDS, type Classifier } from '../nlu/classifier.js';
import { confidentLabel, contains, labelMeaning, safetyMeaning, serviceNames, type Meaning } from '../nlu/meaning.js';

/** Meanings of the phone's own: moving about the line, and asking how to text the hotline. */
type SpeechMeaning = 'otherLanguage' | 'back' | 'mainMenu' | 'repeat' | 'more' | 'text';

export type SpeechMatch =
  | { readonly kind: 'key'; readonly key: string }
  | Exclude<Meaning, { readonly kind: 'sendNumbers' }>
  | { readonly kind: SpeechMeaning };

/**
 * Words for moving about the line. The classifier hears them inside sentences ("bring back the money", "I went back
 * to him"), so they count only in a short phrase or one made of such words alone; a longer sentence it cannot place
 * gets the "I may not have understood" reprompt instead of a screen replayed without a word.
 */
const NAVIGATION_MEANINGS = ['more', 'yes', 'no', 'repeat', 'back', 'mainMenu', 'otherLanguage'] as const;
type NavigationMeaning = (typeof NAVIGATION_MEANINGS)[number];
/** What each navigation word means on the line: yes to "want to hear more?" is more, no is back. */
const NAVIGATION: Readonly<Record<NavigationMeaning, SpeechMatch>> = {
  more: { kind: 'more' },
  yes: { kind: 'more' },
  no: { kind: 'back' },
  repeat: { kind: 'repeat' },
  back: { kind: 'back' },
  mainMenu: { kind: 'mainMenu' },
  otherLanguage: { kind: 'otherLanguage' },
};
/** At most this many words, and a navigation word is taken as it is. */
const MAX_NAVIGATION_WORDS = 4;

/** The phone's own words; the safety rules and what the classifier's labels mean are shared (nlu/meaning.ts). */
interface PhoneWords {
  /** Every word of the navigation meanings' phrasings. */
  readonly navigationWords: ReadonlySet<string>;
  /** One-word yeses ("yes", "okay", "sí", "claro") said before what the caller wants: "yes, tell me more". */
  readonly affirmations: ReadonlySet<string>;
  readonly keyWords: ReadonlyMap<string, string>;
  readonly keyLead: ReadonlySet<string>;
}

function wordsFor(locale: Locale): PhoneWords {
  const corpus = corpusFor(locale);
  const n = (list: readonly string[]): string[] => list.map(normalise).filter(Boolean);
  const keyWords = new Map<string, string>();
  for (const [key, words] of Object.entries(corpus.keys.words)) for (const w of n(words)) keyWords.set(w, key);
  const navigation = NAVIGATION_MEANINGS.flatMap((m) => n(phrasings(corpus, m)));
  return {
    navigationWords: new Set(navigation.flatMap((p) => p.split(' '))),
    affirmations: new Set(n(phrasings(corpus, 'yes')).filter((p) => !p.includes(' '))),
    keyWords,
    keyLead: new Set(n(corpus.keys.lead).flatMap((l) => l.split(' '))),
  };
}

// Built on first use, not at import: a call's first request (the opening) has no speech to match.
const WORDS = new Map<Locale, PhoneWords>();
function phoneWords(locale: Locale): PhoneWords {
  let found = WORDS.get(locale);
  if (!found) WORDS.set(locale, (found = wordsFor(locale)));
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

const FILLERS = new Set(['the', 'a', 'el', 'la', 'please', 'por', 'favor', 'um', 'uh', 'eh']);

/** "press one", "option 2", "la opción uno", "oprimo el dos", or a key alone: the key, else undefined. */
function spokenKey(r: PhoneWords, said: string): string | undefined {
  if (/^[0-9*#]$/.test(said)) return said;
  const words = said.split(' ').filter((w) => !FILLERS.has(w));
  const last = words.at(-1);
  if (last === undefined || !words.slice(0, -1).every((w) => r.keyLead.has(w))) return undefined;
  if (/^[0-9]$/.test(last)) return words.length > 1 ? last : undefined;
  return r.keyWords.get(last);
}

/** A phrase short enough, or made only of words for moving about the line, to be taken as moving about. */
function isNavigation(r: PhoneWords, said: string): boolean {
  const words = said.split(' ');
  return words.length <= MAX_NAVIGATION_WORDS || words.every((w) => r.navigationWords.has(w));
}

/** What the classifier's label means on the line: a navigation word only in a short phrase, else the shared meaning. */
function fromLabel(locale: Locale, r: PhoneWords, label: string, said: string): SpeechMatch | undefined {
  if ((NAVIGATION_MEANINGS as readonly string[]).includes(label))
    return isNavigation(r, said) ? NAVIGATION[label as NavigationMeaning] : undefined;
  const meant = labelMeaning(locale, label, said);
  return meant?.kind === 'sendNumbers' ? { kind: 'text' } : meant;
}

/** "Yes, tell me more" -> "tell me more": the yeses before what was asked, when something follows them. */
function withoutAffirmation(r: PhoneWords, said: string): string {
  const words = said.split(' ');
  let first = 0;
  while (first < words.length - 1 && r.affirmations.has(words[first] ?? '')) first += 1;
  return words.slice(first).join(' ');
}

/** What was said means, in this call's language, or undefined for the reprompt. */
export function matchSpeech(locale: Locale, speech: string): SpeechMatch | undefined {
  const heard = normalise(speech);
  if (heard === '') return undefined;
  // Safety first: danger, "not an emergency", a minor telling of being sold or forced, asking for a person.
  const rule = safetyMeaning(locale, heard);
  if (rule) return rule;
  const r = phoneWords(locale);
  const said = withoutAffirmation(r, heard);
  const key = spokenKey(r, said);
  if (key !== undefined) return { kind: 'key', key };
  const classifier = CLASSIFIERS.get(locale);
  if (!classifier || said.split(' ').length > MAX_CLASSIFIED_WORDS) return undefined;
  const label = confidentLabel(classifier, said);
  const meant = label === undefined ? undefined : fromLabel(locale, r, label, said);
  // "La línea, por favor, soy Rosalinda": when the classifier is unsure, a service named outright still counts.
  return meant ?? namedService(locale, said);
}

/** The service whose longest name is in what was said, if exactly one has it. */
function namedService(locale: Locale, said: string): SpeechMatch | undefined {
  let best: ResourceId[] = [];
  let length = 0;
  for (const [id, names] of serviceNames(locale)) {
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
