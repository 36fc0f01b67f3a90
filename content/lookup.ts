// Locale helpers and the registry and topics as lists, in their declared order.

import { RESOURCES } from './resources.js';
import { READING_ORDER, TOPICS } from './topics.js';
import { LOCALES, RESOURCE_IDS, type Locale, type Resource, type Topic } from './types.js';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en-US' ? 'es-US' : 'en-US';
}

/** The topics in reading order (what people act on first), as the web page lists them. */
export const listTopics = (): readonly Topic[] => READING_ORDER.map((id) => TOPICS[id]);
export const listResources = (): readonly Resource[] => RESOURCE_IDS.map((id) => RESOURCES[id]);
