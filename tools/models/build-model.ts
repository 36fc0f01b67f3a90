// Builds an ASK interaction model from the utterance corpus (content/utterances/<locale>.json) and the Alexa-only
// words (content/alexa-model/<locale>.json), checking certification rules.

import { z } from 'zod';
import { RESOURCE_IDS, TOPIC_IDS, type Locale } from '../../content/index.js';
import { corpusFile, SERVICE_SLOT_REF, TOPIC_SLOT_REF, type Corpus } from '../../content/utterances/corpus.js';
import {
  BUILT_IN_INTENTS,
  CUSTOM_INTENTS,
  EMERGENCY_INTENT,
  INTENT_SLOTS,
  ORGANIZATION_SLOT,
  ORGANIZATION_TYPE,
  RESOURCE_INTENT,
  SEND_NUMBERS_INTENT,
  TOPIC_INTENT,
  TOPIC_SLOT,
  TOPIC_TYPE,
} from '../../lambda/intents.js';

/** At least this many sample utterances per custom intent and locale. */
export const MIN_SAMPLES = 15;

/** The built-in intents whose samples are Alexa-only words, not meanings of the corpus. */
export const ALEXA_ONLY_INTENTS = ['AMAZON.HelpIntent', 'AMAZON.StopIntent', 'AMAZON.CancelIntent'] as const;

const phrases = z.array(z.string());
export const modelSourceSchema = z
  .object({
    about: z.string().optional(),
    invocationName: z.string(),
    intents: z.object(Object.fromEntries(ALEXA_ONLY_INTENTS.map((i) => [i, phrases]))).strict(),
  })
  .strict();
export type ModelSource = z.infer<typeof modelSourceSchema>;

/** Which corpus meanings each intent's samples come from. */
const INTENT_MEANINGS: Readonly<Record<string, readonly string[]>> = {
  [EMERGENCY_INTENT]: ['danger'],
  [SEND_NUMBERS_INTENT]: ['sendNumbers'],
  'AMAZON.YesIntent': ['yes', 'more'],
  'AMAZON.NoIntent': ['no'],
  'AMAZON.RepeatIntent': ['repeat'],
  'AMAZON.NavigateHomeIntent': ['back', 'mainMenu'],
};

/** The model's sample words per intent and slot values per type, as the corpus and the Alexa-only words give them. */
export function modelWords(
  source: ModelSource,
  corpus: Corpus,
): {
  intents: Record<string, string[]>;
  topics: Record<string, string[]>;
  organizations: Record<string, string[]>;
} {
  const meaning = (m: string): string[] => corpus.meanings[m] ?? [];
  const intents: Record<string, string[]> = {
    [TOPIC_INTENT]: [TOPIC_SLOT_REF, ...corpus.carriers.topic].map((c) => c.replace(TOPIC_SLOT_REF, `{${TOPIC_SLOT}}`)),
    [RESOURCE_INTENT]: [SERVICE_SLOT_REF, ...corpus.carriers.service].map((c) =>
      c.replace(SERVICE_SLOT_REF, `{${ORGANIZATION_SLOT}}`),
    ),
    ...Object.fromEntries(Object.entries(INTENT_MEANINGS).map(([intent, ms]) => [intent, ms.flatMap(meaning)])),
    ...source.intents,
    'AMAZON.FallbackIntent': [],
  };
  // A whole question is a slot value ("{topic}" is a sample), so the skill hears it as its topic or service.
  const topics = Object.fromEntries(
    Object.entries(corpus.slots.topics).map(([id, s]) => [id, [...s, ...meaning(`topic.${id}`)]]),
  );
  const organizations = Object.fromEntries(
    Object.entries(corpus.slots.services).map(([id, s]) => [
      id,
      // Asking for help or a person gets the hotline's number.
      [...s, ...meaning(`service.${id}`), ...(id === 'traffickingHotline' ? meaning('help') : [])],
    ]),
  );
  return { intents, topics, organizations };
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

function duplicateSamples(intents: Readonly<Record<string, readonly string[]>>): string[] {
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
  for (const [name, samples] of Object.entries(source.intents)) problems.push(...samplesProblems(name, samples));
  problems.push(...duplicateSamples(source.intents));
  const types = [
    slotType(TOPIC_TYPE, TOPIC_IDS, source.topics, 'topics', problems),
    slotType(ORGANIZATION_TYPE, RESOURCE_IDS, source.organizations, 'organizations', problems),
  ];
  problems.push(...sharedPhrases(types));
  if (problems.length > 0) throw new ModelSourceError(file, problems);

  const intents = known.map((name) => {
    const slots = INTENT_SLOTS[name];
    return {
      name,
      ...(slots ? { slots: slots.map((s) => ({ ...s })) } : {}),
      samples: [...(source.intents[name] ?? [])],
    };
  });
  return {
    interactionModel: { languageModel: { invocationName: parsed.data.invocationName, intents, types } },
    version: '1',
  };
}

/** The exact text written to models/<locale>.json. */
export const serializeModel = (model: InteractionModel): string => `${JSON.stringify(model, null, 2)}\n`;
