// Screen + call state <-> the URL of its Gather action. Language and retry count live here, not on the server.

import {
  DISCLOSURE_KINDS,
  MENU_IDS,
  RESOURCES,
  RESOURCE_IDS,
  RESOURCE_LIST_IDS,
  TOPICS,
  TOPIC_IDS,
  isLocale,
  type Locale,
  type MenuId,
  type ResourceId,
  type TopicId,
} from '../content/index.js';
import { MAX_REPROMPTS, type CallState, type Screen } from './flow.js';

/** Where the router is mounted. */
export const IVR_PATH = '/ivr';
const DEFAULT_LOCALE: Locale = 'en-US';

/** URL path segment per screen kind: /ivr/<segment>/<id>. */
const SCREEN_SEGMENTS = {
  menu: 'menu',
  topic: 'topic',
  resources: 'resources',
  dialFailed: 'dial-failed',
  text: 'text',
  services: 'services',
  closed: 'closed',
  disclosure: 'disclosure',
  danger: 'danger',
} as const satisfies Record<Screen['kind'], string>;

/** The safety screen's id: with the domestic violence line offered (a partner was named), or without. */
const DANGER_IDS = { partner: 'partner', alone: 'now' } as const;

type Query = Readonly<Record<string, unknown>>;

/** The id a screen's URL names: its menu, topic, list or service. */
export const idOf = (screen: Screen): string => {
  switch (screen.kind) {
    case 'menu':
      return screen.menuId;
    case 'topic':
      return screen.topicId;
    case 'resources':
      return screen.listId;
    case 'disclosure':
      return screen.disclosure;
    case 'danger':
      return screen.partner ? DANGER_IDS.partner : DANGER_IDS.alone;
    default:
      return screen.resourceId;
  }
};

function query(entries: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) params.set(k, v);
  return params.toString();
}

/** The action URL for a screen's Gather (and its silence Redirect). `base` is PUBLIC_BASE_URL or ''. */
export function screenUrl(base: string, screen: Screen, state: CallState): string {
  const q = query({
    lang: state.locale,
    tries: String(state.tries),
    from: screen.kind === 'menu' ? undefined : screen.from,
    part: screen.kind === 'topic' && screen.part > 0 ? String(screen.part) : undefined,
  });
  return `${base}${IVR_PATH}/${SCREEN_SEGMENTS[screen.kind]}/${idOf(screen)}?${q}`;
}

/** The most query parameters any phone URL carries (a screen's lang, tries, from and part); more is not from us. */
export const MAX_QUERY_PAIRS = 4;

/** The <Dial action> URL: where Twilio reports how the transfer ended. */
export function dialUrl(base: string, resourceId: ResourceId, from: MenuId, locale: Locale, auto: boolean): string {
  return `${base}${IVR_PATH}/dial/${resourceId}?${query({ lang: locale, from, auto: auto ? '1' : undefined })}`;
}

const str = (q: Query, name: string): string | undefined => (typeof q[name] === 'string' ? q[name] : undefined);
const oneOf = <T extends string>(list: readonly T[], value: string | undefined): T | undefined =>
  value !== undefined && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/** The call's language and reprompt count; anything unreadable falls back to a fresh English call. */
export function parseState(q: Query): CallState {
  const lang = str(q, 'lang');
  const tries = Number(str(q, 'tries'));
  return {
    locale: isLocale(lang) ? lang : DEFAULT_LOCALE,
    tries: Number.isInteger(tries) && tries >= 0 && tries <= MAX_REPROMPTS ? tries : 0,
  };
}

/** A topic's part from the URL: 0 (the summary) to its number of detail chunks; anything else is the summary. */
function parsePart(q: Query, topicId: TopicId): number {
  const part = Number(str(q, 'part') ?? 0);
  return Number.isInteger(part) && part >= 0 && part <= TOPICS[topicId].detailChunks ? part : 0;
}

export const parseFrom = (q: Query): MenuId => oneOf(MENU_IDS, str(q, 'from')) ?? 'main';
export const parseResourceId = (id: string): ResourceId | undefined => oneOf(RESOURCE_IDS, id);

/** The screen a Gather action URL names, or undefined for an unknown kind or id (the router answers 404). */
export function parseScreen(segment: string, id: string, q: Query): Screen | undefined {
  const from = parseFrom(q);
  switch (segment) {
    case SCREEN_SEGMENTS.menu: {
      const menuId = oneOf(MENU_IDS, id);
      return menuId && { kind: 'menu', menuId };
    }
    case SCREEN_SEGMENTS.topic: {
      const topicId = oneOf(TOPIC_IDS, id);
      return topicId && { kind: 'topic', topicId, from, part: parsePart(q, topicId) };
    }
    case SCREEN_SEGMENTS.resources: {
      const listId = oneOf(RESOURCE_LIST_IDS, id);
      return listId && { kind: 'resources', listId, from };
    }
    case SCREEN_SEGMENTS.dialFailed: {
      const resourceId = oneOf(RESOURCE_IDS, id);
      return resourceId && RESOURCES[resourceId].transferable ? { kind: 'dialFailed', resourceId, from } : undefined;
    }
    case SCREEN_SEGMENTS.text: {
      const resourceId = oneOf(RESOURCE_IDS, id);
      return resourceId && RESOURCES[resourceId].sms ? { kind: 'text', resourceId, from } : undefined;
    }
    case SCREEN_SEGMENTS.closed: {
      const resourceId = oneOf(RESOURCE_IDS, id);
      return resourceId && RESOURCES[resourceId].transferable ? { kind: 'closed', resourceId, from } : undefined;
    }
    case SCREEN_SEGMENTS.disclosure: {
      const disclosure = oneOf(DISCLOSURE_KINDS, id);
      return disclosure && { kind: 'disclosure', disclosure, from };
    }
    case SCREEN_SEGMENTS.danger:
      if (id === DANGER_IDS.partner || id === DANGER_IDS.alone)
        return { kind: 'danger', from, partner: id === DANGER_IDS.partner };
      return undefined;
    case SCREEN_SEGMENTS.services: {
      const resourceId = oneOf(RESOURCE_IDS, id);
      return resourceId && { kind: 'services', resourceId, from };
    }
  }
  return undefined;
}
