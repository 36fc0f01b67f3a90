// ResourceIntentHandler: who an organisation is and its number, said twice.

import type { RequestHandler } from 'ask-sdk-core';
import type { IntentRequest } from 'ask-sdk-model';
import { RESOURCE_IDS } from '../../content/index.js';
import { resourceAnswer, unknownResourceAnswer } from '../answers.js';
import { ORGANIZATION_SLOT, RESOURCE_INTENT } from '../intents.js';
import { localeOf } from '../interceptors/locale.js';
import { respond } from '../respond.js';
import { resolvedId } from '../slots.js';
import { isIntent } from './match.js';

export const ResourceIntentHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, RESOURCE_INTENT),
  handle(input) {
    const { intent } = input.requestEnvelope.request as IntentRequest;
    const resourceId = resolvedId(intent, ORGANIZATION_SLOT, RESOURCE_IDS);
    const locale = localeOf(input);
    return respond(input, resourceId ? resourceAnswer(locale, resourceId) : unknownResourceAnswer(locale));
  },
};
