// Answer -> Alexa response: SSML speech and reprompt, the session state, the screen on APL devices, a card only on request.

import type { HandlerInput } from 'ask-sdk-core';
import { getSupportedInterfaces } from './ask-sdk.js';
import type { Response } from 'ask-sdk-model';
import { RESOURCE_IDS, type ResourceId } from '../content/index.js';
import { numbersDisplay, type Answer } from './answers.js';
import { APL_INTERFACE, numbersDirective } from './apl.js';
import { localeOf } from './interceptors/locale.js';
import { renderSsml } from './render-ssml.js';
import { readSession, type SessionState } from './session.js';

function hasScreen(input: HandlerInput): boolean {
  try {
    return APL_INTERFACE in getSupportedInterfaces(input.requestEnvelope);
  } catch {
    return false;
  }
}

/** Some requests come outside any session (skill events, CanFulfillIntentRequest): ask-sdk throws on their attributes. */
const inSession = (input: HandlerInput): boolean => Boolean(input.requestEnvelope.session);

export const sessionOf = (input: HandlerInput): SessionState =>
  inSession(input) ? readSession(input.attributesManager.getSessionAttributes()) : {};

/** Numbers heard this session, in registry order, so the card can hold them all. */
function heardAfter(before: readonly ResourceId[], now: readonly ResourceId[]): ResourceId[] {
  const all = new Set([...before, ...now]);
  return RESOURCE_IDS.filter((id) => all.has(id));
}

export function respond(input: HandlerInput, answer: Answer): Response {
  const before = sessionOf(input);
  const heard = heardAfter(before.heard ?? [], answer.numbers ?? []);
  const state: SessionState = {
    last: answer.id,
    ...(answer.more ? { more: answer.more } : {}),
    ...(heard.length ? { heard } : {}),
    ...(answer.confirm ? { confirm: answer.confirm } : {}),
  };
  const numbers = answer.numbers ?? [];
  if (numbers.length > 0 && hasScreen(input)) {
    input.responseBuilder.addDirective(numbersDirective(numbersDisplay(localeOf(input), numbers)));
  }
  if (answer.card) input.responseBuilder.withSimpleCard(answer.card.title, answer.card.lines.join('\n'));
  const builder = input.responseBuilder.speak(renderSsml(answer.speech));
  if (!answer.end && answer.reprompt) builder.reprompt(renderSsml(answer.reprompt));
  else builder.withShouldEndSession(true);
  if (inSession(input)) input.attributesManager.setSessionAttributes(state);
  return builder.getResponse();
}
