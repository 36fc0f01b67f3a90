// The closed sets every metric label is drawn from, and the one function that maps a raw value into one of them.

import { LOCALES, MENU_IDS, RESOURCE_IDS } from '../../content/index.js';
// lambda/intents.ts is names only (no imports), so the phone line's bundle gains nothing from it.
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../lambda/intents.js';

/** Where a request's signature was refused: Twilio's on /ivr/*, Amazon's on POST /alexa. */
export const SIGNED_CHANNELS = ['ivr', 'alexa'] as const;

/** Why: no signature at all, a signature that does not match, or a request too malformed to check. */
export const REFUSAL_REASONS = ['missing', 'invalid', 'malformed'] as const;

/** What any value outside a label's set becomes: the count is kept, the value is not. */
export const OTHER = 'other';

export { LOCALES, MENU_IDS, RESOURCE_IDS };

/** The phone line's screen kinds (ivr/flow.ts Screen['kind']); ivr/count.ts checks they agree at compile time. */
export const SCREEN_KINDS = ['menu', 'topic', 'resources', 'dialFailed', 'text', 'services', 'closed'] as const;

/** A single key of the phone's keypad, or how the caller answered without one. Never a string of digits. */
export const KEY_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'speech', 'silence'] as const;

/** How the line classified the input (ivr/flow.ts KeyCategory). */
export const KEY_CATEGORIES = [
  'choice',
  'hotline',
  'repeat',
  'language',
  'main-menu',
  'back',
  'emergency',
  'invalid',
  'no-match',
  'silence',
] as const;

/** Twilio's DialCallStatus values, plus "none" (Twilio sent none) and "not-dialled" (the line could not dial). */
export const DIAL_OUTCOMES = [
  'completed',
  'answered',
  'busy',
  'no-answer',
  'failed',
  'canceled',
  'none',
  'not-dialled',
] as const;

/** Whether the caller asked for the transfer or the line made it after reprompts. */
export const TRANSFER_TRIGGERS = ['chosen', 'auto'] as const;

/** Why the caller got the fallback answer: a route failed, or Twilio called the fallback URL. */
export const FALLBACK_REASONS = ['route-error', 'fallback-url'] as const;

/** Request types Alexa can send a custom skill with a screen (ask-sdk-model's names; a test checks each is one). */
export const ALEXA_REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'SessionResumedRequest',
  'CanFulfillIntentRequest',
  'Display.ElementSelected',
  'Alexa.Presentation.APL.UserEvent',
  'Alexa.Presentation.APL.RuntimeError',
  'Alexa.Presentation.APL.LoadIndexListData',
  'Alexa.Presentation.APL.LoadTokenListData',
  'Alexa.Presentation.APLA.RuntimeError',
  'System.ExceptionEncountered',
  'Connections.Response',
  'Messaging.MessageReceived',
  'Dialog.InputRequest',
  'Dialog.API.Invoked',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillAccountLinked',
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackFinished',
  'AudioPlayer.PlaybackStopped',
  'AudioPlayer.PlaybackNearlyFinished',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.PlayCommandIssued',
  'PlaybackController.PauseCommandIssued',
  'PlaybackController.NextCommandIssued',
  'PlaybackController.PreviousCommandIssued',
] as const;

/** Why Alexa ended a session, and its error types (SessionEndedRequest), for the skill's log line. */
export const ALEXA_SESSION_END_REASONS = ['USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'] as const;
export const ALEXA_SESSION_ERROR_TYPES = [
  'INVALID_RESPONSE',
  'DEVICE_COMMUNICATION_ERROR',
  'INTERNAL_SERVICE_ERROR',
  'ENDPOINT_TIMEOUT',
] as const;

/** The interaction models' intents, plus "none" for requests that carry no intent. */
export const ALEXA_INTENTS = [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS, 'none'] as const;

/**
 * `value` when it is exactly one of `allowed`, else "other". The only way a value reaches a label, so a phone
 * number, a call id or words someone said can never become one, whatever a caller or a bug puts in the value.
 */
export function closed<T extends string>(allowed: readonly T[], value: unknown): T | typeof OTHER {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : OTHER;
}
