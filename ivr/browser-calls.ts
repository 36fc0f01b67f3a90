// How many calls one browser identity (the random client:<id> of one /voice-token token) may start.

import { BoundedCache } from '../infra/bounded-cache.js';
import { isBrowserCaller } from './caller-id.js';

/**
 * Returns allow(from): true for phone callers always, and for a browser identity up to `perIdentity` times. The
 * identities live only in memory (never logged), at most `maxIdentities` of them; each token is good for minutes,
 * so an old identity that is forgotten can no longer start calls anyway. On Lambda the count is per container.
 */
export function browserCallLimit(perIdentity: number, maxIdentities = 10_000): (from: string | undefined) => boolean {
  const started = new BoundedCache<string, number>(maxIdentities);
  return (from) => {
    if (from === undefined || !isBrowserCaller(from)) return true;
    const count = (started.get(from) ?? 0) + 1;
    started.set(from, count);
    return count <= perIdentity;
  };
}
