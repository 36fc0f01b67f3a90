// What the help line counts (never who): the events, the metric each feeds, and a recorder that cannot break a call.

import {
  ALEXA_INTENTS,
  ALEXA_REQUEST_TYPES,
  DIAL_OUTCOMES,
  FALLBACK_REASONS,
  KEY_CATEGORIES,
  KEY_LABELS,
  LOCALES,
  MENU_IDS,
  REFUSAL_REASONS,
  RESOURCE_IDS,
  SCREEN_KINDS,
  SIGNED_CHANNELS,
  TRANSFER_TRIGGERS,
  closed,
} from './labels.js';

type Of<T extends readonly string[]> = T[number];
type Locale = Of<typeof LOCALES>;

/** One thing that happened. Fields are typed, but values may come from a request, so they are checked again at run time. */
export type CountEvent =
  | { readonly kind: 'callStarted'; readonly locale: Locale }
  | { readonly kind: 'languageChosen'; readonly locale: Locale }
  | {
      readonly kind: 'menuChoice';
      readonly screen: Of<typeof SCREEN_KINDS>;
      readonly menu: Of<typeof MENU_IDS>;
      readonly key: string;
      readonly category: Of<typeof KEY_CATEGORIES>;
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
  | { readonly kind: 'alexaRequest'; readonly request: string; readonly intent: string; readonly locale: Locale }
  | {
      readonly kind: 'signatureRefused';
      readonly channel: Of<typeof SIGNED_CHANNELS>;
      readonly reason: Of<typeof REFUSAL_REASONS>;
    };

export type EventKind = CountEvent['kind'];

export interface MetricDefinition {
  /** Prometheus name (counter, so it ends in _total). */
  readonly prometheus: string;
  /** CloudWatch metric name (embedded metric format). */
  readonly cloudwatch: string;
  readonly help: string;
  /** Label name -> the closed set its values come from. The label name is also the event's field name. */
  readonly labels: Readonly<Record<string, readonly string[]>>;
}

/** Every metric, once: the Prometheus and CloudWatch writers both read this table. */
export const METRICS: Readonly<Record<EventKind, MetricDefinition>> = {
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
  alexaRequest: {
    prometheus: 'helpline_alexa_requests_total',
    cloudwatch: 'AlexaRequests',
    help: 'Alexa requests by type, intent (from the interaction model) and language.',
    labels: { request: ALEXA_REQUEST_TYPES, intent: ALEXA_INTENTS, locale: LOCALES },
  },
  signatureRefused: {
    prometheus: 'helpline_signatures_refused_total',
    cloudwatch: 'SignaturesRefused',
    help: 'Requests refused for a missing, wrong or uncheckable signature (possible forgeries), by channel and why.',
    labels: { channel: SIGNED_CHANNELS, reason: REFUSAL_REASONS },
  },
};

export const EVENT_KINDS = Object.keys(METRICS) as EventKind[];

/**
 * The labels of an event, each value checked against its closed set. Fields not in the table are never read, so an
 * event object carrying more (a whole request, say) still yields only these labels.
 */
export function labelsOf(event: CountEvent): Record<string, string> {
  const definition = METRICS[event.kind];
  const fields = event as unknown as Readonly<Record<string, unknown>>;
  const labels: Record<string, string> = {};
  for (const [name, allowed] of Object.entries(definition.labels)) labels[name] = closed(allowed, fields[name]);
  return labels;
}

/** Where validated counts go: a Prometheus registry, CloudWatch embedded metrics, or a test's list. */
export interface CountSink {
  add(kind: EventKind, labels: Readonly<Record<string, string>>): void;
}

/** What channels call, one call per event (or per step). Never throws. */
export interface Counts {
  record(...events: readonly CountEvent[]): void;
}

export const NO_COUNTS: Counts = { record: () => undefined };

/**
 * Validates each event and hands it to the sink. A broken sink is reported through `onError` and otherwise ignored:
 * a count is never worth a caller's answer.
 */
export function createCounts(sink: CountSink, onError: (err: unknown) => void = () => undefined): Counts {
  return {
    record(...events) {
      for (const event of events) {
        try {
          if (!Object.hasOwn(METRICS, event.kind)) continue;
          sink.add(event.kind, labelsOf(event));
        } catch (err) {
          try {
            onError(err);
          } catch {
            // Nothing more can be done without risking the answer.
          }
        }
      }
    },
  };
}
