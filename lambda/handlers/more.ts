// YesIntentHandler and NoIntentHandler: the answers to "want to hear more?" and to "shall I send the numbers?".

import type { RequestHandler } from 'ask-sdk-core';
import { moreAnswer, noMoreAnswer, notSentAnswer, nothingPendingAnswer, numbersSentAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond, sessionOf } from '../respond.js';
import { isIntent } from './match.js';

export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const { more, confirm, heard } = sessionOf(input);
    const locale = localeOf(input);
    if (confirm === 'sendNumbers') return respond(input, numbersSentAnswer(locale, heard ?? []));
    return respond(input, more ? moreAnswer(locale, more) : nothingPendingAnswer(locale));
  },
};

export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => {
    const locale = localeOf(input);
    return respond(input, sessionOf(input).confirm === 'sendNumbers' ? notSentAnswer(locale) : noMoreAnswer(locale));
  },
};
