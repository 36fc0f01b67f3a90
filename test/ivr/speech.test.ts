// Speech matching: keyword lists from the locale files, matched after accents, case and punctuation are removed.

import { describe, expect, it } from 'vitest';
import { matchSpeech, normalise, speechHints } from '../../ivr/speech.js';

describe('normalise', () => {
  it.each([
    ['Español!', 'espanol'],
    ['  LÍNEA,  por favor ', 'linea por favor'],
    ['9-1-1', '911'],
    ['nine 1 1', 'nine 11'],
    ['Call 9 1 1 now.', 'call 911 now'],
  ])('when given %j, then it gives %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('matchSpeech', () => {
  it.each([
    ['en-US', 'Emergency!', { kind: 'emergency' }],
    ['en-US', 'I need to call 9-1-1', { kind: 'emergency' }],
    ['en-US', 'nine one one', { kind: 'emergency' }],
    ['en-US', 'emergencia', { kind: 'emergency' }],
    ['es-US', 'EMERGENCIA', { kind: 'emergency' }],
    ['es-US', 'emergency', { kind: 'emergency' }],
    ['en-US', 'the hotline please', { kind: 'hotline' }],
    ['es-US', 'la línea, por favor', { kind: 'hotline' }],
    ['es-US', 'la linea', { kind: 'hotline' }],
    ['en-US', 'Sheriff', { kind: 'sheriff' }],
    ['es-US', 'la policía', { kind: 'sheriff' }],
    ['en-US', 'Español', { kind: 'otherLanguage' }],
    ['es-US', 'inglés', { kind: 'otherLanguage' }],
    ['en-US', 'One.', { kind: 'key', key: '1' }],
    ['en-US', '5', { kind: 'key', key: '5' }],
    ['es-US', 'Uno', { kind: 'key', key: '1' }],
    ['en-US', 'go back', { kind: 'back' }],
    ['es-US', 'menú principal', { kind: 'mainMenu' }],
    ['en-US', 'say that again', { kind: 'repeat' }],
  ] as const)('when a %s caller says %j, then it means %j', (locale, said, expected) => {
    expect(matchSpeech(locale, said)).toEqual(expected);
  });

  it('when the words match nothing, then there is no match', () => {
    expect(matchSpeech('en-US', 'blue bananas')).toBeUndefined();
    expect(matchSpeech('es-US', '')).toBeUndefined();
  });

  it('when "emergency" comes with other keywords, then the emergency wins', () => {
    expect(matchSpeech('en-US', 'sheriff, it is an emergency')).toEqual({ kind: 'emergency' });
  });
});

describe('speechHints', () => {
  it('when built for Spanish, then it lists the Spanish words with their accents', () => {
    const hints = speechHints('es-US').split(', ');
    expect(hints).toContain('línea');
    expect(hints).toContain('emergencia');
    expect(hints).not.toContain('hotline');
  });
});
