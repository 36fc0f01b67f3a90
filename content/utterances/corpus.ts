// The utterance corpus: how residents ask for each meaning, per locale. Alexa's models and the phone classifier
// are built from it; this file reads it and expands carriers ("tell me about {topic}") over the slot synonyms.

import en from './en-US.json' with { type: 'json' };
import es from './es-US.json' with { type: 'json' };
import {
  DISCLOSURE_KINDS,
  RESOURCE_IDS,
  TOPIC_IDS,
  type DisclosureKind,
  type Locale,
  type ResourceId,
  type TopicId,
} from '../types.js';

/** Meanings that are neither a topic nor a service. */
const PLAIN_MEANINGS = [
  'danger',
  'help',
  'more',
  'yes',
  'no',
  'repeat',
  'back',
  'mainMenu',
  'sendNumbers',
  'otherLanguage',
  // A young person ran away from home: the Runaway Safeline (content/disclosures.ts RUNAWAY_SERVICE).
  'runaway',
] as const;
type PlainMeaning = (typeof PLAIN_MEANINGS)[number];

export type Meaning = PlainMeaning | `topic.${TopicId}` | `service.${ResourceId}` | `disclosure.${DisclosureKind}`;

export const RULE_NAMES = [
  'danger',
  'dangerExact',
  'notDanger',
  'partner',
  'emergency',
  'nonEmergency',
  'helpExact',
  'help',
  'minorSelf',
  'minorAges',
  'exploited',
] as const;
type RuleName = (typeof RULE_NAMES)[number];

type Phrases = Record<string, string[]>;
export interface Corpus {
  readonly carriers: { readonly topic: readonly string[]; readonly service: readonly string[] };
  readonly slots: { readonly topics: Phrases; readonly services: Phrases };
  readonly meanings: Phrases;
  readonly rules: Readonly<Record<RuleName, readonly string[]>>;
  readonly keys: { readonly words: Phrases; readonly lead: readonly string[] };
  /** Phrases for topics and services that content/ does not define yet; they join the corpus when it does. */
  readonly pending: {
    readonly slots: { readonly topics: Phrases; readonly services: Phrases };
    readonly meanings: Phrases;
  };
}

export const CORPUS_FILES: Readonly<Record<Locale, unknown>> = { 'en-US': en, 'es-US': es };
export const corpusFile = (locale: Locale): string => `content/utterances/${locale}.json`;

export const TOPIC_SLOT_REF = '{topic}';
export const SERVICE_SLOT_REF = '{service}';

const isTopic = (id: string): id is TopicId => (TOPIC_IDS as readonly string[]).includes(id);
const isService = (id: string): id is ResourceId => (RESOURCE_IDS as readonly string[]).includes(id);
const isDisclosure = (id: string): id is DisclosureKind => (DISCLOSURE_KINDS as readonly string[]).includes(id);

/** True when content/ knows the topic or service a meaning names (plain meanings always exist). */
export function meaningExists(meaning: string): boolean {
  if ((PLAIN_MEANINGS as readonly string[]).includes(meaning)) return true;
  const [kind, id = ''] = meaning.split('.');
  if (kind === 'disclosure') return isDisclosure(id);
  return kind === 'topic' ? isTopic(id) : kind === 'service' ? isService(id) : false;
}

/** The corpus with every pending entry whose id content/ now defines moved into the main sections. */
export function activeCorpus(corpus: Corpus): Corpus {
  const merge = (main: Phrases, pending: Phrases, known: (id: string) => boolean): Phrases => ({
    ...main,
    ...Object.fromEntries(Object.entries(pending).filter(([id]) => known(id) && !main[id])),
  });
  return {
    ...corpus,
    slots: {
      topics: merge(corpus.slots.topics, corpus.pending.slots.topics, isTopic),
      services: merge(corpus.slots.services, corpus.pending.slots.services, isService),
    },
    meanings: merge(corpus.meanings, corpus.pending.meanings, meaningExists),
  };
}

/** The corpus of a locale as bundled (validated by content/utterances/check.ts in the content check). */
export const corpusFor = (locale: Locale): Corpus => activeCorpus(CORPUS_FILES[locale] as Corpus);

/**
 * Every phrasing of a meaning: its own phrases, its slot synonyms, and each carrier with each synonym (or with the
 * first `carrierSynonyms` synonyms only: the classifier trains on fewer, so carriers do not outweigh real phrases).
 */
export function phrasings(corpus: Corpus, meaning: string, carrierSynonyms = Infinity): string[] {
  const [kind, id = ''] = meaning.split('.');
  const own = corpus.meanings[meaning] ?? [];
  const slot = kind === 'topic' ? corpus.slots.topics[id] : kind === 'service' ? corpus.slots.services[id] : undefined;
  if (!slot) return [...own];
  const carriers = kind === 'topic' ? corpus.carriers.topic : corpus.carriers.service;
  const ref = kind === 'topic' ? TOPIC_SLOT_REF : SERVICE_SLOT_REF;
  const carried = slot.slice(0, carrierSynonyms);
  return [...new Set([...own, ...slot, ...carriers.flatMap((c) => carried.map((s) => c.replace(ref, s)))])];
}

/** Every meaning content/ defines: topics, services and disclosures in id order, then the plain meanings. */
export const ALL_MEANINGS: readonly Meaning[] = [
  ...TOPIC_IDS.map((id) => `topic.${id}` as const),
  ...RESOURCE_IDS.map((id) => `service.${id}` as const),
  ...DISCLOSURE_KINDS.map((id) => `disclosure.${id}` as const),
  ...PLAIN_MEANINGS,
];

/** Every meaning the corpus holds that content/ defines, in ALL_MEANINGS order. */
export function meaningsOf(corpus: Corpus): string[] {
  return ALL_MEANINGS.filter((m) => phrasings(corpus, m).length > 0);
}
