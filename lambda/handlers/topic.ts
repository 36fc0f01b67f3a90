// TopicIntentHandler: a topic's one-breath summary, then "want to hear more?".

import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { TOPIC_IDS } from '../../content/index.js';
import { topicAnswer, unknownTopicAnswer } from '../answers.js';
import { TOPIC_INTENT, TOPIC_SLOT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { resolvedId } from '../slots.js';
import { isIntent } from './match.js';

export const TopicIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, TOPIC_INTENT),
  handle(input) {
    const { intent } = input.requestEnvelope.request as IntentRequest;
    const topicId = resolvedId(intent, TOPIC_SLOT, TOPIC_IDS);
    const locale = localeOf(input);
    return respond(input, topicId ? topicAnswer(locale, topicId) : unknownTopicAnswer(locale));
  },
};
