// Topics: a topic's own intent ("is it legal to pay for sex"), or TopicIntent with a topic's name ("tell me about
// the law"); the one-breath summary, then "want to hear more?".

import type { RequestHandler } from 'ask-sdk-core';
import { TOPIC_IDS } from '../../content/index.js';
import { getIntentName } from '../ask-sdk.js';
import { topicAnswer } from '../answers.js';
import { TOPIC_INTENT, TOPIC_INTENTS, TOPIC_SLOT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';
import { slotAnswer } from './slot.js';

export const TopicIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, TOPIC_INTENT),
  async handle(input) {
    const locale = localeOf(input);
    return respond(input, await slotAnswer(input, TOPIC_SLOT, TOPIC_IDS, (id) => topicAnswer(locale, id)));
  },
};

export const TopicMeaningHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...TOPIC_INTENTS.keys()),
  handle(input) {
    const topicId = TOPIC_INTENTS.get(getIntentName(input.requestEnvelope));
    if (!topicId) throw new Error('TopicMeaningHandler took an intent that is not a topic');
    return respond(input, topicAnswer(localeOf(input), topicId));
  },
};
