// The checks every conversation test applies to every response must themselves catch what they claim to catch.

import { describe, expect, it } from 'vitest';
import { expectValidResponse, sayAsProblems, type SkillResponse } from './helpers.js';

const envelope = (ssml: string, extra: Partial<SkillResponse['response']> = {}): SkillResponse => ({
  response: {
    outputSpeech: { type: 'SSML', ssml },
    reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Again?</speak>' } },
    shouldEndSession: false,
    ...extra,
  },
});

describe('sayAsProblems', () => {
  it('accepts digits and a well-formed telephone number', () => {
    expect(
      sayAsProblems('<say-as interpret-as="digits">211</say-as><say-as interpret-as="telephone">+1 888</say-as>'),
    ).toEqual([]);
  });

  it.each([
    ['<say-as interpret-as="digits">2-1-1</say-as>', /not a digits value/],
    ['<say-as interpret-as="digits"></say-as>', /not a digits value/],
    ['<say-as interpret-as="phone">211</say-as>', /unknown interpret-as/],
    ['<say-as interpret-as="digits">211', /opened/],
  ])('flags %s', (ssml, message) => {
    expect(sayAsProblems(ssml).join('\n')).toMatch(message);
  });
});

describe('expectValidResponse', () => {
  it('passes a small valid response', async () => {
    await expectValidResponse(envelope('<speak>Hello &amp; welcome.</speak>'), 'en-US');
  });

  it.each([
    ['a bare ampersand', envelope('<speak>Tom & Jerry</speak>')],
    ['an unclosed tag', envelope('<speak><say-as interpret-as="digits">211</speak>')],
    ['a bad break time', envelope('<speak>a<break time="forever"/></speak>')],
    ['speech over 8,000 characters', envelope(`<speak>${'a'.repeat(8000)}</speak>`)],
    ['an open session with no reprompt', envelope('<speak>Hi.</speak>', { reprompt: undefined })],
    [
      'a response over 24 kB (counted in UTF-8 bytes)',
      envelope('<speak>Hi.</speak>', { card: { type: 'Simple', title: 'x', content: 'ñ'.repeat(12_500) } }),
    ],
  ])('fails on %s', async (_what, bad) => {
    await expect(expectValidResponse(bad, 'en-US')).rejects.toThrow();
  });
});
