// Prompt -> <Say> children, compared as exact strings on tiny inputs (escaping, accents, number groups).

import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../content/index.js';
import { appendPrompt, digitGroups } from '../../ivr/render-say.js';

function render(prompt: Prompt): string {
  const response = new VoiceResponse();
  appendPrompt(response.say({ voice: 'Polly.Lupe-Neural', language: 'es-US' }, ''), prompt);
  return response.toString().replace('<?xml version="1.0" encoding="UTF-8"?>', '');
}

const open = '<Response><Say voice="Polly.Lupe-Neural" language="es-US">';
const close = '</Say></Response>';

describe('appendPrompt', () => {
  it('when the text has &, < and accents, then it is escaped once and the accents are kept', () => {
    expect(render([{ kind: 'text', text: 'CAST & <Línea> de ayuda, ¿sí?' }])).toBe(
      `${open}CAST &amp; &lt;Línea&gt; de ayuda, ¿sí?${close}`,
    );
  });

  it('when a sentence cites the law, then the citation is not said (the web page shows it)', () => {
    const cited: Prompt = [
      { kind: 'text', text: 'Tiene una defensa' },
      { kind: 'citation', text: 'Código Penal, sección 236.23' },
      { kind: 'text', text: '.' },
    ];
    expect(render(cited)).toBe(`${open}Tiene una defensa.${close}`);
  });

  it('when a toll-free number is spoken, then it is read as digits in groups 1-888-373-7888 with short breaks', () => {
    expect(
      render([
        { kind: 'text', text: 'Llame al ' },
        { kind: 'phone', e164: '+18883737888' },
        { kind: 'text', text: '.' },
      ]),
    ).toBe(
      `${open}Llame al <say-as interpret-as="digits">1</say-as><break time="300ms"/>` +
        '<say-as interpret-as="digits">888</say-as><break time="300ms"/>' +
        '<say-as interpret-as="digits">373</say-as><break time="300ms"/>' +
        `<say-as interpret-as="digits">7888</say-as>.${close}`,
    );
  });

  it('when a local number is spoken, then it is grouped 3-3-4', () => {
    expect(render([{ kind: 'phone', e164: '+13238905500' }])).toBe(
      `${open}<say-as interpret-as="digits">323</say-as><break time="300ms"/>` +
        '<say-as interpret-as="digits">890</say-as><break time="300ms"/>' +
        `<say-as interpret-as="digits">5500</say-as>${close}`,
    );
  });

  it('when a dial code or short code is spoken, then it is read as digits (short codes in threes)', () => {
    expect(render([{ kind: 'digits', digits: '911' }])).toBe(
      `${open}<say-as interpret-as="digits">911</say-as>${close}`,
    );
    expect(render([{ kind: 'digits', digits: '233733' }])).toBe(
      `${open}<say-as interpret-as="digits">233</say-as><break time="300ms"/><say-as interpret-as="digits">733</say-as>${close}`,
    );
  });

  it('when the prompt has a pause, then it becomes a break of that length', () => {
    expect(
      render([
        { kind: 'text', text: 'Uno' },
        { kind: 'pause', ms: 400 },
        { kind: 'text', text: 'dos' },
      ]),
    ).toBe(`${open}Uno<break time="400ms"/>dos${close}`);
  });
});

describe('digitGroups', () => {
  it.each([
    ['211', ['211']],
    ['7888', ['7888']],
    ['233733', ['233', '733']],
    ['12345', ['123', '45']],
  ])('when given %s, then it reads %j', (digits, groups) => {
    expect(digitGroups(digits)).toEqual(groups);
  });
});
