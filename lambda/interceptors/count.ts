// Counting interceptors: one count per request (type, intent, locale), and one per topic answered; never who asked
// or what they said.

import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { intentLabel, type AlexaCounts, type RequestLabels } from '../metrics.js';
import { sessionOf } from '../respond.js';
import { localeOf } from './locale.js';

/** A request's labels. The names are checked against the model's closed list when recorded; unknown -> "other". */
export function requestLabels(input: HandlerInput): RequestLabels {
  const request = input.requestEnvelope?.request as { type?: unknown; intent?: { name?: unknown } } | undefined;
  const type = typeof request?.type === 'string' ? request.type : 'other';
  const intent = type === 'IntentRequest' ? intentLabel(request?.intent?.name) : 'none';
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

/**
 * After the answer: a topic given from its start (the answer the session now holds). Only an intent the skill
 * answered counts, and not Repeat: other requests leave the session as it came in, holding the previous answer.
 */
export function topicCountInterceptor(counts: AlexaCounts): ResponseInterceptor {
  return {
    process(input: HandlerInput, response): void {
      const { request, intent } = requestLabels(input);
      if (!response || request !== 'IntentRequest' || intent === 'AMAZON.RepeatIntent') return;
      const last = sessionOf(input).last;
      if (last?.kind === 'topic') counts.record({ kind: 'topicAnswered', channel: 'skill', topic: last.topicId });
    },
  };
}
