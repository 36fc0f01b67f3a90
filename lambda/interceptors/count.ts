// CountInterceptor: one count per request, by request type, intent and locale; never who asked or what they said.

import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { AlexaCountEvent, AlexaCounts } from '../metrics.js';
import { localeOf } from './locale.js';

/** The event for a request. The names are checked against the model's closed list when recorded; unknown -> "other". */
export function requestEvent(input: HandlerInput): AlexaCountEvent {
  const request = input.requestEnvelope?.request as { type?: unknown; intent?: { name?: unknown } } | undefined;
  const type = typeof request?.type === 'string' ? request.type : 'other';
  const intent = type === 'IntentRequest' ? request?.intent?.name : 'none';
  return {
    kind: 'alexaRequest',
    request: type,
    intent: typeof intent === 'string' ? intent : 'other',
    locale: localeOf(input),
  };
}

/** Runs after LocaleInterceptor, so the locale is the one the skill answers in. */
export function countInterceptor(counts: AlexaCounts): RequestInterceptor {
  return {
    process(input: HandlerInput): void {
      counts.record(requestEvent(input));
    },
  };
}
