// The Alexa skill's Lambda handler (Alexa Skills Kit trigger), re-exported by lambda/index.ts. Config is checked at cold start.

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { createLogger } from '../infra/logger.js';
import { countsFrom } from '../infra/metrics/backend.js';
import { loadMetricsConfig } from '../infra/metrics/config.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { ALEXA_METRICS, type AlexaCountEvent } from '../lambda/metrics.js';
import { loadAlexaConfig } from '../lambda/config.js';
import { buildSkill } from '../lambda/skill.js';

const logger = createLogger();
// On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
const metrics = loadMetricsConfig(process.env).sink === 'emf' ? emfBackend(ALEXA_METRICS) : undefined;
const skill = buildSkill(loadAlexaConfig(process.env), {
  logger,
  counts: countsFrom<AlexaCountEvent>(ALEXA_METRICS, metrics, logger),
});

export const handler = (event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> =>
  skill.invoke(event, context);
