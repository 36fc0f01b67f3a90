// The held-out sets stay held out: none of their phrases is in the corpus the classifier and the models learn from.

import { describe, expect, it } from 'vitest';
import { CORPUS_FILES, meaningsOf, phrasings, type Corpus } from '../../content/utterances/corpus.js';
import { LOCALES } from '../../content/index.js';
import { heldOut } from '../../nlu/held-out.js';

const plain = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(LOCALES)('the held-out sets in %s', (locale) => {
  const corpus = CORPUS_FILES[locale] as Corpus;
  const trained = new Set(
    [
      ...meaningsOf(corpus).flatMap((m) => phrasings(corpus, m)),
      ...Object.values(corpus.pending.meanings).flat(),
      ...Object.values(corpus.pending.slots.topics).flat(),
      ...Object.values(corpus.pending.slots.services).flat(),
    ].map(plain),
  );
  const { skill, phone } = heldOut(locale);

  it('when counted, then they have at least the sizes the measurement needs', () => {
    expect(skill.length).toBeGreaterThanOrEqual(locale === 'en-US' ? 100 : 70);
    expect(phone.length).toBeGreaterThanOrEqual(locale === 'en-US' ? 60 : 40);
  });

  it('when compared with the corpus, then no held-out phrase appears in it word for word', () => {
    const copied = [...skill.map((i) => i.say), ...phone.map((i) => i.say)].filter((s) => trained.has(plain(s)));
    expect(copied).toEqual([]);
  });
});
