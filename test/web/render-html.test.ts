// The page's small pure pieces: escaping, Prompt -> HTML, tel:/sms: links and dates, on tiny inputs.

import { describe, expect, it } from 'vitest';
import { RESOURCES, type Prompt } from '../../content/index.js';
import { attrs, escapeHtml } from '../../web/html.js';
import { formatVerified } from '../../web/page-resources.js';
import { englishTerms, sharedNames } from '../../web/borrowed-words.js';
import { capitalised, digitsHref, renderHtml, smsHref } from '../../web/render-html.js';

describe('escapeHtml and attrs', () => {
  it('escapes the five characters that can break out of text or an attribute', () => {
    expect(escapeHtml(`Women's & <b>"x"</b>`)).toBe('Women&#39;s &amp; &lt;b&gt;&quot;x&quot;&lt;/b&gt;');
  });

  it('writes attributes in order, bare for true, and leaves out false and undefined', () => {
    expect(attrs({ href: '/a?x=1&y="2"', hidden: true, disabled: false, title: undefined })).toBe(
      ' href="/a?x=1&amp;y=&quot;2&quot;" hidden',
    );
  });
});

describe('renderHtml', () => {
  const p: Prompt = [
    { kind: 'text', text: 'Llame a CAST & Cía: ' },
    { kind: 'phone', e164: '+12135550142' },
    { kind: 'pause', ms: 400 },
    { kind: 'text', text: 'o marque ' },
    { kind: 'digits', digits: '911' },
    { kind: 'text', text: '.' },
  ];

  it('links phone numbers with the exact E.164 and shows them formatted; dial codes stay plain text', () => {
    expect(renderHtml(p)).toBe(
      'Llame a CAST &amp; Cía: <a href="tel:+12135550142" class="tel">(213) 555-0142</a> o marque 911.',
    );
  });

  it('inside a link, shows the number without a nested link', () => {
    expect(renderHtml(p, { linkPhones: false })).toBe(
      'Llame a CAST &amp; Cía: <span class="nowrap">(213) 555-0142</span> o marque 911.',
    );
  });

  it('formats toll-free numbers with the leading 1 people dial (fictional 555-01xx numbers)', () => {
    expect(renderHtml([{ kind: 'phone', e164: '+18005550123' }])).toBe(
      '<a href="tel:+18005550123" class="tel">1-800-555-0123</a>',
    );
  });

  it('capitalises only the first letter, by the locale, and leaves a leading number alone', () => {
    expect(capitalised([{ kind: 'text', text: 'él & ella' }], 'es-US')).toEqual([{ kind: 'text', text: 'Él & ella' }]);
    const leadingDigits: Prompt = [{ kind: 'digits', digits: '211' }];
    expect(capitalised(leadingDigits, 'en-US')).toBe(leadingDigits);
  });
});

describe('smsHref', () => {
  it('texts a confirmed short code with its keyword as the body (RFC 5724 form)', () => {
    expect(smsHref(RESOURCES.domesticViolenceHotline)).toBe('sms:88788?body=START');
  });

  it("gives no link while a short code is unconfirmed (the hotline's, since its operator changed)", () => {
    expect(RESOURCES.traffickingHotline.sms?.shortCode).toBe('233733');
    expect(smsHref(RESOURCES.traffickingHotline)).toBeUndefined();
  });

  it('gives no link for a service without a short code', () => {
    expect(smsHref(RESOURCES.sheriffNonEmergency)).toBeUndefined();
  });
});

describe('formatVerified', () => {
  it('shows the registry date as the same calendar day in either language, whatever the server time zone', () => {
    expect(formatVerified('en-US', '2026-01-01')).toBe('January 1, 2026');
    expect(formatVerified('es-US', '2026-12-31')).toBe('31 de diciembre de 2026');
  });
});

describe('links for short codes and dial codes', () => {
  it('texts a short code from the registry, dials 211, and never links 911', () => {
    const dv = RESOURCES.domesticViolenceHotline;
    expect(digitsHref(dv.sms?.shortCode ?? '')).toBe(smsHref(dv));
    expect(digitsHref('211')).toBe('tel:211');
    expect(digitsHref('911')).toBeUndefined();
    expect(digitsHref('12345')).toBeUndefined();
  });

  it('links them in running text, but not inside another link', () => {
    const p: Prompt = [
      { kind: 'text', text: 'Text ' },
      { kind: 'digits', digits: RESOURCES.domesticViolenceHotline.sms?.shortCode ?? '' },
      { kind: 'text', text: ' or dial ' },
      { kind: 'digits', digits: '211' },
    ];
    const code = RESOURCES.domesticViolenceHotline.sms?.shortCode ?? '';
    expect(renderHtml(p)).toBe(
      `Text <a href="sms:${code}?body=START" class="tel">${code}</a> or dial <a href="tel:211" class="tel">211</a>`,
    );
    expect(renderHtml(p, { linkPhones: false })).toBe(`Text ${code} or dial 211`);
  });
});

describe('English words in Spanish text', () => {
  it('finds the names a translation keeps in English: two words or more, or one in capitals', () => {
    expect(
      sharedNames(
        'the Coalition to Abolish Slavery & Trafficking, CAST',
        'la Coalition to Abolish Slavery & Trafficking, CAST',
      ),
    ).toEqual(['Coalition to Abolish Slavery & Trafficking', 'CAST']);
    expect(sharedNames('Journey Out, formerly PROTOTYPES', 'Journey Out, antes llamado PROTOTYPES')).toEqual([
      'Journey Out',
      'PROTOTYPES',
    ]);
    // One ordinary word shared by both languages is not a name kept in English.
    expect(sharedNames('the California Attorney General', 'el Fiscal General de California')).toEqual([]);
    expect(sharedNames('{number:la211} LA County', 'el {number:la211} del Condado de Los Ángeles')).toEqual([]);
  });

  it('marks them lang="en" on the Spanish page only, escaped, and as whole words', () => {
    const p: Prompt = [{ kind: 'text', text: "Envíe HELP al Downtown Women's Center; HELPER no." }];
    expect(renderHtml(p, { locale: 'es-US' })).toBe(
      'Envíe <span lang="en">HELP</span> al <span lang="en">Downtown Women&#39;s Center</span>; HELPER no.',
    );
    expect(renderHtml(p, { locale: 'en-US' })).toBe('Envíe HELP al Downtown Women&#39;s Center; HELPER no.');
    expect(englishTerms('en-US')).toEqual([]);
    expect(englishTerms('es-US')).toEqual(expect.arrayContaining(['HELP', 'START', 'Journey Out', 'CAST']));
    expect(englishTerms('es-US')).not.toContain('INFO');
  });
});

describe('citations', () => {
  it('shows a citation of the legal register in brackets after its statement, escaped', () => {
    const p: Prompt = [
      { kind: 'text', text: 'You may have a defense' },
      { kind: 'citation', text: 'Penal Code 236.23 & 236.24' },
      { kind: 'text', text: '.' },
    ];
    expect(renderHtml(p)).toBe(
      'You may have a defense <span class="citation">(Penal Code 236.23 &amp; 236.24)</span>.',
    );
  });
});
