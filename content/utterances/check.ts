// The corpus check: Amazon's and our own rules for content/utterances/*.json, as a pure function over the data.

import { z } from 'zod';
import type { CheckResult, Problem } from '../check.js';
import { LOCALES, RESOURCE_IDS, TOPIC_IDS, type Locale } from '../types.js';
import {
  activeCorpus,
  corpusFile,
  ALL_MEANINGS,
  meaningExists,
  phrasings,
  RULE_NAMES,
  SERVICE_SLOT_REF,
  TOPIC_SLOT_REF,
  type Corpus,
} from './corpus.js';
import { normalise } from './normalise.js';

/** At least this many phrasings of each meaning in each locale. */
const MIN_PHRASINGS = 30;

/**
 * Slot values are names, never sentences: Alexa resolves a slot only when what it heard equals a value or synonym, so a
 * question as a synonym matches only when said word for word. Sentences belong to a meaning's own phrases.
 */
const MAX_NAME_WORDS = 5;

/** The one word for coercion each language uses, as the content does; other spellings are errors. */
const COERCION_TERMS: Readonly<Record<Locale, { use: string; family: RegExp; other: RegExp }>> = {
  'en-US': { use: 'coercion', family: /\bcoerc/u, other: /\bcoacc/u },
  'es-US': { use: 'coacción', family: /\bcoacc/u, other: /\bcoerc/u },
};

/** Lower-case initialisms Amazon recognises unreliably: write them with periods ("h. i. v."). */
const INITIALISMS: Readonly<Record<Locale, readonly string[]>> = {
  'en-US': ['hiv', 'std', 'stds', 'sti', 'stis', 'ptsd', 'dcfs'],
  'es-US': ['vih', 'ets', 'its', 'tept'],
};

const phrases = z.record(z.string(), z.array(z.string().min(1)));
const schema = z
  .object({
    about: z.string().optional(),
    carriers: z.object({ topic: z.array(z.string()), service: z.array(z.string()) }).strict(),
    slots: z.object({ topics: phrases, services: phrases }).strict(),
    meanings: phrases,
    rules: z.object(Object.fromEntries(RULE_NAMES.map((r) => [r, z.array(z.string().min(1)).min(1)]))).strict(),
    keys: z.object({ words: phrases, lead: z.array(z.string()) }).strict(),
    pending: z.object({ slots: z.object({ topics: phrases, services: phrases }).strict(), meanings: phrases }).strict(),
  })
  .strict();

export interface CorpusCheckInput {
  readonly corpora: Readonly<Record<Locale, unknown>>;
  /** Alexa's Stop and Cancel samples per locale (content/alexa-model/), which must not be a topic's words. */
  readonly stopCancel: Readonly<Record<Locale, readonly string[]>>;
}

const key = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function checkWords(file: string, where: string, phrase: string, locale: Locale, errors: Problem[]): void {
  if (/\d/.test(phrase)) {
    errors.push({ file, key: where, message: `"${phrase}" holds a digit; spell numbers out ("two one one")` });
  }
  if (!/^[\p{L}' .{}]+$/u.test(phrase)) {
    errors.push({
      file,
      key: where,
      message: `"${phrase}" may hold only letters, spaces, apostrophes and periods (no punctuation)`,
    });
  }
  const words = phrase.toLowerCase().split(/[\s{}]+/);
  for (const w of words) {
    if (INITIALISMS[locale].includes(w)) {
      errors.push({
        file,
        key: where,
        message: `"${phrase}" writes the initialism "${w}" in lower case; write it "${[...w].join('. ')}."`,
      });
    }
  }
  const { use, other } = COERCION_TERMS[locale];
  if (other.test(phrase.toLowerCase())) {
    errors.push({
      file,
      key: where,
      message: `"${phrase}" says coercion another way; use "${use}" as the content does`,
    });
  }
}

function checkLocale(locale: Locale, corpus: Corpus, stopCancel: readonly string[], errors: Problem[]): void {
  const file = corpusFile(locale);
  const carriers: [string, readonly string[], string][] = [
    ['carriers.topic', corpus.carriers.topic, TOPIC_SLOT_REF],
    ['carriers.service', corpus.carriers.service, SERVICE_SLOT_REF],
  ];
  for (const [where, list, ref] of carriers) {
    for (const c of list) {
      if (!c.includes(ref)) errors.push({ file, key: where, message: `"${c}" must hold ${ref}` });
      checkWords(file, where, c, locale, errors);
    }
  }
  const groups: [string, Record<string, string[]>, (id: string) => boolean][] = [
    ['slots.topics', corpus.slots.topics, (id) => (TOPIC_IDS as readonly string[]).includes(id)],
    ['slots.services', corpus.slots.services, (id) => (RESOURCE_IDS as readonly string[]).includes(id)],
    ['meanings', corpus.meanings, meaningExists],
  ];
  for (const [where, group, known] of groups) {
    for (const [id, list] of Object.entries(group)) {
      if (!known(id)) {
        errors.push({
          file,
          key: `${where}.${id}`,
          message: 'is not a topic, service or meaning content/ defines; fix the id or move it under "pending"',
        });
      }
      for (const phrase of list) checkWords(file, `${where}.${id}`, phrase, locale, errors);
      if (where.startsWith('slots.')) {
        for (const name of list.filter((p) => p.trim().split(/\s+/).length > MAX_NAME_WORDS)) {
          errors.push({
            file,
            key: `${where}.${id}`,
            message: `"${name}" has more than ${MAX_NAME_WORDS} words: a name is short; put a sentence under meanings`,
          });
        }
      }
    }
  }
  for (const [id, list] of Object.entries(corpus.pending.meanings)) {
    for (const phrase of list) checkWords(file, `pending.meanings.${id}`, phrase, locale, errors);
  }

  const active = activeCorpus(corpus);
  const required = ALL_MEANINGS;
  const owner = new Map<string, string>();
  for (const meaning of required) {
    const all = phrasings(active, meaning);
    if (all.length < MIN_PHRASINGS) {
      errors.push({
        file,
        key: `meanings.${meaning}`,
        message: `has ${all.length} phrasings; write at least ${MIN_PHRASINGS} (phrases, synonyms and carriers count)`,
      });
    }
    for (const phrase of all) {
      const k = key(phrase);
      const before = owner.get(k);
      if (before && before !== meaning) {
        errors.push({
          file,
          key: `meanings.${meaning}`,
          message: `"${phrase}" is also said for ${before}; keep it in one`,
        });
      } else owner.set(k, meaning);
    }
  }

  // A Stop or Cancel sample that is an ordinary word of a topic ends the session on a question ("salir").
  const topicWords = new Set(
    TOPIC_IDS.flatMap((id) => phrasings(active, `topic.${id}`)).flatMap((p) => normalise(p).split(' ')),
  );
  const topicPhrases = TOPIC_IDS.flatMap((id) => phrasings(active, `topic.${id}`)).map((p) => ` ${normalise(p)} `);
  for (const sample of stopCancel) {
    const n = normalise(sample);
    const clash = n.includes(' ') ? topicPhrases.some((p) => p.includes(` ${n} `)) : topicWords.has(n);
    if (clash || owner.has(key(sample))) {
      errors.push({
        file: `content/alexa-model/${locale}.json`,
        key: 'intents.AMAZON.StopIntent/CancelIntent',
        message: `"${sample}" is also said when asking about a topic; remove it (Amazon's built-in samples stay)`,
      });
    }
  }
}

/** Every problem in the corpora: schema, both locales alike, enough phrasings, Amazon's sample rules. */
export function checkCorpus(input: CorpusCheckInput): CheckResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed = new Map<Locale, Corpus>();
  for (const locale of LOCALES) {
    const result = schema.safeParse(input.corpora[locale]);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file: corpusFile(locale), key: issue.path.join('.') || '(root)', message: issue.message });
      }
    } else parsed.set(locale, result.data as unknown as Corpus);
  }
  const [first, ...rest] = LOCALES;
  const base = parsed.get(first);
  for (const locale of rest) {
    const other = parsed.get(locale);
    if (!base || !other) continue;
    const sections: [string, (c: Corpus) => Record<string, unknown>][] = [
      ['meanings', (c) => c.meanings],
      ['slots.topics', (c) => c.slots.topics],
      ['slots.services', (c) => c.slots.services],
      ['pending.meanings', (c) => c.pending.meanings],
      ['pending.slots.topics', (c) => c.pending.slots.topics],
      ['pending.slots.services', (c) => c.pending.slots.services],
      ['keys.words', (c) => c.keys.words],
    ];
    for (const [where, get] of sections) {
      const a = Object.keys(get(base));
      const b = Object.keys(get(other));
      for (const id of a.filter((x) => !b.includes(x)))
        errors.push({ file: corpusFile(locale), key: `${where}.${id}`, message: `is missing (${first} has it)` });
      for (const id of b.filter((x) => !a.includes(x)))
        errors.push({ file: corpusFile(first), key: `${where}.${id}`, message: `is missing (${locale} has it)` });
    }
  }
  for (const [locale, corpus] of parsed) {
    checkLocale(locale, corpus, input.stopCancel[locale], errors);
    for (const id of Object.keys(corpus.pending.meanings).filter(meaningExists)) {
      warnings.push({
        file: corpusFile(locale),
        key: `pending.meanings.${id}`,
        message: 'content/ now defines this id: move it out of "pending"',
      });
    }
  }
  return { errors, warnings };
}
