// A step that always answers Twilio with TwiML: if anything inside throws, the caller still hears an apology,
// the hotline number and a dial to it (Twilio would otherwise play "an application error has occurred").

import type { Logger } from '../infra/logger.js';
import { chooseCallerId } from './caller-id.js';
import type { IvrConfig } from './config.js';
import { fallbackTwiml } from './fallback.js';
import { logError } from './log.js';
import type { IvrCounts } from './metrics.js';
import type { FormParams, QueryParams } from './params.js';
import { parseState } from './urls.js';

export interface SafeStepOptions {
  readonly route: string;
  readonly config: IvrConfig;
  readonly logger: Logger;
  readonly counts?: IvrCounts;
}

/** `handle` returns TwiML, or undefined when the URL names nothing (the host then answers 404). */
export function safeTwiml(
  options: SafeStepOptions,
  query: QueryParams,
  params: FormParams,
  handle: () => string | undefined,
): string | undefined {
  const { route, config, logger, counts } = options;
  try {
    return handle();
  } catch (err) {
    logError(logger, route, err);
    const { locale } = parseState(query);
    counts?.record({ kind: 'ivrFallback', reason: 'route-error', locale });
    return fallbackTwiml({
      locale,
      voices: config.voices,
      callerId: chooseCallerId(config.transferCallerId, params),
    });
  }
}
