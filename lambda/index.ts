// AWS Lambda entry for the Alexa skill (Alexa Skills Kit trigger). Config is checked at cold start.

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { loadAlexaConfig } from './config.js';
import { buildSkill } from './skill.js';

const skill = buildSkill(loadAlexaConfig(process.env));

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
