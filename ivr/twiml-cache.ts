// A bounded cache of rendered TwiML, one per router. A screen's answer depends only on the screen, the call's
// language and reprompt count, and the preface; building it (i18next lookups, the TwiML builder) was most of the CPU
// of a step when profiled under load, so each answer is built once. Answers that carry caller data (a transfer's
// caller ID) are never cached.

import { BoundedCache } from '../infra/bounded-cache.js';

/** Far more than the reachable screens x languages x reprompts; a cap so no sequence of requests can grow memory. */
const TWIML_CACHE_ENTRIES = 2000;

export type TwimlCache = (key: string, build: () => string) => string;

export function twimlCache(maxEntries = TWIML_CACHE_ENTRIES): TwimlCache {
  const entries = new BoundedCache<string, string>(maxEntries);
  return (key, build) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    // A build that throws caches nothing: the route answers with the fallback and the next request tries again.
    const xml = build();
    entries.set(key, xml);
    return xml;
  };
}
