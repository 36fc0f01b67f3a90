// LogInterceptor: one line per request with its type, intent name and locale: never who asked or what they said.

import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { Logger } from '../../infra/logger.js';
import { closed } from '../../infra/metrics/labels.js';
import { ALEXA_INTENTS, ALEXA_REQUEST_TYPES, intentLabel } from '../metrics.js';
import { localeOf } from './locale.js';

/**
 * The only request fields the skill logs. Slot values, userId, deviceId and utterances never leave this list, and
 * the type and intent are Amazon's or the model's own names ("other" for anything else), never a free string;
 * every disclosure intent is one name.
 */
export function requestSummary(input: HandlerInput): { requestType: string; intent?: string; locale: string } {
  const request = input.requestEnvelope?.request;
  const requestType = closed(ALEXA_REQUEST_TYPES, request?.type);
  const intent =
    request?.type === 'IntentRequest' ? closed(ALEXA_INTENTS, intentLabel(request.intent?.name)) : undefined;
  return { requestType, ...(intent ? { intent } : {}), locale: localeOf(input) };
}

export function logInterceptor(logger: Logger): RequestInterceptor {
  return {
    process(input: HandlerInput): void {
      logger.info({ event: 'alexa.request', ...requestSummary(input) });
    },
  };
}
