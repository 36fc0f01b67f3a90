// LogInterceptor: one line per request with its type, intent name and locale: never who asked or what they said.

import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { Logger } from '../../server/logger.js';
import { localeOf } from './locale.js';

/** The only request fields the skill logs. Slot values, userId, deviceId and utterances never leave this list. */
export function requestSummary(input: HandlerInput): { requestType: string; intent?: string; locale: string } {
  const request = input.requestEnvelope?.request;
  const requestType = typeof request?.type === 'string' ? request.type : 'unknown';
  const intent = request?.type === 'IntentRequest' ? request.intent?.name : undefined;
  return { requestType, ...(intent ? { intent } : {}), locale: localeOf(input) };
}

export function logInterceptor(logger: Logger): RequestInterceptor {
  return {
    process(input: HandlerInput): void {
      logger.info({ event: 'alexa.request', ...requestSummary(input) });
    },
  };
}
