// Prompt -> SSML on tiny inputs, compared as exact strings: escaping, accents, digit groups, pauses.

import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../content/index.js';
import { escapeSsml, renderSsml } from '../../lambda/render-ssml.js';

describe('renderSsml', () => {
  it('escapes &, <, > and quotes in text, and keeps Spanish accents and punctuation as they are', () => {
    const p: Prompt = [{ kind: 'text', text: 'CAST & "amigos" <b> ¿Señales? Línea, acción, pingüino.' }];
    expect(renderSsml(p)).toBe('CAST &amp; &quot;amigos&quot; &lt;b&gt; ¿Señales? Línea, acción, pingüino.');
  });

  it('reads a toll-free number digit by digit in 1-888-373-7888 groups with short pauses', () => {
    expect(renderSsml([{ kind: 'phone', e164: '+18883737888' }])).toBe(
      '<say-as interpret-as="digits">1</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">888</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">373</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">7888</say-as>',
    );
  });

  it('reads a local number in 3-3-4 groups', () => {
    expect(renderSsml([{ kind: 'phone', e164: '+13238905500' }])).toBe(
      '<say-as interpret-as="digits">323</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">890</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">5500</say-as>',
    );
  });

  it('reads a dial code as digits and a pause as a break', () => {
    const p: Prompt = [
      { kind: 'text', text: 'Marque el ' },
      { kind: 'digits', digits: '211' },
      { kind: 'pause', ms: 400 },
      { kind: 'text', text: 'Adiós.' },
    ];
    expect(renderSsml(p)).toBe('Marque el <say-as interpret-as="digits">211</say-as><break time="400ms"/>Adiós.');
  });

  it('folds line breaks and tabs from a locale string into single spaces and trims the ends', () => {
    expect(renderSsml([{ kind: 'text', text: '  Uno,\n\tdos.  ' }])).toBe('Uno, dos.');
  });

  it('drops control characters that XML forbids, so one stray byte cannot break the response', () => {
    expect(escapeSsml('a\u0007b\u0000c & d')).toBe('abc &amp; d');
  });

  it('says no citation: bill numbers and code sections are for the web page', () => {
    expect(
      renderSsml([
        { kind: 'text', text: 'You may have a defense' },
        { kind: 'citation', text: 'Penal Code 236.23' },
        { kind: 'text', text: '.' },
      ]),
    ).toBe('You may have a defense.');
  });

  it('refuses a digits segment that holds anything but digits', () => {
    expect(() => renderSsml([{ kind: 'digits', digits: '2-1-1' }])).toThrow(/digits only/);
  });
});
