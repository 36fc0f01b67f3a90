// RepeatIntentHandler: says the last thing again, word for word, and keeps the place in a long answer.

import type { RequestHandler } from 'ask-sdk-core';
import { nothingPendingAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond, sendRendered, sessionOf } from '../respond.js';
import { isIntent } from './match.js';

export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const state = sessionOf(input);
    if (!state.last) return respond(input, nothingPendingAnswer(localeOf(input)));
    return sendRendered(input, state.last, state);
  },
};
