// The content check's rules for words said aloud, unconfirmed numbers, numbers written out, and the legal register,
// each on a deliberately broken copy of the real content.

import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem, spokenSentences, type CheckInput } from '../../content/check.js';
import { LEGAL, type Locale } from '../../content/index.js';
import { readLocale, realInput, withValue } from './check-input.js';

const errors = (input: CheckInput): string[] => checkContent(input).errors.map(formatProblem);
/** The real content with one locale string replaced. */
const withString = (locale: Locale, key: string, value: string): CheckInput => withValue(locale, key.split('.'), value);

describe('numbers written into a sentence', () => {
  it.each([
    ['en-US', 'The desk is 820-6700.', '820-6700'],
    ['en-US', 'Call 3 2 3, 8 9 0, 5 5 0 0 for the desk.', '3 2 3, 8 9 0, 5 5 0 0'],
    ['en-US', 'Call eight two zero, six seven zero zero.', 'eight two zero, six seven zero zero'],
    ['es-US', 'Marque ocho dos cero seis siete cero cero.', 'ocho dos cero seis siete cero cero'],
    ['es-US', 'Marque el 2 1 1.', '2 1 1'],
  ] as const)('when %s says "%s", then it is refused as a number outside the registry', (locale, sentence, hit) => {
    expect(errors(withString(locale, 'common.goodbye', sentence))).toContainEqual(
      expect.stringContaining(`common.goodbye: contains "${hit}", which looks like a phone number or code`),
    );
  });

  it.each(['Press 1, 2 or 3.', 'Open 24 hours, 7 days a week.', 'For young people aged 12 to 21.', 'Since 2026.'])(
    'when a sentence holds small numbers that are not a phone number ("%s"), then it passes',
    (sentence) => {
      expect(errors(withString('en-US', 'common.goodbye', sentence))).toEqual([]);
    },
  );
});

describe('unconfirmed numbers', () => {
  it('when a sentence gives a number nobody has confirmed, then it is refused and the alternative is named', () => {
    expect(errors(withString('en-US', 'common.goodbye', 'Call Journey Out: {number:journeyOut}.'))).toContain(
      `content/locales/en-US.json: common.goodbye: {number:journeyOut} but "journeyOut"'s number is unconfirmed in content/resources.ts, so no channel may give it; offer {number:castHotline} instead, or confirm it (its verification)`,
    );
  });

  it('when a sentence tells people to text a code nobody has confirmed, then it is refused', () => {
    expect(errors(withString('es-US', 'common.goodbye', 'Envíe HELP al {sms:traffickingHotline}.'))).toContainEqual(
      expect.stringContaining(`{sms:traffickingHotline} but "traffickingHotline"'s text code is unconfirmed`),
    );
  });

  it("when a service's purpose gives its own number, then it is refused (every channel says it beside the purpose)", () => {
    expect(errors(withString('en-US', 'resource.rainn.purpose', 'Call {number:rainn} any time.'))).toContainEqual(
      expect.stringContaining("resource.rainn.purpose: gives the service's own number"),
    );
  });
});

describe('said aloud by the phone line and the skill', () => {
  it.each([
    ['en-US', 'topic.rights.details.2', 'The law gives you a defense (Penal Code 236.23).', 'Penal Code'],
    ['en-US', 'alexa.help', 'Since SB 1322, no child can be charged.', 'SB 1322'],
    ['es-US', 'topic.legalStatus.details.0', 'Son delitos: secciones 647(b), 266 y 315.', '647(b)'],
  ] as const)('when %s %s says a citation, then it is refused and {law:ID} is named', (locale, key, value, hit) => {
    expect(errors(withString(locale, key, value))).toContainEqual(
      expect.stringContaining(
        `${key}: says "${hit}" aloud; the phone line and the skill say no bill numbers or code sections`,
      ),
    );
  });

  it('when a citation is in the web page words or a {law:ID} token, then it passes', () => {
    expect(errors(withString('en-US', 'web.intro', 'Read Penal Code 236.23 below.'))).toEqual([]);
    const cited = 'If a trafficker forced you, you may have a defense{law:coercedDefense}.';
    expect(errors(withString('en-US', 'topic.rights.details.2', cited))).toEqual([]);
  });

  it('when a spoken sentence runs over 20 words, then it is refused with its length', () => {
    const long =
      'This sentence goes on and on with one word after another until it has far more than twenty words in it.';
    expect(errors(withString('en-US', 'alexa.noMore', long))).toContainEqual(
      expect.stringContaining('alexa.noMore: has a sentence of 21 words as said'),
    );
  });

  it('when a name makes a sentence long, then the name counts, and a number counts as one word', () => {
    const sentences = spokenSentences(
      'Call {name:cast} at {number:castHotline}. Then rest.',
      new Map([['resource.cast.name', 'the Coalition to Abolish Slavery & Trafficking, CAST']]),
    );
    expect(sentences).toEqual([
      'Call the Coalition to Abolish Slavery & Trafficking, CAST at {number:castHotline}.',
      'Then rest.',
    ]);
  });

  it('when a sentence mentions the U.S., then it is still one sentence', () => {
    expect(spokenSentences('If you are not a U.S. citizen, a visa may help.', new Map())).toHaveLength(1);
  });

  it('when one answer gives a number three times, then it is refused', () => {
    const thrice = 'Call {number:rainn}. Again, {number:rainn}. Once more, {number:rainn}.';
    expect(errors(withString('en-US', 'alexa.noMore', thrice))).toContain(
      'content/locales/en-US.json: alexa.noMore: says {number:rainn} 3 times (names included); at most twice in one answer',
    );
  });

  it('when a topic part gives a number twice, then it is refused: the phone line repeats it itself', () => {
    const twice = 'Call {number:castHotline}. That is {number:castHotline}.';
    expect(errors(withString('es-US', 'topic.rights.details.7', twice))).toContainEqual(
      expect.stringContaining(
        'topic.rights.details.7: says {number:castHotline} 2 times (names included); the phone line repeats',
      ),
    );
  });

  it.each([
    ['en-US', 'Westmont is an unincorporated community.', 'unincorporated'],
    ['en-US', 'Help includes case management.', 'case management'],
    ['en-US', 'Paying for it is called solicitation.', 'solicitation'],
    ['es-US', 'Pruebas de ETS gratis.', 'ETS'],
    ['es-US', 'Pruebas de enfermedades de transmisión sexual.', 'enfermedades de transmisión sexual'],
    ['es-US', 'No cubre delitos graves.', 'delitos graves'],
    ['es-US', 'Llame a la línea de no emergencias.', 'línea de no emergencias'],
    ['es-US', 'Pagar por él (la solicitación) es delito.', 'solicitación'],
  ] as const)('when %s says "%s", then it asks for the plain word', (locale, sentence, hit) => {
    expect(errors(withString(locale, 'common.goodbye', sentence))).toContainEqual(
      expect.stringContaining(`common.goodbye: uses "${hit}", which is not plain; say`),
    );
  });

  it('when a sentence tells people to text another keyword than the registry gives, then it is refused', () => {
    expect(
      errors(withString('en-US', 'common.goodbye', 'Text HELP or START to {sms:domesticViolenceHotline}.')),
    ).toContain(
      'content/locales/en-US.json: common.goodbye: tells people to text "HELP" to {sms:domesticViolenceHotline}, whose keyword is "START" in content/resources.ts; every channel gives the one keyword',
    );
  });
});

describe('the legal register', () => {
  it('when a sentence cites an entry that does not exist, then it is refused', () => {
    expect(errors(withString('en-US', 'topic.rights.details.6', 'A visa may help{law:tVisum}.'))).toContainEqual(
      expect.stringContaining('{law:tVisum} names no entry of the legal register'),
    );
  });

  it('when a topic states the law without a citation, then it is refused', () => {
    expect(errors(withString('en-US', 'topic.legalStatus.details.1', 'Buying sex is a crime.'))).toContain(
      'content/locales/en-US.json: topic.legalStatus.details.1: states the law ("is a crime") without citing it; add {law:ID} after the statement (content/legal.ts), so the web page shows its source',
    );
  });

  it('when no sentence cites an entry any more, then the entry is refused as unused', () => {
    const strip = (locale: Locale) => {
      const copy = structuredClone(readLocale(locale)) as { topic: { rights: { details: string[] } } };
      copy.topic.rights.details[7] = (copy.topic.rights.details[7] as string).replace('{law:uVisa}', '');
      return copy;
    };
    const input = { ...realInput(), locales: { 'en-US': strip('en-US'), 'es-US': strip('es-US') } };
    expect(errors(input)).toContain(
      'content/legal.ts: LEGAL.uVisa: is cited by no sentence; cite it with {law:ID} where the statement is made, or remove it',
    );
  });

  it('when an entry was last reviewed more than a year ago, then it warns, marked stale', () => {
    const legal = { ...LEGAL, tVisa: { ...LEGAL.tVisa, lastReviewed: '2025-11-01' } };
    expect(checkContent(realInput({ legal })).warnings).toEqual([
      {
        file: 'content/legal.ts',
        key: 'LEGAL.tVisa.lastReviewed',
        message:
          '402 days since this statement was reviewed (365 at most); read the law again, then update lastReviewed, or say less',
        stale: true,
      },
    ]);
  });

  it('when an entry has no source, a bad date or an unreadable effective date, then it is refused', () => {
    const legal = {
      ...LEGAL,
      uVisa: { ...LEGAL.uVisa, sources: [], effective: 'soon' },
      tVisa: { ...LEGAL.tVisa, sources: [{ title: 'x', url: 'uscis.gov', read: '2026-12-07' }] },
    };
    const found = errors(realInput({ legal }));
    expect(found).toContain('content/legal.ts: LEGAL.uVisa.sources: is empty; give the page it was read on');
    expect(found).toContain('content/legal.ts: LEGAL.uVisa.effective: "soon" must be YYYY-MM-DD, or "long-standing"');
    expect(found).toContain(
      'content/legal.ts: LEGAL.tVisa.sources.0: needs the page title, its http(s) url and the date read (YYYY-MM-DD)',
    );
  });

  it('when the web citation shows another section than the register, then it is refused', () => {
    expect(errors(withString('es-US', 'law.coercedDefense', 'Código Penal, sección 236.24'))).toContain(
      'content/locales/es-US.json: law.coercedDefense: does not show 236.23, which content/legal.ts cites for it; make them agree',
    );
  });
});
