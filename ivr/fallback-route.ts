// POST /ivr/fallback, Twilio's fallback URL: the hotline number and a dial to it. Its run-time imports never reach
// content/ (test/faults checks this in a process where content/ cannot load), so it answers when everything else fails.

import type { Locale } from '../content/index.js';
import type { Logger } from '../infra/logger.js';
import { chooseCallerId } from './caller-id.js';
import type { IvrConfig } from './config.js';
import { FALLBACK_LOCALES, fallbackTwiml } from './fallback.js';
import { logStep } from './log.js';
import type { IvrCounts } from './metrics.js';
import type { FormParams, QueryParams } from './params.js';

export interface FallbackRouteOptions {
  readonly config: IvrConfig;
  readonly logger: Logger;
  readonly counts?: IvrCounts;
}

/** The call's language when the URL names one the fallback speaks; otherwise undefined (it then speaks both). */
function fallbackLocale(query: QueryParams): Locale | undefined {
  const lang = query.lang;
  if (typeof lang !== 'string') return undefined;
  return FALLBACK_LOCALES.find((l) => l === lang) ?? FALLBACK_LOCALES[0];
}

/** The fallback answer's TwiML for a request's query and form. */
export function fallbackAnswer(options: FallbackRouteOptions, query: QueryParams, params: FormParams): string {
  const { config, logger, counts } = options;
  const explicit = fallbackLocale(query);
  logStep(logger, { route: 'fallback', locale: explicit ?? (FALLBACK_LOCALES[0] as Locale), outcome: 'fallback' });
  counts?.record({ kind: 'ivrFallback', reason: 'fallback-url', locale: explicit ?? 'other' });
  const callerId = chooseCallerId(config.transferCallerId, params);
  return fallbackTwiml({ locale: explicit, voices: config.voices, callerId });
}
