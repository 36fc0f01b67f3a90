// RepeatIntentHandler: the last answer again, rendered anew from its id, and the place in a long answer kept.

import type { RequestHandler } from 'ask-sdk-core';
import { answerFor, nothingPendingAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond, sessionOf } from '../respond.js';
import { isIntent } from './match.js';

export const RepeatIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle(input) {
    const { last, heard } = sessionOf(input);
    const locale = localeOf(input);
    if (!last) return respond(input, nothingPendingAnswer(locale));
    // Said again, not sent again: a card goes to the app only once, on the yes that asked for it.
    return respond(input, { ...answerFor(locale, last, heard), card: undefined });
  },
};
