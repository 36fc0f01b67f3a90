// EmergencyIntentHandler: "I'm in danger" gets the 911 instruction first and the hotline second. PersonIntentHandler:
// "I want to talk to someone" gets the hotline, where a person answers day and night.

import type { RequestHandler } from 'ask-sdk-core';
import { emergencyAnswer, personAnswer } from '../answers.js';
import { EMERGENCY_INTENT, PERSON_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';

export const EmergencyIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, EMERGENCY_INTENT),
  handle: (input) => respond(input, emergencyAnswer(localeOf(input))),
};

export const PersonIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, PERSON_INTENT),
  handle: (input) => respond(input, personAnswer(localeOf(input))),
};
