// buildSkill(config): the Alexa skill, its builder read as a table of contents of what it can do.

import type { Skill } from 'ask-sdk-core';
import { SkillBuilders } from './ask-sdk.js';
import { createLogger, type Logger } from '../infra/logger.js';
import { NO_COUNTS } from '../infra/metrics/events.js';
import type { AlexaCounts } from './metrics.js';
import type { AlexaConfig } from './config.js';
import {
  FallbackIntentHandler,
  HelpIntentHandler,
  sessionEndedHandler,
  StopCancelIntentHandler,
} from './handlers/builtins.js';
import { DisclosureIntentHandler } from './handlers/disclosure.js';
import { EmergencyIntentHandler, PersonIntentHandler } from './handlers/emergency.js';
import { errorHandler } from './handlers/error.js';
import { LaunchRequestHandler, NavigateHomeHandler } from './handlers/launch.js';
import { NoIntentHandler, YesIntentHandler } from './handlers/more.js';
import { RepeatIntentHandler } from './handlers/repeat.js';
import { ResourceIntentHandler, RunawayIntentHandler } from './handlers/resource.js';
import { SendNumbersIntentHandler } from './handlers/send-numbers.js';
import { TopicIntentHandler, TopicMeaningHandler } from './handlers/topic.js';
import { countInterceptor, topicCountInterceptor } from './interceptors/count.js';
import { LocaleInterceptor } from './interceptors/locale.js';
import { logInterceptor } from './interceptors/log.js';

export interface SkillDeps {
  readonly logger?: Logger;
  /** Requests counted by type, intent and locale (infra/metrics); none when absent. */
  readonly counts?: AlexaCounts;
}

export function buildSkill(config: AlexaConfig, deps: SkillDeps = {}): Skill {
  const logger = deps.logger ?? createLogger();
  const counts = deps.counts ?? NO_COUNTS;
  const builder = SkillBuilders.custom()
    .addRequestInterceptors(LocaleInterceptor, logInterceptor(logger), countInterceptor(counts))
    .addRequestHandlers(
      LaunchRequestHandler,
      EmergencyIntentHandler,
      DisclosureIntentHandler,
      PersonIntentHandler,
      TopicMeaningHandler,
      TopicIntentHandler,
      ResourceIntentHandler,
      RunawayIntentHandler,
      YesIntentHandler,
      NoIntentHandler,
      RepeatIntentHandler,
      SendNumbersIntentHandler,
      HelpIntentHandler,
      StopCancelIntentHandler,
      NavigateHomeHandler,
      sessionEndedHandler(logger),
      FallbackIntentHandler,
    )
    .addResponseInterceptors(topicCountInterceptor(counts))
    .addErrorHandlers(errorHandler(logger, counts))
    .withCustomUserAgent('westmont-help-line');
  if (config.skillId) builder.withSkillId(config.skillId);
  return builder.create();
}
