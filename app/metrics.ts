// Every channel's metrics in one table: what the composition hands the Prometheus and CloudWatch backends.

import type { MetricDefinition } from '../infra/metrics/events.js';
import { IVR_METRICS, type IvrCountEvent } from '../ivr/metrics.js';
import { ALEXA_METRICS, type AlexaCountEvent } from '../lambda/metrics.js';

export type CountEvent = IvrCountEvent | AlexaCountEvent;
export type EventKind = CountEvent['kind'];

export const METRICS: Readonly<Record<EventKind, MetricDefinition>> = { ...IVR_METRICS, ...ALEXA_METRICS };
export const EVENT_KINDS = Object.keys(METRICS) as EventKind[];
