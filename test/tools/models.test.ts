// The interaction models: generated from content/utterances/ and content/alexa-model/, committed, complete in both languages, certifiable.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_KINDS, LOCALES, RESOURCE_IDS, TOPIC_IDS, type Locale } from '../../content/index.js';
import {
  BUILT_IN_INTENTS,
  CUSTOM_INTENTS,
  disclosureIntent,
  ORGANIZATION_TYPE,
  TOPIC_TYPE,
  topicIntent,
} from '../../lambda/intents.js';
import {
  ALEXA_LIMITS,
  MIN_SAMPLES,
  ModelSourceError,
  modelCounts,
  buildModel,
  invocationNameProblems,
  type InteractionModel,
} from '../../tools/models/build-model.js';
import { modelFile } from '../../tools/models/generate.js';
import { activeCorpus, type Corpus } from '../../content/utterances/corpus.js';

const source = (locale: Locale): Record<string, unknown> =>
  JSON.parse(readFileSync(`content/alexa-model/${locale}.json`, 'utf8')) as Record<string, unknown>;
const corpus = (locale: Locale): Corpus =>
  activeCorpus(JSON.parse(readFileSync(`content/utterances/${locale}.json`, 'utf8')) as Corpus);
const committed = (locale: Locale): InteractionModel =>
  JSON.parse(readFileSync(modelFile(locale), 'utf8')) as InteractionModel;

interface Sources {
  words: { intents: Record<string, string[]> };
  corpus: {
    carriers: { topic: string[]; service: string[] };
    slots: { topics: Record<string, string[]>; services: Record<string, string[]> };
    meanings: Record<string, string[]>;
  };
}

/** The sources with one part replaced: the smallest broken input for each rule. */
function problemsOf(locale: Locale, change: (s: Sources) => void): string[] {
  const s = structuredClone({ words: source(locale), corpus: corpus(locale) }) as unknown as Sources;
  change(s);
  try {
    buildModel(locale, s.words, s.corpus as unknown as Corpus);
  } catch (error) {
    if (error instanceof ModelSourceError) return [...error.problems];
    throw error;
  }
  return [];
}

describe.each(LOCALES)('models/%s.json', (locale) => {
  it('has every custom intent with at least 30 samples, and every built-in the skill handles', () => {
    const intents = committed(locale).interactionModel.languageModel.intents;
    for (const name of CUSTOM_INTENTS) {
      expect(intents.find((i) => i.name === name)?.samples.length, name).toBeGreaterThanOrEqual(MIN_SAMPLES);
    }
    expect(intents.map((i) => i.name).sort()).toEqual([...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].sort());
  });

  it('has one intent per meaning the skill answers: each topic, each disclosure, danger, a person, the numbers', () => {
    const names = committed(locale).interactionModel.languageModel.intents.map((i) => i.name);
    for (const id of TOPIC_IDS) expect(names).toContain(topicIntent(id));
    for (const kind of DISCLOSURE_KINDS) expect(names).toContain(disclosureIntent(kind));
    expect(names).toEqual(expect.arrayContaining(['EmergencyIntent', 'PersonIntent', 'SendNumbersIntent']));
  });

  it('puts slots only inside carrier phrases or alone, over slot types of short names, never sentences', () => {
    const { intents, types } = committed(locale).interactionModel.languageModel;
    for (const intent of intents.filter((i) => !i.slots)) {
      expect(
        intent.samples.filter((s) => /[{}]/.test(s)),
        intent.name,
      ).toEqual([]);
    }
    for (const type of types) {
      for (const v of type.values) {
        for (const name of [v.name.value, ...v.name.synonyms]) {
          expect(name.split(' ').length, `${type.name}.${v.id}: ${name}`).toBeLessThanOrEqual(5);
        }
      }
    }
  });

  it("stays within Alexa's published interaction-model limits", () => {
    const counts = modelCounts(committed(locale));
    expect(counts.intents).toBeLessThanOrEqual(ALEXA_LIMITS.intents);
    expect(counts.intents + counts.slotTypes).toBeLessThanOrEqual(ALEXA_LIMITS.intentsAndSlotTypes);
    expect(counts.longestSlotValueChars).toBeLessThanOrEqual(ALEXA_LIMITS.slotValueChars);
    expect(counts.bytes).toBeLessThanOrEqual(ALEXA_LIMITS.modelBytes);
  });

  it('maps every topic and every resource in content/ to a slot value whose id is the content id', () => {
    const types = committed(locale).interactionModel.languageModel.types;
    const ids = (name: string): string[] => types.find((t) => t.name === name)?.values.map((v) => v.id) ?? [];
    expect(ids(TOPIC_TYPE)).toEqual([...TOPIC_IDS]);
    expect(ids(ORGANIZATION_TYPE)).toEqual([...RESOURCE_IDS]);
  });

  it('has an invocation name that meets the certification rules', () => {
    expect(invocationNameProblems(committed(locale).interactionModel.languageModel.invocationName)).toEqual([]);
  });
});

describe('both languages', () => {
  it('have the same intents and the same slot ids, so English and Spanish reach the same answers', () => {
    const shape = (locale: Locale) => {
      const lm = committed(locale).interactionModel.languageModel;
      return {
        intents: lm.intents.map((i) => ({ name: i.name, slots: i.slots })),
        types: lm.types.map((t) => ({ name: t.name, ids: t.values.map((v) => v.id) })),
      };
    };
    expect(shape('es-US')).toEqual(shape('en-US'));
  });
});

describe('buildModel rejects sources that would not build or certify', () => {
  it.each([
    [
      'an intent with fewer than 30 samples',
      (s: Sources) => (s.corpus.meanings.danger = ['I am in danger']),
      /EmergencyIntent has 1 samples/,
    ],
    [
      "a carrier that, with a name in its slot, is another intent's sample",
      (s: Sources) => s.corpus.carriers.topic.push('what are {topic}'),
      /"what are the dangers" is a sample of PhysicalDangersIntent and TopicIntent's "what are \{topic\}"/,
    ],
    [
      'a service described in sentences instead of named',
      (s: Sources) => (s.corpus.meanings['service.cast'] = ['the people who help survivors with visas']),
      /meanings\.service\.cast has phrases: put its names under slots\.services\.cast/,
    ],
    [
      'a slot value longer than Alexa allows',
      (s: Sources) => s.corpus.slots.services.cast?.push('c'.repeat(141)),
      /longer than Alexa's 140 characters/,
    ],
    [
      'digits in a sample',
      (s: Sources) => s.corpus.carriers.service.push('call {service} at 211'),
      /spell numbers out/,
    ],
    [
      'a slot the intent does not have',
      (s: Sources) => s.corpus.carriers.topic.push('tell me about {organization}'),
      /does not have/,
    ],
    [
      'one sample in two intents',
      (s: Sources) => s.corpus.meanings.sendNumbers?.push("I'm in danger"),
      /appears in EmergencyIntent and SendNumbersIntent/,
    ],
    [
      'a Stop sample that is also a corpus sample',
      (s: Sources) => s.words.intents['AMAZON.StopIntent']?.push('no thanks'),
      /appears in AMAZON.NoIntent and AMAZON.StopIntent/,
    ],
    [
      'one phrase for two organisations',
      (s: Sources) => s.corpus.slots.services.cast?.push('the hotline'),
      /"the hotline" is said for both/,
    ],
    ['a topic with no way to say it', (s: Sources) => delete s.corpus.slots.topics.signs, /topics\.signs is missing/],
    [
      'an id that is not in content/',
      (s: Sources) => (s.corpus.slots.services.nasa = ['nasa']),
      /organizations\.nasa is not an id/,
    ],
    [
      'an intent in the Alexa-only words that they do not hold',
      (s: Sources) => (s.words.intents.PlayMusicIntent = []),
      /PlayMusicIntent/,
    ],
  ])('when the sources have %s', (_what, change, message) => {
    const problems = problemsOf('en-US', change);
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('names the source file in its error', () => {
    expect(() => buildModel('es-US', { invocationName: 'x' }, corpus('es-US'))).toThrow(
      /content\/alexa-model\/es-US\.json/,
    );
  });
});

describe('invocationNameProblems', () => {
  it.each([
    ['help', /two words/],
    ['Community Help Line', /lower-case/],
    ['ask the help line', /launch phrase/],
    ['alexa help line', /wake word/],
    ['the line', /connecting word/],
    ['help line 2', /lower-case/],
  ])('when the name is "%s", then it is refused', (name, message) => {
    expect(invocationNameProblems(name).join('\n')).toMatch(message);
  });

  it.each(['community help line', 'línea de ayuda comunitaria', "sam's help line"])('accepts "%s"', (name) => {
    expect(invocationNameProblems(name)).toEqual([]);
  });
});
