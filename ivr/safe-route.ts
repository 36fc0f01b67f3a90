// A route that always answers Twilio with TwiML: if anything inside throws, the caller still hears an apology,
// the hotline number and a dial to it (Twilio would otherwise play "an application error has occurred").

import type { Request, RequestHandler } from 'express';
import type { Logger } from '../infra/logger.js';
import type { IvrCounts } from './metrics.js';
import { chooseCallerId } from './caller-id.js';
import type { IvrConfig } from './config.js';
import { fallbackTwiml } from './fallback.js';
import { logError } from './log.js';
import { formParams } from './params.js';
import { parseState } from './urls.js';

export interface SafeRouteOptions {
  readonly route: string;
  readonly config: IvrConfig;
  readonly logger: Logger;
  readonly counts?: IvrCounts;
}

/** `handle` returns TwiML, or undefined when the URL names nothing (the app then answers 404). */
export function twimlRoute(options: SafeRouteOptions, handle: (req: Request) => string | undefined): RequestHandler {
  const { route, config, logger, counts } = options;
  return (req, res, next) => {
    let xml: string | undefined;
    try {
      xml = handle(req);
    } catch (err) {
      logError(logger, route, err);
      const { locale } = parseState(req.query);
      counts?.record({ kind: 'ivrFallback', reason: 'route-error', locale });
      xml = fallbackTwiml({
        locale,
        voices: config.voices,
        callerId: chooseCallerId(config.transferCallerId, formParams(req)),
      });
    }
    if (xml === undefined) {
      next();
      return;
    }
    res.status(200).type('text/xml').send(xml);
  };
}
