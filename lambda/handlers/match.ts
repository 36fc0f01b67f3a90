// Small predicates for canHandle, so each handler's canHandle reads as one line.

import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../ask-sdk.js';

export const isRequest = (input: HandlerInput, type: string): boolean => getRequestType(input.requestEnvelope) === type;

export const isIntent = (input: HandlerInput, ...names: readonly string[]): boolean =>
  isRequest(input, 'IntentRequest') && names.includes(getIntentName(input.requestEnvelope));
