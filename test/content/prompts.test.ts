import { describe, expect, it } from 'vitest';
import {
  ContentError,
  LOCALES,
  RESOURCES,
  TOPIC_IDS,
  TOPICS,
  join,
  numberTwice,
  prompt,
  renderDisplay,
  topicDetails,
  topicSummary,
  topicTitle,
  type Segment,
} from '../../content/index.js';

const phones = (segments: readonly Segment[]): string[] =>
  segments.flatMap((s) => (s.kind === 'phone' ? [s.e164] : s.kind === 'digits' ? [s.digits] : []));

describe('prompt', () => {
  it.each(LOCALES)('when the key holds {number:...} tokens (%s), then the numbers come from the registry', (locale) => {
    const p = prompt(locale, 'common.hotlineOffer');
    expect(phones(p)).toEqual([RESOURCES.traffickingHotline.phone]);
    expect(p.every((s) => s.kind !== 'text' || !/\d{3}/.test(s.text))).toBe(true);
  });

  it.each(LOCALES)('resolves {name:ID} through the locale file and {sms:ID} to the short code (%s)', (locale) => {
    const p = prompt(locale, 'common.textOffer');
    expect(phones(p)).toEqual(['233733']);
  });

  it('fills i18next variables before resolving tokens', () => {
    const p = prompt('en-US', 'common.numberIs', { resourceId: 'sheriffNonEmergency' });
    expect(renderDisplay(p)).toBe('The number is (323) 820-6700.');
  });

  it('when a key does not exist, then it throws a ContentError naming the file and key', () => {
    expect(() => prompt('es-US', 'common.noSuchKey')).toThrow(ContentError);
    expect(() => prompt('es-US', 'common.noSuchKey')).toThrow('content/locales/es-US.json, key "common.noSuchKey"');
  });

  it('when the key is a list, not a string, then it throws', () => {
    expect(() => prompt('en-US', 'topic.signs.details')).toThrow(/not a string/);
  });
});

describe('join', () => {
  it('separates prompts with one space and merges neighbouring text', () => {
    const joined = join([{ kind: 'text', text: 'a' }], [], [{ kind: 'text', text: 'b' }]);
    expect(joined).toEqual([{ kind: 'text', text: 'a b' }]);
  });
});

describe('numberTwice', () => {
  it.each(LOCALES)('says the number two times (%s)', (locale) => {
    expect(phones(numberTwice(locale, 'traffickingHotline'))).toEqual(['+18883737888', '+18883737888']);
  });
});

describe.each(LOCALES)('every topic in %s', (locale) => {
  it.each(TOPIC_IDS)('%s has a title, a summary and its detail chunks', (id) => {
    expect(renderDisplay(topicTitle(locale, id)).length).toBeGreaterThan(3);
    expect(renderDisplay(topicSummary(locale, id)).length).toBeGreaterThan(20);
    expect(topicDetails(locale, id)).toHaveLength(TOPICS[id].detailChunks);
  });
});

describe('facts from the source text', () => {
  const whole = (locale: (typeof LOCALES)[number]) =>
    TOPIC_IDS.map((id) => [topicSummary(locale, id), ...topicDetails(locale, id)].map(renderDisplay).join(' ')).join(
      ' ',
    );

  it.each(LOCALES)('names the penal code sections 647(b), 266 and 315 (%s)', (locale) => {
    const legal = topicDetails(locale, 'legalStatus').map(renderDisplay).join(' ');
    for (const section of ['647(b)', '266', '315']) expect(legal).toContain(section);
  });

  it.each(LOCALES)(
    'gives every seed number and every added national line somewhere in the topics, except the misattributed Sheriff line (%s)',
    (locale) => {
      const text = whole(locale);
      expect(text).not.toContain('(323) 890-5500');
      expect(text).toContain('(323) 820-6700');
      for (const n of [
        '1-888-373-7888',
        '233733',
        '1-888-539-2373',
        '1-800-799-7233',
        '88788',
        '1-800-656-4673',
        '988',
        '(213) 365-1906',
        '(213) 680-0600',
        '(818) 988-1955',
        '211',
        '911',
      ]) {
        expect(text).toContain(n);
      }
    },
  );

  it.each(LOCALES)('gives the three websites (%s)', (locale) => {
    const text = whole(locale);
    for (const site of ['lacounty.gov', 'oag.ca.gov/human-trafficking', 'polarisproject.org'])
      expect(text).toContain(site);
  });
});

describe('resource names inside sentences', () => {
  it('when a name opens a sentence, then its first letter is a capital', () => {
    const chunk = renderDisplay(topicDetails('es-US', 'leavingSupport')[3]!);
    expect(chunk.startsWith('Journey Out')).toBe(true);
    const en = renderDisplay(topicDetails('en-US', 'leavingSupport')[1]!);
    expect(en).toContain('Westmont. The Coalition to Abolish Slavery & Trafficking, CAST: comprehensive');
  });
  it('when a name is inside a sentence, then it keeps its lower-case article', () => {
    expect(renderDisplay(prompt('en-US', 'common.textOffer'))).not.toContain('The');
    expect(renderDisplay(topicSummary('en-US', 'whatToDo'))).toContain('Tell the National Human Trafficking Hotline,');
  });
});

describe('rights and reassurance', () => {
  const said = (locale: (typeof LOCALES)[number], id: (typeof TOPIC_IDS)[number]) =>
    [topicSummary(locale, id), ...topicDetails(locale, id)].map(renderDisplay).join(' ');

  it.each(LOCALES)('names each law the rights topic rests on (%s)', (locale) => {
    const text = said(locale, 'rights');
    for (const law of ['SB 1322', '2016', 'SB 357', '2023', '236.23', '236.14']) expect(text).toContain(law);
    expect(text).toMatch(/T visa|visa T/);
  });

  it.each(LOCALES)('gives the child protection hotline for California and from elsewhere (%s)', (locale) => {
    const text = said(locale, 'rights');
    expect(text).toContain('1-800-540-4000');
    expect(text).toContain('(213) 639-4500');
  });

  it.each(LOCALES)('says what happens on a hotline call, with its limits (%s)', (locale) => {
    const text = said(locale, 'hotlineCall');
    expect(text).toContain('200');
    expect(text).toContain('1-888-373-7888');
  });

  it('when the rights topic opens, then it opens with "not your fault" in both languages', () => {
    expect(renderDisplay(topicSummary('en-US', 'rights'))).toMatch(/^What happened is not your fault\./);
    expect(renderDisplay(topicSummary('es-US', 'rights'))).toMatch(/^No es su culpa\./);
  });
});

describe('words that lead with people and help', () => {
  it.each(LOCALES)('physical dangers does not open with homicide (%s)', (locale) => {
    expect(renderDisplay(topicSummary(locale, 'physicalDangers'))).not.toMatch(/homicid/i);
  });
  it.each(LOCALES)('long-term effects does not say prostitution leads to deep shame (%s)', (locale) => {
    expect(said(locale, 'longTermConsequences')).not.toMatch(/deep shame|profunda vergüenza/i);
  });
  it.each(LOCALES)('community impact does not start from property, litter or noise (%s)', (locale) => {
    expect(renderDisplay(topicSummary(locale, 'communityImpact'))).not.toMatch(/propert|litter|noise|basura|ruido/i);
  });
  it.each(LOCALES)('the law names the hotline and its number, not only the Sheriff (%s)', (locale) => {
    expect(renderDisplay(topicSummary(locale, 'legalStatus'))).toContain('1-888-373-7888');
  });
  it.each(LOCALES)('the Westmont topic does not open with yes (%s)', (locale) => {
    expect(renderDisplay(topicSummary(locale, 'localConcern'))).not.toMatch(/^(Yes|Sí)\b/);
  });

  function said(locale: (typeof LOCALES)[number], id: (typeof TOPIC_IDS)[number]): string {
    return [topicSummary(locale, id), ...topicDetails(locale, id)].map(renderDisplay).join(' ');
  }
});
