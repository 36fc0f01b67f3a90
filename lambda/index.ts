// AWS Lambda entry for the Alexa skill (Alexa Skills Kit trigger). Config is checked at cold start.

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { createLogger } from '../server/logger.js';
import { countsFrom } from '../server/metrics/backend.js';
import { loadMetricsConfig } from '../server/metrics/config.js';
import { emfBackend } from '../server/metrics/emf.js';
import { loadAlexaConfig } from './config.js';
import { buildSkill } from './skill.js';

const logger = createLogger();
// On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
const metrics = loadMetricsConfig(process.env).sink === 'emf' ? emfBackend() : undefined;
const skill = buildSkill(loadAlexaConfig(process.env), { logger, counts: countsFrom(metrics, logger) });

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
