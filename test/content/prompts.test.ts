import { describe, expect, it } from 'vitest';
import {
  ContentError,
  READING_ORDER,
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

  it.each(LOCALES)('resolves {sms:ID} to the short code of a confirmed text line (%s)', (locale) => {
    const p = prompt(locale, 'common.textOffer', { keyword: 'START', resourceId: 'domesticViolenceHotline' });
    expect(phones(p)).toEqual(['88788']);
  });

  it('fills i18next variables before resolving tokens', () => {
    const p = prompt('en-US', 'common.numberIs', { resourceId: 'rainn' });
    expect(renderDisplay(p)).toBe('The number is 1-800-656-4673.');
  });

  it.each([
    ['sheriffNonEmergency', 'common.numberIs'],
    ['traffickingHotline', 'common.textOffer'],
  ] as const)(
    'when a sentence would give the unconfirmed number or text code of %s, then prompt() refuses (never said, never shown)',
    (resourceId, key) => {
      expect(() => prompt('en-US', key, { resourceId, keyword: 'HELP' })).toThrow(ContentError);
    },
  );

  it('when a sentence cites the legal register, then the citation is its own segment, for the web page only', () => {
    const p = topicDetails('en-US', 'rights')[2] ?? [];
    expect(p.filter((s) => s.kind === 'citation')).toEqual([
      { kind: 'citation', text: 'Penal Code 236.23, as amended by AB 124 in 2021' },
    ]);
    expect(
      p
        .filter((s) => s.kind === 'text')
        .map((s) => (s as { text: string }).text)
        .join(''),
    ).not.toMatch(/236/);
  });

  it('when a service has both a dial code and a phone, then {number:ID} says the code and {phone:ID} the phone', () => {
    expect(renderDisplay(prompt('en-US', 'common.numberIs', { resourceId: 'la211' }))).toBe('The number is 211.');
    expect(renderDisplay(prompt('en-US', 'resource.la211.purpose'))).toContain('call 1-800-339-6993.');
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
    'gives every confirmed number somewhere in the topics, and no unconfirmed one nor the misattributed Sheriff line (%s)',
    (locale) => {
      const text = whole(locale);
      expect(text).not.toContain('(323) 890-5500');
      for (const n of [
        '1-888-373-7888',
        '1-888-539-2373',
        '1-800-799-7233',
        '88788',
        '1-800-656-4673',
        '1-800-540-4000',
        '(213) 639-4500',
        '1-800-843-5678',
        '1-800-786-2929',
        '988',
        '211',
        '911',
      ]) {
        expect(text).toContain(n);
      }
      for (const unconfirmed of ['(323) 820-6700', '(213) 365-1906', '(213) 680-0600', '(818) 988-1955', '233733'])
        expect(text).not.toContain(unconfirmed);
    },
  );

  it("keeps the source text's unconfirmed numbers in the registry, to be called and confirmed", () => {
    expect(RESOURCES.cast.phone).toBe('+12133651906');
    expect(RESOURCES.downtownWomensCenter.phone).toBe('+12136800600');
    expect(RESOURCES.journeyOut.phone).toBe('+18189881955');
    expect(RESOURCES.traffickingHotline.sms?.shortCode).toBe('233733');
    for (const id of ['cast', 'downtownWomensCenter', 'journeyOut', 'sheriffNonEmergency'] as const)
      expect(RESOURCES[id].verification.level).toBe('unconfirmed');
  });

  it.each(LOCALES)('gives the three websites (%s)', (locale) => {
    const text = whole(locale);
    for (const site of ['lacounty.gov', 'oag.ca.gov/human-trafficking', 'polarisproject.org'])
      expect(text).toContain(site);
  });
});

describe('resource names inside sentences', () => {
  it('when a name opens a sentence, then its first letter is a capital', () => {
    const chunk = renderDisplay(topicDetails('es-US', 'leavingSupport')[4]!);
    expect(chunk.startsWith('Journey Out, antes llamada The Mary Magdalene Project,')).toBe(true);
    const en = renderDisplay(topicDetails('en-US', 'leavingSupport')[2]!);
    expect(en.startsWith('The Coalition to Abolish Slavery & Trafficking, CAST offers')).toBe(true);
  });
  it('when a name is inside a sentence, then it keeps its lower-case article', () => {
    expect(renderDisplay(topicSummary('en-US', 'whatToDo'))).toContain(
      'Report your concern to the National Human Trafficking Hotline:',
    );
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

  it.each(LOCALES)('says what happens on a hotline call as its new operator stands, with its limits (%s)', (locale) => {
    const text = said(locale, 'hotlineCall');
    expect(text).toContain('Compass Connections');
    expect(text).toContain('1-888-373-7888');
    expect(text).toContain('1-888-539-2373');
    expect(text).not.toMatch(/200|without your consent|sin su consentimiento/);
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

describe('the reading order of the web page', () => {
  it('lists every topic once, what people act on before the law', () => {
    expect([...READING_ORDER].sort()).toEqual([...TOPIC_IDS].sort());
    expect(READING_ORDER.indexOf('signs')).toBeLessThan(READING_ORDER.indexOf('legalStatus'));
    expect(READING_ORDER.indexOf('leavingSupport')).toBeLessThan(READING_ORDER.indexOf('legalStatus'));
  });
});
