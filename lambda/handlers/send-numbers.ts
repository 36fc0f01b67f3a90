// SendNumbersIntentHandler: the only card the skill sends, on request, after a one-line caution.

import type { RequestHandler } from 'ask-sdk-core';
import { sendNumbersAnswer } from '../answers.js';
import { SEND_NUMBERS_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond, sessionOf } from '../respond.js';
import { isIntent } from './match.js';

export const SendNumbersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, SEND_NUMBERS_INTENT),
  handle: (input) => respond(input, sendNumbersAnswer(localeOf(input), sessionOf(input).heard ?? [])),
};
