// SendNumbersIntentHandler: "send the numbers to my phone" gets the app-history warning and a yes-or-no question;
// the card itself is sent by YesIntentHandler (handlers/more.ts), only after an explicit yes.

import type { RequestHandler } from 'ask-sdk-core';
import { sendNumbersAnswer } from '../answers.js';
import { SEND_NUMBERS_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';

export const SendNumbersIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, SEND_NUMBERS_INTENT),
  handle: (input) => respond(input, sendNumbersAnswer(localeOf(input))),
};
