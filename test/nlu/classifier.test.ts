// The classifier on tiny data: it learns, and it says None for words it never saw (test/tools/generate.test.ts checks
// that the committed models are current).

import { describe, expect, it } from 'vitest';
import { load, NONE, train } from '../../nlu/classifier.js';

const DOCS = [
  { text: 'is it legal', label: 'law' },
  { text: 'what does the law say', label: 'law' },
  { text: 'what are the signs', label: 'signs' },
  { text: 'red flags of trafficking', label: 'signs' },
];

describe('train and load', () => {
  it('when trained twice on the same phrases, then the data is the same (the committed models are reproducible)', () => {
    expect(JSON.stringify(train('en-US', DOCS))).toBe(JSON.stringify(train('en-US', DOCS)));
  });

  it('when asked a new phrasing, then it picks the meaning whose words it shares', () => {
    const c = load(train('en-US', DOCS));
    expect(c.classify('the laws please').label).toBe('law');
    expect(c.classify('signs of trafficking').label).toBe('signs');
  });

  it('when every word is unknown, then the answer is None', () => {
    const c = load(train('en-US', DOCS));
    expect(c.classify('purple bananas').label).toBe(NONE);
    expect(c.classify('').label).toBe(NONE);
  });
});
