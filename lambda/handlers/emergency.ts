// EmergencyIntentHandler: "I'm in danger" gets the 911 instruction first and the hotline second.

import type { RequestHandler } from 'ask-sdk-core';
import { emergencyAnswer } from '../answers.js';
import { EMERGENCY_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';

export const EmergencyIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, EMERGENCY_INTENT),
  handle: (input) => respond(input, emergencyAnswer(localeOf(input))),
};
