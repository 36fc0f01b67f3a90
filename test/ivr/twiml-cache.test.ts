// The router's TwiML cache: built once per key, a failed build is not remembered, and it never grows past its cap.

import { describe, expect, it } from 'vitest';
import { twimlCache } from '../../ivr/twiml-cache.js';

describe('twimlCache', () => {
  it('when the same key is asked twice, then the answer is built once', () => {
    const cached = twimlCache();
    let builds = 0;
    const build = (): string => `<Response>${++builds}</Response>`;
    expect(cached('a', build)).toBe('<Response>1</Response>');
    expect(cached('a', build)).toBe('<Response>1</Response>');
    expect(cached('b', build)).toBe('<Response>2</Response>');
  });

  it('when a build throws, then nothing is cached and the next request builds again', () => {
    const cached = twimlCache();
    expect(() =>
      cached('a', () => {
        throw new Error('content missing');
      }),
    ).toThrow('content missing');
    expect(cached('a', () => '<Response/>')).toBe('<Response/>');
  });

  it('when more keys than the cap arrive, then the oldest is dropped and the size stays at the cap', () => {
    const cached = twimlCache(2);
    let builds = 0;
    const build = (): string => String(++builds);
    cached('a', build);
    cached('b', build);
    cached('c', build); // evicts a
    expect(cached('b', build)).toBe('2');
    expect(cached('a', build)).toBe('4'); // rebuilt; evicts b
    expect(cached('c', build)).toBe('3');
    expect(cached('b', build)).toBe('5');
  });
});
