// Builds an ASK interaction model from the words in content/alexa-model/<locale>.json, checking certification rules.

import { z } from 'zod';
import { RESOURCE_IDS, TOPIC_IDS, type Locale } from '../../content/index.js';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, INTENT_SLOTS, ORGANIZATION_TYPE, TOPIC_TYPE } from '../../lambda/intents.js';

/** The issue asks for at least this many sample utterances per custom intent and locale. */
export const MIN_SAMPLES = 15;

const phrases = z.array(z.string());
export const modelSourceSchema = z
  .object({
    invocationName: z.string(),
    intents: z.record(z.string(), phrases),
    topics: z.record(z.string(), phrases),
    organizations: z.record(z.string(), phrases),
  })
  .strict();
export type ModelSource = z.infer<typeof modelSourceSchema>;

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

/** The ASK interaction model for one locale; throws a ModelSourceError naming every problem in the source. */
export function buildModel(locale: Locale, raw: unknown): InteractionModel {
  const file = sourceFile(locale);
  const parsed = modelSourceSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ModelSourceError(
      file,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const source = parsed.data;
  const problems = invocationNameProblems(source.invocationName);
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
  if ((source.intents['AMAZON.FallbackIntent'] ?? []).length > 0) {
    problems.push('intents.AMAZON.FallbackIntent takes no samples; leave it []');
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
    interactionModel: { languageModel: { invocationName: source.invocationName, intents, types } },
    version: '1',
  };
}

/** The exact text written to models/<locale>.json. */
export const serializeModel = (model: InteractionModel): string => `${JSON.stringify(model, null, 2)}\n`;
