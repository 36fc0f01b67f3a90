// Typed lookups over the registry, topics and menus.

import { MENUS } from './menus.js';
import { RESOURCES } from './resources.js';
import { TOPICS } from './topics.js';
import {
  LOCALES,
  RESOURCE_IDS,
  TOPIC_IDS,
  type Locale,
  type Menu,
  type MenuId,
  type Resource,
  type ResourceId,
  type Topic,
  type TopicId,
} from './types.js';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en-US' ? 'es-US' : 'en-US';
}

export const getResource = (id: ResourceId): Resource => RESOURCES[id];
export const getTopic = (id: TopicId): Topic => TOPICS[id];
export const getMenu = (id: MenuId): Menu => MENUS[id];
export const listTopics = (): readonly Topic[] => TOPIC_IDS.map((id) => TOPICS[id]);
export const listResources = (): readonly Resource[] => RESOURCE_IDS.map((id) => RESOURCES[id]);
