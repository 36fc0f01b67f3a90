// The opening: 911 notice first, the Spanish offer in a Spanish voice, the hotline named within about 25 words.

import { describe, expect, it } from 'vitest';
import { LOCALES, renderDisplay, type Locale } from '../../content/index.js';
import { DEFAULT_VOICES } from '../../ivr/config.js';
import { openingScript } from '../../ivr/script.js';
import { openingTwiml } from '../../ivr/twiml.js';
import { findAll, parseTwiml } from './helpers.js';

const HOTLINE_WORD: Record<Locale, RegExp> = { 'en-US': /^National$/, 'es-US': /^Nacional$/ };

describe.each(LOCALES)('the %s opening', (locale) => {
  const script = openingScript(locale);
  const words = [...script.body, ...script.choices].flatMap((p) => renderDisplay(p.prompt).split(/\s+/));

  it('when spoken, then the hotline is named within the first 25 words', () => {
    const at = words.findIndex((w) => HOTLINE_WORD[locale].test(w));
    expect(at).toBeGreaterThan(0);
    expect(at + 1).toBeLessThanOrEqual(25);
  });

  it('when rendered, then the 911 notice comes first and the other language is offered in its own voice', () => {
    const says = findAll(parseTwiml(openingTwiml(locale, { voices: DEFAULT_VOICES, base: '' })), 'Say');
    expect(says[0]?.children.find((c) => c.name === 'say-as')?.children[0]?.text).toBe('911');
    const other = locale === 'en-US' ? 'es-US' : 'en-US';
    expect(says[1]?.attrs).toEqual({ voice: DEFAULT_VOICES[other], language: other });
    expect(says.slice(2).every((s) => s.attrs.language === locale && s.attrs.voice === DEFAULT_VOICES[locale])).toBe(
      true,
    );
  });
});
