// Help, Stop and Cancel, Fallback (also for any intent no other handler takes) and SessionEnded.

import type { RequestHandler } from 'ask-sdk-core';
import type { SessionEndedRequest } from 'ask-sdk-model';
import type { Logger } from '../../infra/logger.js';
import { closed } from '../../infra/metrics/labels.js';
import { ALEXA_SESSION_END_REASONS, ALEXA_SESSION_ERROR_TYPES } from '../metrics.js';
import { fallbackAnswer, goodbyeAnswer, helpAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent, isRequest } from './match.js';

export const HelpIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) => respond(input, helpAnswer(localeOf(input))),
};

export const StopCancelIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => respond(input, goodbyeAnswer(localeOf(input))),
};

/** Registered last: Alexa's FallbackIntent, and any intent this skill does not handle, get what you can ask. */
export const FallbackIntentHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'IntentRequest'),
  handle: (input) => respond(input, fallbackAnswer(localeOf(input))),
};

/** Alexa closed the session (user left, silence, or an error on Alexa's side): log the reason, say nothing. */
export function sessionEndedHandler(logger: Logger): RequestHandler {
  return {
    canHandle: (input) => isRequest(input, 'SessionEndedRequest'),
    handle(input) {
      const { reason, error } = input.requestEnvelope.request as SessionEndedRequest;
      logger.info({
        event: 'alexa.sessionEnded',
        reason: closed(ALEXA_SESSION_END_REASONS, reason),
        ...(error?.type ? { errorType: closed(ALEXA_SESSION_ERROR_TYPES, error.type) } : {}),
      });
      return input.responseBuilder.getResponse();
    },
  };
}
