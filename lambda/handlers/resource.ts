// ResourceIntentHandler: who an organisation is and its number, said twice. RunawayIntentHandler: "my son ran away"
// gets the same answer for the line that serves runaways and their families.

import type { RequestHandler } from 'ask-sdk-core';
import { RESOURCE_IDS, RUNAWAY_SERVICE } from '../../content/index.js';
import { resourceAnswer } from '../answers.js';
import { ORGANIZATION_SLOT, RESOURCE_INTENT, RUNAWAY_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { isIntent } from './match.js';
import { slotAnswer } from './slot.js';

export const ResourceIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, RESOURCE_INTENT),
  async handle(input) {
    const locale = localeOf(input);
    return respond(input, await slotAnswer(input, ORGANIZATION_SLOT, RESOURCE_IDS, (id) => resourceAnswer(locale, id)));
  },
};

export const RunawayIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, RUNAWAY_INTENT),
  handle: (input) => respond(input, resourceAnswer(localeOf(input), RUNAWAY_SERVICE)),
};
