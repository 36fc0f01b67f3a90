// Understanding, measured: each channel and locale gets at least 90 % of its held-out set right (npm run nlu:eval
// prints the misses), and every held-out danger reaches 911. The skill is measured through the stand-in trained on the
// generated model alone.

import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../content/index.js';
import { heldOut } from '../../nlu/held-out.js';
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

  it('when a held-out phrase tells of danger, then every one reaches 911 (the safety screen on the phone, EmergencyIntent on the skill)', async () => {
    const { phone, skill } = heldOut(locale);
    const phoneDangers = phone.filter((i) => i.expect === 'emergency');
    const skillDangers = skill.filter((i) => i.expect === 'intent:EmergencyIntent');
    expect(phoneDangers.length).toBeGreaterThanOrEqual(6);
    expect(skillDangers.length).toBeGreaterThanOrEqual(5);
    expect(explain(await evaluatePhone(locale, phoneDangers))).toBe('');
    expect(explain(await evaluateSkill(locale, skillDangers))).toBe('');
  }, 60_000);
});
