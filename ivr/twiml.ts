// Pure TwiML builders, one per screen: (words, state, context) -> an XML string for Twilio.

import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';
import { RESOURCES, canTransfer, type Locale, type MenuId, type ResourceId } from '../content/index.js';
import { callerIdAttributes, type CallerIdChoice } from './caller-id.js';
import type { CallState, Preface, Screen } from './flow.js';
import { appendPrompt } from './render-say.js';
import { DIAL_TIMEOUT_S } from './say-digits.js';
import { endScript, goodbyeScript, openingScript, screenParts, transferScript, type Part } from './script.js';
import { speechHints } from './speech.js';
import { dialUrl, screenUrl } from './urls.js';
import { voiceFor, type TwilioVoice } from './voices.js';

/** Seconds of silence before a Gather gives up (the rules say 6 to 8). */
export const GATHER_TIMEOUT_S = 7;
/**
 * Seconds of quiet that end a spoken answer. A number, not "auto": Twilio rejects "auto" with some speech
 * models (warning 13335), and a number behaves the same whichever model Twilio picks.
 */
const SPEECH_END_S = '2';

export interface TwimlContext {
  readonly voices: Readonly<Record<Locale, TwilioVoice>>;
  /** PUBLIC_BASE_URL, or '' for root-relative URLs that Twilio resolves against the request. */
  readonly base: string;
}

function addSay(parent: VoiceResponse | VoiceResponse.Gather, part: Part, ctx: TwimlContext): void {
  appendPrompt(parent.say(voiceFor(ctx.voices, part.locale), ''), part.prompt);
}

/** Every prompt sits inside a Gather (a key press interrupts it); silence falls through to the Redirect. */
function gatherTwiml(parts: readonly Part[], locale: Locale, action: string, ctx: TwimlContext): string {
  const response = new VoiceResponse();
  const gather = response.gather({
    input: ['dtmf', 'speech'],
    numDigits: 1,
    timeout: GATHER_TIMEOUT_S,
    speechTimeout: SPEECH_END_S,
    language: locale,
    hints: speechHints(locale),
    action,
    method: 'POST',
  });
  for (const part of parts) addSay(gather, part, ctx);
  response.redirect({ method: 'POST' }, action);
  return response.toString();
}

export function openingTwiml(locale: Locale, ctx: TwimlContext): string {
  const script = openingScript(locale);
  const main: Screen = { kind: 'menu', menuId: 'main' };
  return gatherTwiml([...script.body, ...script.choices], locale, screenUrl(ctx.base, main, { locale, tries: 0 }), ctx);
}

export function screenTwiml(screen: Screen, state: CallState, ctx: TwimlContext, preface?: Preface): string {
  return gatherTwiml(screenParts(screen, state, preface), state.locale, screenUrl(ctx.base, screen, state), ctx);
}

function sayAll(parts: readonly Part[], ctx: TwimlContext): VoiceResponse {
  const response = new VoiceResponse();
  for (const part of parts) addSay(response, part, ctx);
  return response;
}

export interface TransferRequest {
  readonly resourceId: ResourceId;
  readonly from: MenuId;
  readonly locale: Locale;
  readonly auto: boolean;
  /** A retry after busy or no answer: no words before the ring. */
  readonly retry?: boolean;
  /** Must allow dialling: the route turns 'unavailable' into the failed-transfer answer instead. */
  readonly callerId: Exclude<CallerIdChoice, { kind: 'unavailable' }>;
}

/** Who will answer (not on a retry), then <Dial answerOnBridge> with a 30 s ring and an action for every DialCallStatus. */
export function transferTwiml(request: TransferRequest, ctx: TwimlContext): string {
  const { resourceId, from, locale, auto, callerId } = request;
  const phone = RESOURCES[resourceId].phone;
  if (!phone || !canTransfer(RESOURCES[resourceId])) {
    throw new Error(
      `content/resources.ts: "${resourceId}" cannot be transferred to (no phone, not transferable, or unconfirmed).`,
    );
  }
  const response = sayAll(transferScript(locale, resourceId, { retry: request.retry === true, auto }), ctx);
  response
    .dial({
      answerOnBridge: true,
      timeout: DIAL_TIMEOUT_S,
      action: dialUrl(ctx.base, resourceId, from, locale, auto),
      method: 'POST',
      ...callerIdAttributes(callerId),
    })
    .number(phone);
  return response.toString();
}

/** After a connected transfer: thanks, the service's and the hotline's numbers, goodbye, hang up. */
export function goodbyeTwiml(locale: Locale, resourceId: ResourceId, ctx: TwimlContext): string {
  const response = sayAll(goodbyeScript(locale, resourceId), ctx);
  response.hangup();
  return response.toString();
}

/** The end of a call the line could not connect: the numbers twice, how to text, goodbye, hang up. */
export function endTwiml(locale: Locale, resourceId: ResourceId, ctx: TwimlContext): string {
  const response = sayAll(endScript(locale, resourceId), ctx);
  response.hangup();
  return response.toString();
}
