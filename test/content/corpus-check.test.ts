// The corpus check over the real corpus (clean) and over the smallest broken copies, one per rule.

import { describe, expect, it } from 'vitest';
import { stopCancelSamples } from '../../content/utterances/alexa-words.js';
import { checkCorpus } from '../../content/utterances/check.js';
import { CORPUS_FILES, type Corpus } from '../../content/utterances/corpus.js';

type Mutable = {
  -readonly [K in keyof Corpus]: Corpus[K] extends object
    ? { -readonly [J in keyof Corpus[K]]: Corpus[K][J] }
    : Corpus[K];
};

function problems(change: (en: Mutable, es: Mutable) => void, stop = stopCancelSamples()): string[] {
  const en = structuredClone(CORPUS_FILES['en-US']) as Mutable;
  const es = structuredClone(CORPUS_FILES['es-US']) as Mutable;
  change(en, es);
  const { errors } = checkCorpus({ corpora: { 'en-US': en, 'es-US': es }, stopCancel: stop });
  return errors.map((e) => `${e.file}: ${e.key}: ${e.message}`);
}

describe('checkCorpus', () => {
  it('when given the real corpus, then it finds no error', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it.each([
    [
      'a meaning in one locale only',
      (en: Mutable) => (en.meanings.extra = ['x']),
      /es-US\.json: meanings\.extra: is missing/,
    ],
    ['too few phrasings', (en: Mutable) => (en.meanings.no = ['no']), /meanings\.no: has 1 phrasings/],
    [
      'one phrase in two meanings',
      (en: Mutable) => en.meanings.yes?.push('no thanks'),
      /"no thanks" is also said for (yes|no)/,
    ],
    ['a digit', (en: Mutable) => en.meanings.yes?.push('press 1 for yes'), /spell numbers out/],
    ['a lower-case initialism', (en: Mutable) => en.slots.topics.healthRisks?.push('hiv'), /write it "h\. i\. v\."/],
    [
      'the other word for coercion in Spanish',
      (_en: Mutable, es: Mutable) => es.slots.topics.consentVsCoercion?.push('la coerción'),
      /use "coacción"/,
    ],
    [
      'a meaning content/ does not define',
      (en: Mutable, es: Mutable) => {
        en.meanings['topic.astrology'] = ['stars'];
        es.meanings['topic.astrology'] = ['estrellas'];
      },
      /meanings\.topic\.astrology: is not a topic, service or meaning content\/ defines/,
    ],
    ['punctuation', (en: Mutable) => en.meanings.yes?.push('yes, please!'), /no punctuation/],
    [
      'a sentence as a name (a slot value of more than five words)',
      (en: Mutable) => en.slots.topics.legalStatus?.push('can I get arrested for buying sex here'),
      /slots\.topics\.legalStatus: "can I get arrested for buying sex here" has more than 5 words/,
    ],
    [
      'a disclosure with too few phrasings',
      (en: Mutable) => (en.meanings['disclosure.crisis'] = ['I want to die']),
      /meanings\.disclosure\.crisis: has 1 phrasings/,
    ],
  ])('when the corpus has %s, then it is an error', (_what, change, message) => {
    const found = problems(change);
    expect(
      found.some((p) => message.test(p)),
      found.join('\n'),
    ).toBe(true);
  });

  it('when a Spanish Stop sample is an ordinary word of a topic ("salir"), then it is an error naming the file', () => {
    const stop = { ...stopCancelSamples(), 'es-US': ['salir'] };
    expect(problems(() => {}, stop)).toEqual([
      'content/alexa-model/es-US.json: intents.AMAZON.StopIntent/CancelIntent: "salir" is also said when asking about a topic; remove it (Amazon\'s built-in samples stay)',
    ]);
  });
});
