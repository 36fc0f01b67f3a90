// SSML -> plain text for tools: numbers as 1-888-373-7888, breaks as spaces, entities decoded.

import { describe, expect, it } from 'vitest';
import { renderSsml } from '../../lambda/render-ssml.js';
import { ssmlToText } from '../../lambda/ssml-text.js';

describe('ssmlToText', () => {
  it('turns a rendered prompt back into what a person would read, accents and & included', () => {
    const ssml = renderSsml([
      { kind: 'text', text: 'Llame a CAST & Co. <ya>: ' },
      { kind: 'phone', e164: '+18883737888' },
      { kind: 'pause', ms: 400 },
      { kind: 'text', text: 'o al ' },
      { kind: 'digits', digits: '211' },
      { kind: 'text', text: '.' },
    ]);
    expect(ssmlToText(`<speak>${ssml}</speak>`)).toBe('Llame a CAST & Co. <ya>: 1-888-373-7888 o al 211.');
  });

  it('decodes &amp;lt; once, not twice', () => {
    expect(ssmlToText('<speak>a &amp;lt; b</speak>')).toBe('a &lt; b');
  });
});
