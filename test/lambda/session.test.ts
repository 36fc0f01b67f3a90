// Session attributes come back from the device: only what the skill writes is kept, and the last answer is an id.

import { describe, expect, it } from 'vitest';
import { readSession } from '../../lambda/session.js';

describe('readSession', () => {
  it('when the attributes are what the skill wrote, then they come back as they were', () => {
    const state = {
      last: { kind: 'more', topicId: 'signs', next: 1 },
      more: { topicId: 'signs', next: 1 },
      heard: ['cast'],
      confirm: 'sendNumbers',
    };
    expect(readSession(state)).toEqual(state);
  });

  it.each([
    { kind: 'launch' },
    { kind: 'fallback' },
    { kind: 'topic', topicId: 'rights' },
    { kind: 'resource', resourceId: 'rainn' },
    { kind: 'disclosure', disclosure: 'sexualAssault' },
  ])('when the last answer is %o, then it is kept as it is', (last) => {
    expect(readSession({ last })).toEqual({ last });
  });

  it('when the last answer carries more than its id, then only the id is kept', () => {
    expect(readSession({ last: { kind: 'launch', speech: '<audio src="x"/>' } })).toEqual({ last: { kind: 'launch' } });
  });

  it('when there are no attributes, then the state is empty', () => {
    expect(readSession(undefined)).toEqual({});
    expect(readSession(null)).toEqual({});
  });

  it('drops keys it does not know', () => {
    expect(readSession({ heard: ['cast'], userId: 'amzn1.ask.account.X' })).toEqual({ heard: ['cast'] });
  });

  it.each([
    ['rendered speech instead of an answer id', { last: { speech: '<speak>Hello</speak>' } }],
    ['an answer the skill does not have', { last: { kind: 'playMusic' } }],
    ['a disclosure the skill does not know', { last: { kind: 'disclosure', disclosure: 'nope' } }],
    ['a topic answer for an unknown topic', { last: { kind: 'topic', topicId: 'nope' } }],
    ['a part far past any topic', { last: { kind: 'more', topicId: 'signs', next: 1000 } }],
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
