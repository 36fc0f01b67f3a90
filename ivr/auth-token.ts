// Where the phone line's Twilio auth token comes from: the environment, SSM at run time, or nowhere (unsigned).

import { ssmSecret, type Secret } from '../infra/ssm-secret.js';
import type { IvrConfig } from './config.js';

/** The token getter for the signature check, or undefined in local unsigned mode. */
export function authTokenSource(config: IvrConfig): Secret | undefined {
  const { authToken, authTokenParameter } = config;
  if (authToken !== undefined) return () => Promise.resolve(authToken);
  if (authTokenParameter !== undefined) return ssmSecret(authTokenParameter);
  return undefined;
}
