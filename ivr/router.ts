// The phone line's express router, mounted at /ivr: signature check first, then thin routes (parse -> TwiML -> send).

import { Router } from 'express';
import type { Logger } from '../server/logger.js';
import type { IvrConfig } from './config.js';
import { twilioSignature } from './signature.js';

export interface IvrRouterOptions {
  readonly config: IvrConfig;
  readonly production: boolean;
  readonly logger: Logger;
}

export function ivrRouter(options: IvrRouterOptions): Router {
  const { config, production } = options;
  const router = Router();
  router.use(twilioSignature({ authToken: config.authToken, publicBaseUrl: config.publicBaseUrl, production }));
  return router;
}
