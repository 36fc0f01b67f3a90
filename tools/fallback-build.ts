// ivr/fallback-content.json, the words and number the fallback TwiML needs, built from content/ (`npm run generate`
// writes it), so /ivr/fallback keeps working even when the content module cannot load.

import {
  LOCALES,
  RESOURCES,
  join,
  numberTwice,
  prompt,
  spokenGroups,
  type Locale,
  type Prompt,
} from '../content/index.js';
import type { FallbackContent, FallbackSegment } from '../ivr/fallback.js';

function flatten(p: Prompt): FallbackSegment[] {
  return p.flatMap((s): FallbackSegment[] => {
    switch (s.kind) {
      case 'text':
        return [{ text: s.text }];
      case 'phone':
        return [{ digits: spokenGroups(s.e164) }];
      case 'digits':
        return [{ digits: [s.digits] }];
      case 'pause':
        return [{ pauseMs: s.ms }];
      case 'citation':
        return [];
    }
  });
}

/** Everything the fallback says, built from the content module. Pure. */
export function buildFallbackContent(): FallbackContent {
  const hotline = RESOURCES.traffickingHotline.phone;
  if (!hotline) throw new Error('content/resources.ts: traffickingHotline has no phone; the fallback needs one.');
  const words = Object.fromEntries(
    LOCALES.map((locale: Locale) => [
      locale,
      {
        before: flatten(
          join(
            prompt(locale, 'common.emergency'),
            prompt(locale, 'common.apology'),
            numberTwice(locale, 'traffickingHotline'),
            prompt(locale, 'ivr.error.connecting'),
          ),
        ),
        after: flatten(join(prompt(locale, 'common.hotlineOffer'), prompt(locale, 'common.goodbye'))),
      },
    ]),
  ) as FallbackContent['words'];
  return { generatedBy: 'npm run generate (from content/); do not edit by hand', hotline, words };
}

export const serialise = (content: FallbackContent): string => `${JSON.stringify(content, null, 2)}\n`;
