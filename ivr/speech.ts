// What a caller said -> the key it stands for, by keyword lists from the locale files (ivr.speech.*).

import { LOCALES, RESOURCES, tFor, type Locale } from '../content/index.js';

/** What a phrase can mean; most urgent first, because that is the order they are tried in. */
export const SPEECH_MEANINGS = [
  'emergency',
  'otherLanguage',
  'sheriff',
  'hotline',
  'back',
  'mainMenu',
  'repeat',
  'more',
] as const;
export type SpeechMeaning = (typeof SPEECH_MEANINGS)[number];

export type SpeechMatch = { readonly kind: 'key'; readonly key: string } | { readonly kind: SpeechMeaning };

/** Lower case, no accents, no punctuation; digits said one by one ("9-1-1", "9 1 1") joined ("911"). */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(\d)\s+(?=\d\b)/g, '$1')
    .trim();
}

function rawList(locale: Locale, key: string): string[] {
  const value: unknown = tFor(locale)(`ivr.speech.${key}`, { returnObjects: true, defaultValue: [] });
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

const list = (locale: Locale, key: string): string[] => rawList(locale, key).map(normalise);

interface Keywords {
  readonly meanings: ReadonlyMap<SpeechMeaning, readonly string[]>;
  readonly keys: ReadonlyMap<string, readonly string[]>;
}

function keywordsFor(locale: Locale): Keywords {
  const meanings = new Map<SpeechMeaning, string[]>(SPEECH_MEANINGS.map((m) => [m, list(locale, m)]));
  // Safety first: "emergency" in either language, and the emergency number from the registry, always count.
  const emergency = new Set([
    ...LOCALES.flatMap((l) => list(l, 'emergency')),
    ...(RESOURCES.emergency911.dialCode ? [RESOURCES.emergency911.dialCode] : []),
  ]);
  meanings.set('emergency', [...emergency]);
  const raw: unknown = tFor(locale)('ivr.speech.keys', { returnObjects: true, defaultValue: {} });
  const keys = new Map<string, string[]>();
  if (raw && typeof raw === 'object') {
    for (const [key, words] of Object.entries(raw as Record<string, unknown>)) {
      if (Array.isArray(words)) keys.set(key, words.filter((w): w is string => typeof w === 'string').map(normalise));
    }
  }
  return { meanings, keys };
}

// Built on first use, not at import: the Unicode regexes in normalise() cost several ms of a Lambda cold start,
// and a call's first request (the opening) has no speech to match.
const KEYWORDS = new Map<Locale, Keywords>();
function keywords(locale: Locale): Keywords {
  let found = KEYWORDS.get(locale);
  if (!found) KEYWORDS.set(locale, (found = keywordsFor(locale)));
  return found;
}

const contains = (said: string, phrase: string): boolean => phrase !== '' && ` ${said} `.includes(` ${phrase} `);

/** The key or meaning of what was said in this call's language, or undefined when nothing matches. */
export function matchSpeech(locale: Locale, speech: string): SpeechMatch | undefined {
  const said = normalise(speech);
  if (said === '') return undefined;
  const { meanings, keys } = keywords(locale);
  if (meanings.get('emergency')?.some((p) => contains(said, p))) return { kind: 'emergency' };
  if (/^[0-9*#]$/.test(said)) return { kind: 'key', key: said };
  for (const [key, words] of keys) if (words.includes(said)) return { kind: 'key', key };
  for (const meaning of SPEECH_MEANINGS) {
    if (meanings.get(meaning)?.some((p) => contains(said, p))) return { kind: meaning };
  }
  return undefined;
}

/** Speech recognition hints for <Gather>: the phrases this locale listens for, as written (accents help). */
export function speechHints(locale: Locale): string {
  return [...new Set(SPEECH_MEANINGS.flatMap((m) => rawList(locale, m)))].join(', ');
}
