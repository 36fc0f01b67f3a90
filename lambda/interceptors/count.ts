// CountInterceptor: one count per request, by request type, intent and locale; never who asked or what they said.

import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { AlexaCounts, RequestLabels } from '../metrics.js';
import { localeOf } from './locale.js';

/** A request's labels. The names are checked against the model's closed list when recorded; unknown -> "other". */
export function requestLabels(input: HandlerInput): RequestLabels {
  const request = input.requestEnvelope?.request as { type?: unknown; intent?: { name?: unknown } } | undefined;
  const type = typeof request?.type === 'string' ? request.type : 'other';
  const intent = type === 'IntentRequest' ? request?.intent?.name : 'none';
  return { request: type, intent: typeof intent === 'string' ? intent : 'other', locale: localeOf(input) };
}

/** Runs after LocaleInterceptor, so the locale is the one the skill answers in. */
export function countInterceptor(counts: AlexaCounts): RequestInterceptor {
  return {
    process(input: HandlerInput): void {
      counts.record({ kind: 'alexaRequest', ...requestLabels(input) });
    },
  };
}
