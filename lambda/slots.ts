// Slot value -> content id through Alexa entity resolution, so every synonym in either language reaches one id.

import type { Intent } from 'ask-sdk-model';

/** The id of the first successful entity-resolution match, if it is one the skill knows; otherwise undefined. */
export function resolvedId<T extends string>(intent: Intent, slotName: string, ids: readonly T[]): T | undefined {
  const authorities = intent.slots?.[slotName]?.resolutions?.resolutionsPerAuthority ?? [];
  for (const authority of authorities) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    for (const { value } of authority.values ?? []) {
      if ((ids as readonly string[]).includes(value.id)) return value.id as T;
    }
  }
  return undefined;
}
