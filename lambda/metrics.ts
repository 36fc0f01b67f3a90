// What the Alexa skill counts (never who): its request event, the closed label sets, and its metric.

import { LOCALES, type Locale } from '../content/index.js';
import type { Counts, MetricTable } from '../infra/metrics/events.js';
import { SIGNATURE_METRICS, type SignatureRefusedEvent } from '../infra/metrics/refusals.js';
import { TOPIC_METRICS, type TopicAnsweredEvent } from '../infra/metrics/topics.js';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, DISCLOSURE_INTENTS } from './intents.js';

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

/** Every disclosure intent is logged and counted under this one name: which disclosure someone made is never kept. */
export const DISCLOSURE_LABEL = 'DisclosureIntent';

/** An intent's name as logs and counts show it (the disclosures as one). */
export const intentLabel = (name: unknown): unknown =>
  typeof name === 'string' && DISCLOSURE_INTENTS.has(name) ? DISCLOSURE_LABEL : name;

/** The interaction models' intents as labels, plus "none" for requests that carry no intent. */
export const ALEXA_INTENTS = [
  ...CUSTOM_INTENTS.filter((name) => !DISCLOSURE_INTENTS.has(name)),
  DISCLOSURE_LABEL,
  ...BUILT_IN_INTENTS,
  'none',
] as const;

/** What a request is counted by: its type, its intent and the language answered in. */
export type RequestLabels = { readonly request: string; readonly intent: string; readonly locale: Locale };

export type AlexaCountEvent =
  | ({ readonly kind: 'alexaRequest' } & RequestLabels)
  | ({ readonly kind: 'skillError' } & RequestLabels)
  | SignatureRefusedEvent
  | TopicAnsweredEvent;

export const ALEXA_METRICS = {
  ...SIGNATURE_METRICS,
  ...TOPIC_METRICS,
  alexaRequest: {
    prometheus: 'helpline_alexa_requests_total',
    cloudwatch: 'AlexaRequests',
    help: 'Alexa requests by type, intent (from the interaction model) and language.',
    labels: { request: ALEXA_REQUEST_TYPES, intent: ALEXA_INTENTS, locale: LOCALES },
  },
  skillError: {
    prometheus: 'helpline_skill_errors_total',
    cloudwatch: 'SkillErrors',
    help: "Requests the skill's error handler answered (an apology and the hotline), by type, intent and language.",
    labels: { request: ALEXA_REQUEST_TYPES, intent: ALEXA_INTENTS, locale: LOCALES },
    // The total, which the alarm reads.
    rollups: [[]],
  },
} as const satisfies Readonly<Record<AlexaCountEvent['kind'], MetricTable[string]>>;

/** What the skill records into. */
export type AlexaCounts = Counts<AlexaCountEvent>;
