// Understanding, measured: each channel and locale gets at least 90 % of its held-out set right (npm run nlu:eval
// prints the misses). The skill is measured through the stand-in trained on the generated model alone.

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.js';
import { accuracy, evaluatePhone, evaluateSkill, MIN_ACCURACY, type Score } from '../../tools/nlu/eval.js';

const explain = (s: Score): string =>
  s.misses.map((m) => `"${m.say}": expected ${m.expected}, got ${m.got}`).join('\n');

describe.each(LOCALES)('the held-out set in %s', (locale) => {
  it('when the phone line hears each phrase on its screen, then at least 90 % do what they must', async () => {
    const score = await evaluatePhone(locale);
    expect(accuracy(score), explain(score)).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });

  it('when the skill hears each question, then at least 90 % reach their answer or say their number', async () => {
    const score = await evaluateSkill(locale);
    expect(score.total).toBeGreaterThanOrEqual(60);
    expect(accuracy(score), explain(score)).toBeGreaterThanOrEqual(MIN_ACCURACY);
  }, 60_000);
});
