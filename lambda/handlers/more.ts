// YesIntentHandler and NoIntentHandler: the answers to "want to hear more?".

import type { RequestHandler } from 'ask-sdk-core';
import { moreAnswer, noMoreAnswer, nothingPendingAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond, sessionOf } from '../respond.js';
import { isIntent } from './match.js';

export const YesIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle(input) {
    const { more } = sessionOf(input);
    const locale = localeOf(input);
    return respond(input, more ? moreAnswer(locale, more) : nothingPendingAnswer(locale));
  },
};

export const NoIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => respond(input, noMoreAnswer(localeOf(input))),
};
