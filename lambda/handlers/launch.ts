// LaunchRequestHandler and NavigateHomeHandler: the 911 notice first, then a one-breath welcome.

import type { RequestHandler } from 'ask-sdk-core';
import { launchAnswer } from '../answers.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent, isRequest } from './match.js';

export const LaunchRequestHandler: RequestHandler = {
  canHandle: (input) => isRequest(input, 'LaunchRequest'),
  handle: (input) => respond(input, launchAnswer(localeOf(input))),
};

/** "Go home" on a screen device: back to the start of the skill, with a clean slate. */
export const NavigateHomeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respond(input, launchAnswer(localeOf(input))),
};
