// What the phone line counts (never who): its events, the closed set each label comes from, and their metrics.

import { LOCALES, MENU_IDS, RESOURCE_IDS, type Locale } from '../content/index.js';
import type { Counts, MetricTable } from '../infra/metrics/events.js';
import { SIGNATURE_METRICS, type SignatureRefusedEvent } from '../infra/metrics/refusals.js';
import { TOPIC_METRICS, type TopicAnsweredEvent } from '../infra/metrics/topics.js';
import type { KeyCategory, Screen } from './flow.js';
import { TWILIO_ERROR_CODES, TWILIO_EVENT_LEVELS } from './twilio-errors.js';

type Of<T extends readonly string[]> = T[number];

// A record keyed by the flow's own union must name every member and no other, so the labels follow ivr/flow.ts.
const screenKinds: Readonly<Record<Screen['kind'], true>> = {
  menu: true,
  topic: true,
  resources: true,
  dialFailed: true,
  text: true,
  services: true,
  closed: true,
  disclosure: true,
  danger: true,
};
const keyCategories: Readonly<Record<KeyCategory, true>> = {
  choice: true,
  hotline: true,
  repeat: true,
  language: true,
  'main-menu': true,
  back: true,
  emergency: true,
  invalid: true,
  'no-match': true,
  silence: true,
};

/** The phone line's screen kinds (ivr/flow.ts Screen['kind']). */
const SCREEN_KINDS = Object.keys(screenKinds) as readonly Screen['kind'][];

/** How the line classified the input (ivr/flow.ts KeyCategory). */
const KEY_CATEGORIES = Object.keys(keyCategories) as readonly KeyCategory[];

/** A single key of the phone's keypad, or how the caller answered without one. Never a string of digits. */
export const KEY_LABELS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '#', 'speech', 'silence'] as const;

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
const TRANSFER_TRIGGERS = ['chosen', 'auto'] as const;

/** Why the caller got the fallback answer: a route failed, or Twilio called the fallback URL. */
const FALLBACK_REASONS = ['route-error', 'fallback-url'] as const;

/** One thing that happened on a call. Fields are typed, but values may come from a request: they are checked again. */
export type IvrCountEvent =
  | { readonly kind: 'callStarted'; readonly locale: Locale }
  | { readonly kind: 'languageChosen'; readonly locale: Locale }
  | {
      readonly kind: 'menuChoice';
      readonly screen: Screen['kind'];
      readonly menu: Of<typeof MENU_IDS>;
      readonly key: string;
      readonly category: KeyCategory;
      readonly locale: Locale;
    }
  | {
      readonly kind: 'transferStarted';
      readonly destination: Of<typeof RESOURCE_IDS>;
      readonly trigger: Of<typeof TRANSFER_TRIGGERS>;
      readonly locale: Locale;
    }
  | {
      readonly kind: 'transferEnded';
      readonly destination: Of<typeof RESOURCE_IDS>;
      readonly outcome: string;
      readonly trigger: Of<typeof TRANSFER_TRIGGERS>;
      readonly locale: Locale;
    }
  | { readonly kind: 'silentDrop'; readonly menu: Of<typeof MENU_IDS>; readonly locale: Locale }
  | { readonly kind: 'ivrFallback'; readonly reason: Of<typeof FALLBACK_REASONS>; readonly locale: string }
  | { readonly kind: 'authTokenUnavailable' }
  | { readonly kind: 'twilioDebuggerEvent'; readonly level: string; readonly code: string }
  | SignatureRefusedEvent
  | TopicAnsweredEvent;

/** The phone line's metrics, one per event kind. */
export const IVR_METRICS = {
  ...SIGNATURE_METRICS,
  ...TOPIC_METRICS,
  callStarted: {
    prometheus: 'helpline_calls_started_total',
    cloudwatch: 'CallsStarted',
    help: 'Phone calls that reached the opening, by the language they started in.',
    labels: { locale: LOCALES },
  },
  languageChosen: {
    prometheus: 'helpline_language_chosen_total',
    cloudwatch: 'LanguageChosen',
    help: 'Times a caller switched the phone line to a language, by that language.',
    labels: { locale: LOCALES },
  },
  menuChoice: {
    prometheus: 'helpline_menu_choices_total',
    cloudwatch: 'MenuChoices',
    help: 'Inputs on a phone screen: screen kind, menu, key (or speech/silence), what the line made of it, language.',
    labels: { screen: SCREEN_KINDS, menu: MENU_IDS, key: KEY_LABELS, category: KEY_CATEGORIES, locale: LOCALES },
  },
  transferStarted: {
    prometheus: 'helpline_transfers_started_total',
    cloudwatch: 'TransfersStarted',
    help: 'Transfers the phone line dialled, by destination and whether the caller chose it or the line did.',
    labels: { destination: RESOURCE_IDS, trigger: TRANSFER_TRIGGERS, locale: LOCALES },
  },
  transferEnded: {
    prometheus: 'helpline_transfers_ended_total',
    cloudwatch: 'TransfersEnded',
    help: "Transfers by destination and how they ended (Twilio's DialCallStatus, or not-dialled).",
    labels: { destination: RESOURCE_IDS, outcome: DIAL_OUTCOMES, trigger: TRANSFER_TRIGGERS, locale: LOCALES },
    // What the transfer alarms read: one service's outcomes as a handful of metrics, whatever the trigger or language.
    rollups: [['destination', 'outcome']],
  },
  silentDrop: {
    prometheus: 'helpline_silent_drops_total',
    cloudwatch: 'SilentDrops',
    help: 'Calls where the caller stayed silent through every reprompt, so the line put them through to the hotline.',
    labels: { menu: MENU_IDS, locale: LOCALES },
  },
  ivrFallback: {
    prometheus: 'helpline_ivr_fallbacks_total',
    cloudwatch: 'IvrFallbacks',
    help: 'Callers who got the fallback answer (hotline number and dial), by why.',
    labels: { reason: FALLBACK_REASONS, locale: LOCALES },
  },
  authTokenUnavailable: {
    prometheus: 'helpline_auth_token_unavailable_total',
    cloudwatch: 'AuthTokenUnavailable',
    help: 'Twilio requests answered 503 because the auth token could not be read, so no signature could be checked.',
    labels: {},
  },
  twilioDebuggerEvent: {
    prometheus: 'helpline_twilio_debugger_events_total',
    cloudwatch: 'TwilioDebuggerEvents',
    help: "Errors and warnings Twilio's Debugger webhook reported, by level and code (nothing else from the event).",
    labels: { level: TWILIO_EVENT_LEVELS, code: TWILIO_ERROR_CODES },
    rollups: [['level']],
  },
} as const satisfies Readonly<Record<IvrCountEvent['kind'], MetricTable[string]>>;

/** What the phone line records into. */
export type IvrCounts = Counts<IvrCountEvent>;
