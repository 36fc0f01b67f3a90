// The words that meet a disclosure, assembled once for both channels: care, who to call with the number twice,
// what the hotline publishes about anonymity (when it is the hotline), the service beside it, what to do in danger.

import { DISCLOSURES } from './disclosures.js';
import { join, prompt } from './prompts.js';
import type { DisclosureKind, Locale, Prompt } from './types.js';

export interface DisclosureWords {
  readonly care: Prompt;
  /** Who to call and the number, then the number again. */
  readonly who: Prompt;
  /** Empty unless the service is the National Human Trafficking Hotline. */
  readonly note: Prompt;
  /** The second service and its number once; empty when there is none. */
  readonly beside: Prompt;
  readonly safety: Prompt;
}

export function disclosureWords(locale: Locale, kind: DisclosureKind): DisclosureWords {
  const { resourceId, beside } = DISCLOSURES[kind];
  return {
    care: prompt(locale, `disclosure.${kind}.care`),
    who: join(prompt(locale, `disclosure.${kind}.who`), prompt(locale, 'common.numberAgain', { resourceId })),
    note: resourceId === 'traffickingHotline' ? prompt(locale, 'disclosure.hotlineNote') : [],
    beside: beside ? prompt(locale, `disclosure.${kind}.beside`) : [],
    safety: prompt(locale, 'disclosure.safety'),
  };
}
