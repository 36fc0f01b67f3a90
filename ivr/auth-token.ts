// Where the phone line's Twilio auth token comes from: the environment, SSM at run time, or nowhere (unsigned).

import { secretFrom, type Secret } from '../infra/ssm-secret.js';
import type { IvrConfig } from './config.js';

/** The token getter for the signature check, or undefined in local unsigned mode. */
export const authTokenSource = (config: IvrConfig): Secret | undefined =>
  secretFrom(config.authToken, config.authTokenParameter);
