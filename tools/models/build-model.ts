// Builds an ASK interaction model from the utterance corpus (content/utterances/<locale>.json) and the Alexa-only
// words (content/alexa-model/<locale>.json), checking Amazon's certification rules and published limits.
//
// One intent per meaning, whose samples are the corpus's own phrases for it (Alexa generalises from an intent's
// samples). Topics and services are also reached by name: TopicIntent and ResourceIntent hold the carrier frames
// ("tell me about {topic}") and the slot types hold short names only, never sentences.

import { z } from 'zod';
import { DISCLOSURE_KINDS, RESOURCE_IDS, TOPIC_IDS, type Locale } from '../../content/index.js';
import { corpusFile, SERVICE_SLOT_REF, TOPIC_SLOT_REF, type Corpus } from '../../content/utterances/corpus.js';
import {
  BUILT_IN_INTENTS,
  CUSTOM_INTENTS,
  disclosureIntent,
  EMERGENCY_INTENT,
  INTENT_SLOTS,
  ORGANIZATION_SLOT,
  ORGANIZATION_TYPE,
  PERSON_INTENT,
  RESOURCE_INTENT,
  RUNAWAY_INTENT,
  SEND_NUMBERS_INTENT,
  TOPIC_INTENT,
  TOPIC_SLOT,
  TOPIC_TYPE,
  topicIntent,
} from '../../lambda/intents.js';

/** At least this many sample utterances per custom intent and locale. */
export const MIN_SAMPLES = 30;

/**
 * Alexa's published interaction-model limits ("Create the Interaction Model for Your Skill", Alexa Skills Kit
 * documentation, section "Interaction model limits"): a model of at most 1.5 MB, at most 250 intents, at most 350
 * intents and slot types together, and at most 140 characters in a slot value or in a synonym.
 */
export const ALEXA_LIMITS = {
  modelBytes: 1_500_000,
  intents: 250,
  intentsAndSlotTypes: 350,
  slotValueChars: 140,
} as const;

/** The built-in intents whose samples are Alexa-only words, not meanings of the corpus. */
const ALEXA_ONLY_INTENTS = ['AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent'] as const;

const phrases = z.array(z.string());
const modelSourceSchema = z
  .object({
    about: z.string().optional(),
    invocationName: z.string(),
    intents: z.object(Object.fromEntries(ALEXA_ONLY_INTENTS.map((i) => [i, phrases]))).strict(),
  })
  .strict();
type ModelSource = z.infer<typeof modelSourceSchema>;

/** Which corpus meanings each intent's samples come from; the corpus's other meanings are the phone line's only. */
const INTENT_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(TOPIC_IDS.map((id) => [topicIntent(id), [`topic.${id}`]])),
  ...Object.fromEntries(DISCLOSURE_KINDS.map((kind) => [disclosureIntent(kind), [`disclosure.${kind}`]])),
  [EMERGENCY_INTENT]: ['danger'],
  [PERSON_INTENT]: ['help'],
  [SEND_NUMBERS_INTENT]: ['sendNumbers'],
  [RUNAWAY_INTENT]: ['runaway'],
  'AMAZON.YesIntent': ['yes', 'more'],
  'AMAZON.NoIntent': ['no'],
  'AMAZON.RepeatIntent': ['repeat'],
  'AMAZON.NavigateHomeIntent': ['back', 'mainMenu'],
};

/** The model's sample words per intent and slot values per type, as the corpus and the Alexa-only words give them. */
function modelWords(
  source: ModelSource,
  corpus: Corpus,
): {
  intents: Record<string, string[]>;
  topics: Record<string, string[]>;
  organizations: Record<string, string[]>;
} {
  const meaning = (m: string): string[] => corpus.meanings[m] ?? [];
  const framed = (carriers: readonly string[], ref: string, slot: string): string[] =>
    [ref, ...carriers].map((c) => c.replace(ref, `{${slot}}`));
  const intents: Record<string, string[]> = {
    [TOPIC_INTENT]: framed(corpus.carriers.topic, TOPIC_SLOT_REF, TOPIC_SLOT),
    [RESOURCE_INTENT]: framed(corpus.carriers.service, SERVICE_SLOT_REF, ORGANIZATION_SLOT),
    ...Object.fromEntries(Object.entries(INTENT_MEANINGS).map(([intent, ms]) => [intent, ms.flatMap(meaning)])),
    ...source.intents,
    'AMAZON.FallbackIntent': [],
  };
  return { intents, topics: { ...corpus.slots.topics }, organizations: { ...corpus.slots.services } };
}

interface SlotValue {
  id: string;
  name: { value: string; synonyms: string[] };
}
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string }[]; samples: string[] }[];
      types: { name: string; values: SlotValue[] }[];
    };
  };
  version: string;
}

export class ModelSourceError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ModelSourceError';
  }
}

export const sourceFile = (locale: Locale): string => `content/alexa-model/${locale}.json`;
export { corpusFile };

// Alexa rejects invocation names that hold launch phrases, wake words or (in two-word names) connecting words.
const LAUNCH_AND_WAKE_WORDS = new Set([
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'ask',
  'tell',
  'open',
  'launch',
  'start',
  'begin',
  'play',
  'run',
  'load',
  'enable',
  'use',
  'talk',
  'abre',
  'abrir',
  'pregunta',
  'pide',
  'inicia',
]);
const CONNECTING_WORDS = new Set(['the', 'a', 'an', 'for', 'to', 'of', 'on', 'de', 'la', 'el', 'los', 'las']);

/** Problems with an invocation name under Alexa's certification rules; empty when it passes. */
export function invocationNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (!/^[\p{Ll}]+(?:[ '.][\p{Ll}]*)*$/u.test(name) || /\s{2,}|^\s|\s$/.test(name)) {
    problems.push(`invocation name "${name}" may hold only lower-case letters, single spaces, apostrophes and periods`);
  }
  const words = name.split(' ');
  if (words.length < 2) problems.push(`invocation name "${name}" needs two words or more`);
  const banned = words.filter((w) => LAUNCH_AND_WAKE_WORDS.has(w));
  if (banned.length > 0)
    problems.push(`invocation name "${name}" holds a launch phrase or wake word: ${banned.join(', ')}`);
  if (words.length === 2 && words.some((w) => CONNECTING_WORDS.has(w))) {
    problems.push(
      `invocation name "${name}" has two words, so it may not hold a connecting word such as "the" or "of"`,
    );
  }
  return problems;
}

// Sample utterances and slot values: letters (any language), spaces, apostrophes, periods. No digits: spell them out.
const WORDS = /^[\p{L}' .]+$/u;
const SLOT_REF = /\{([A-Za-z]+)\}/g;
const normal = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function samplesProblems(intent: string, samples: readonly string[]): string[] {
  const problems: string[] = [];
  const slots = new Set((INTENT_SLOTS[intent] ?? []).map((s) => s.name));
  for (const sample of samples) {
    for (const [, slot] of sample.matchAll(SLOT_REF)) {
      if (!slots.has(slot as string))
        problems.push(`${intent}: "${sample}" names slot {${slot}}, which ${intent} does not have`);
    }
    const words = sample.replace(SLOT_REF, 'x').replace(/\{|\}/g, '#');
    if (!WORDS.test(words)) {
      problems.push(
        `${intent}: "${sample}" may hold only letters, spaces, apostrophes, periods and {slot} references (spell numbers out)`,
      );
    }
  }
  return problems;
}

function slotType(
  name: string,
  ids: readonly string[],
  values: Readonly<Record<string, readonly string[]>>,
  what: string,
  problems: string[],
): { name: string; values: SlotValue[] } {
  for (const id of Object.keys(values)) {
    if (!ids.includes(id)) problems.push(`${what}.${id} is not an id in content/ (known: ${ids.join(', ')})`);
  }
  const out: SlotValue[] = [];
  for (const id of ids) {
    const list = values[id] ?? [];
    const [value, ...synonyms] = list;
    if (value === undefined) {
      problems.push(`${what}.${id} is missing: give at least one way people say it`);
      continue;
    }
    for (const phrase of list) {
      if (!WORDS.test(phrase))
        problems.push(`${what}.${id}: "${phrase}" may hold only letters, spaces, apostrophes and periods`);
      if (phrase.length > ALEXA_LIMITS.slotValueChars)
        problems.push(`${what}.${id}: "${phrase}" is longer than Alexa's ${ALEXA_LIMITS.slotValueChars} characters`);
    }
    out.push({ id, name: { value, synonyms } });
  }
  return { name, values: out };
}

/** Every phrase that two slot values share: Alexa could not tell them apart. */
function sharedPhrases(types: readonly { name: string; values: SlotValue[] }[]): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const type of types) {
    for (const v of type.values) {
      for (const phrase of [v.name.value, ...v.name.synonyms]) {
        const key = normal(phrase);
        const here = `${type.name}.${v.id}`;
        const before = owner.get(key);
        if (before && before !== here) problems.push(`"${phrase}" is said for both ${before} and ${here}`);
        else owner.set(key, here);
      }
    }
  }
  return problems;
}

/**
 * Samples that map to two intents: the same sample in two intents, or a sample with its slot filled by a value or
 * synonym that is another intent's sample (what Amazon's utterance conflict detection reports).
 */
function conflicts(
  intents: Readonly<Record<string, readonly string[]>>,
  types: readonly { name: string; values: SlotValue[] }[],
): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const [intent, samples] of Object.entries(intents)) {
    for (const sample of samples) {
      const key = normal(sample);
      const before = owner.get(key);
      if (before) problems.push(`sample "${sample}" appears in ${before} and ${intent}; each must be unique`);
      else owner.set(key, intent);
    }
  }
  for (const [intent, samples] of Object.entries(intents)) {
    for (const slot of INTENT_SLOTS[intent] ?? []) {
      const names = (types.find((t) => t.name === slot.type)?.values ?? []).flatMap((v) => [
        v.name.value,
        ...v.name.synonyms,
      ]);
      for (const sample of samples.filter((s) => s.includes(`{${slot.name}}`))) {
        for (const name of names) {
          const filled = normal(sample.replace(`{${slot.name}}`, name));
          const other = owner.get(filled);
          if (other && other !== intent) {
            problems.push(
              `"${filled}" is a sample of ${other} and ${intent}'s "${sample}" with "${name}"; keep it in one`,
            );
          }
        }
      }
    }
  }
  return problems;
}

/** What a model counts against Alexa's limits. */
export interface ModelCounts {
  readonly intents: number;
  readonly slotTypes: number;
  readonly samples: number;
  readonly slotValuesAndSynonyms: number;
  readonly longestSlotValueChars: number;
  readonly bytes: number;
}

export function modelCounts(model: InteractionModel): ModelCounts {
  const { intents, types } = model.interactionModel.languageModel;
  const names = types.flatMap((t) => t.values.flatMap((v) => [v.name.value, ...v.name.synonyms]));
  return {
    intents: intents.length,
    slotTypes: types.length,
    samples: intents.reduce((n, i) => n + i.samples.length, 0),
    slotValuesAndSynonyms: names.length,
    longestSlotValueChars: Math.max(0, ...names.map((n) => n.length)),
    bytes: Buffer.byteLength(serializeModel(model), 'utf8'),
  };
}

function limitProblems(counts: ModelCounts): string[] {
  const problems: string[] = [];
  if (counts.intents > ALEXA_LIMITS.intents)
    problems.push(`${counts.intents} intents: Alexa allows ${ALEXA_LIMITS.intents}`);
  if (counts.intents + counts.slotTypes > ALEXA_LIMITS.intentsAndSlotTypes) {
    problems.push(
      `${counts.intents + counts.slotTypes} intents and slot types: Alexa allows ${ALEXA_LIMITS.intentsAndSlotTypes}`,
    );
  }
  if (counts.bytes > ALEXA_LIMITS.modelBytes)
    problems.push(`the model is ${counts.bytes} bytes: Alexa allows ${ALEXA_LIMITS.modelBytes}`);
  return problems;
}

/** The ASK interaction model for one locale; throws a ModelSourceError naming every problem in the sources. */
export function buildModel(locale: Locale, raw: unknown, corpus: Corpus): InteractionModel {
  const file = `${sourceFile(locale)} and ${corpusFile(locale)}`;
  const parsed = modelSourceSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelSourceError(
      sourceFile(locale),
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const source = modelWords(parsed.data, corpus);
  const problems = invocationNameProblems(parsed.data.invocationName);
  const known = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS] as readonly string[];
  for (const name of Object.keys(source.intents)) {
    if (!known.includes(name))
      problems.push(`intents.${name} is not an intent the skill handles (${known.join(', ')})`);
  }
  for (const name of CUSTOM_INTENTS) {
    const n = source.intents[name]?.length ?? 0;
    if (n < MIN_SAMPLES) problems.push(`intents.${name} has ${n} samples; write at least ${MIN_SAMPLES}`);
  }
  for (const name of BUILT_IN_INTENTS) {
    if (!source.intents[name]) problems.push(`intents.${name} is missing; write [] to keep Amazon's own samples only`);
  }
  // A service is named, never described: its names are slot values, and the carriers ask for its number.
  for (const id of RESOURCE_IDS) {
    if ((corpus.meanings[`service.${id}`] ?? []).length > 0) {
      problems.push(
        `meanings.service.${id} has phrases: put its names under slots.services.${id} (a sentence belongs to a topic or disclosure)`,
      );
    }
  }
  for (const [name, samples] of Object.entries(source.intents)) problems.push(...samplesProblems(name, samples));
  const types = [
    slotType(TOPIC_TYPE, TOPIC_IDS, source.topics, 'topics', problems),
    slotType(ORGANIZATION_TYPE, RESOURCE_IDS, source.organizations, 'organizations', problems),
  ];
  problems.push(...sharedPhrases(types), ...conflicts(source.intents, types));
  if (problems.length > 0) throw new ModelSourceError(file, problems);

  const intents = known.map((name) => {
    const slots = INTENT_SLOTS[name];
    return {
      name,
      ...(slots ? { slots: slots.map((s) => ({ ...s })) } : {}),
      samples: [...(source.intents[name] ?? [])],
    };
  });
  const model = {
    interactionModel: { languageModel: { invocationName: parsed.data.invocationName, intents, types } },
    version: '1',
  };
  const overLimits = limitProblems(modelCounts(model));
  if (overLimits.length > 0) throw new ModelSourceError(file, overLimits);
  return model;
}

/** The exact text written to models/<locale>.json. */
export const serializeModel = (model: InteractionModel): string => `${JSON.stringify(model, null, 2)}\n`;
