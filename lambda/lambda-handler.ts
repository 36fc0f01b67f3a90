// The alexa Lambda function (Alexa Skills Kit trigger): the skill with its settings and counts, and nothing else.

import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { ConfigError, collect, type ConfigProblem } from '../infra/config-error.js';
import { createLogger, readLogLevel, type LogLevel } from '../infra/logger.js';
import { countsFrom } from '../infra/metrics/backend.js';
import { loadMetricsConfig, type MetricsConfig } from '../infra/metrics/config.js';
import { emfBackend } from '../infra/metrics/emf.js';
import { loadAlexaConfig, type AlexaConfig } from './config.js';
import { ALEXA_METRICS, type AlexaCountEvent } from './metrics.js';
import { boundedSession } from './session-limits.js';
import { buildSkill } from './skill.js';

export type AlexaHandler = (event: RequestEnvelope, context?: Context) => Promise<ResponseEnvelope>;

/** The alexa function's settings: the skill and its counts. */
interface SkillFunctionConfig {
  readonly logLevel: LogLevel;
  readonly alexa: AlexaConfig;
  readonly metrics: MetricsConfig;
}

/** Reads the alexa function's settings; throws one ConfigError that lists every problem. */
function loadSkillFunctionConfig(env: NodeJS.ProcessEnv): SkillFunctionConfig {
  const problems: ConfigProblem[] = [];
  const logLevel = collect(problems, () => readLogLevel(env));
  const alexa = collect(problems, () => loadAlexaConfig(env));
  const metrics = collect(problems, () => loadMetricsConfig(env));
  if (problems.length > 0 || !alexa || !metrics || !logLevel) throw new ConfigError(problems);
  return Object.freeze({ logLevel, alexa, metrics });
}

/** The function's handler for these settings; a wrong setting throws here, at cold start, naming every problem. */
export function createHandler(env: NodeJS.ProcessEnv): AlexaHandler {
  const config = loadSkillFunctionConfig(env);
  const logger = createLogger({ level: config.logLevel });
  // On Lambda counts go to CloudWatch as embedded metric lines on stdout (METRICS_SINK defaults to emf there).
  const metrics = config.metrics.sink === 'emf' ? emfBackend(ALEXA_METRICS) : undefined;
  const counts = countsFrom<AlexaCountEvent>(ALEXA_METRICS, metrics, logger);
  const skill = buildSkill(config.alexa, { logger, counts });
  return (event, context) => skill.invoke(boundedSession(event), context);
}
