import { describe, expect, it } from 'vitest';
import { readSession } from '../../lambda/session.js';

const speech = 'Call <say-as interpret-as="digits">1</say-as><break time="300ms"/> &amp; more';

describe('readSession', () => {
  it('when the attributes are what the skill wrote, then they come back as they were', () => {
    const state = {
      last: { speech, reprompt: 'Anything else?' },
      more: { topicId: 'signs', next: 1 },
      heard: ['cast'],
      confirm: 'sendNumbers',
    };
    expect(readSession(state)).toEqual(state);
  });

  it('when there are no attributes, then the state is empty', () => {
    expect(readSession(undefined)).toEqual({});
    expect(readSession(null)).toEqual({});
  });

  it('drops keys it does not know', () => {
    expect(readSession({ heard: ['cast'], userId: 'amzn1.ask.account.X' })).toEqual({ heard: ['cast'] });
  });

  it.each([
    ['speech that is not what the renderer writes', { last: { speech: '<audio src="x"/>' } }],
    ['speech over the Alexa limit', { last: { speech: 'a'.repeat(7901) } }],
    ['a bare ampersand', { last: { speech: 'a & b' } }],
    ['an unknown topic', { more: { topicId: 'nope', next: 0 } }],
    ['a negative position', { more: { topicId: 'signs', next: -1 } }],
    ['a fractional position', { more: { topicId: 'signs', next: 1.5 } }],
    ['an unknown resource', { heard: ['cast', 'someone'] }],
    ['a question the skill never asks', { heard: ['cast'], confirm: 'deleteEverything' }],
    ['attributes that are a list', ['cast']],
  ])('when a device sends %s, then the whole state is dropped', (_what, attributes) => {
    expect(readSession(attributes)).toEqual({});
  });
});
