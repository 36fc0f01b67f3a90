// DisclosureIntentHandler: "I was raped", "they took my passport": care first, then the right person and the number.

import type { RequestHandler } from 'ask-sdk-core';
import { getIntentName } from '../ask-sdk.js';
import { disclosureAnswer } from '../answers.js';
import { DISCLOSURE_INTENTS } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';

export const DisclosureIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, ...DISCLOSURE_INTENTS.keys()),
  handle(input) {
    const kind = DISCLOSURE_INTENTS.get(getIntentName(input.requestEnvelope));
    if (!kind) throw new Error('DisclosureIntentHandler took an intent that is not a disclosure');
    return respond(input, disclosureAnswer(localeOf(input), kind));
  },
};
