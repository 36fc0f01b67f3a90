// The call flow as a pure function: (screen the caller is on, what they did) -> what happens next. No I/O, no words.

import {
  DISCLOSURES,
  GLOBAL_KEYS,
  HOTLINE,
  MENUS,
  RESOURCES,
  RESOURCE_IDS,
  RESOURCE_LISTS,
  TOPICS,
  TOPIC_IDS,
  alternativeOf,
  canText,
  canTransfer,
  connectableServices,
  isOpenAt,
  otherLocale,
  type DisclosureKind,
  type Locale,
  type MenuChoice,
  type MenuId,
  type Resource,
  type ResourceId,
  type ResourceListId,
  type TopicId,
} from '../content/index.js';
import type { SpeechMatch } from './speech.js';

/** Reprompts in a row before the caller is put through to the hotline. */
export const MAX_REPROMPTS = 2;

/** Keys of the screen that follows a failed transfer. */
export const DIAL_FAILED_KEYS = { retry: '1', text: '2', other: '3' } as const;
/** Key for the next part of a topic (its first detail chunk after the summary). */
export const MORE_KEY = '1';
/** Keys that connect to the services a topic names, in the topic's order (the hotline has 0 everywhere). */
export const TOPIC_SERVICE_KEYS = ['2', '3', '4', '5'] as const;
/** Keys that connect to the services a list reads out, in the list's order (those the line can ring). */
export const LIST_SERVICE_KEYS = ['1', '2', '3', '4', '5'] as const;
/** Keys of the screen that meets a disclosure: connect to its service, or to the one beside it. */
export const DISCLOSURE_KEYS = { connect: '1', beside: '2' } as const;
/** Keys of the screen that says a service is closed now. */
export const CLOSED_KEYS = { alternative: '1', anyway: '2' } as const;
/** Key of the safety screen that connects to the domestic violence line, when a partner was named with the danger. */
export const DANGER_KEYS = { partner: '1' } as const;
/** Who the safety screen's key 1 connects to: the service that meets partner violence (content/disclosures.ts). */
export const PARTNER_SERVICE: ResourceId | undefined = DISCLOSURES.partnerViolence.connect;

/** Where a caller can be; each screen is one <Gather>. `from` is the menu that "back" returns to. */
export type Screen =
  | { readonly kind: 'menu'; readonly menuId: MenuId }
  /** `part` 0 is the summary; 1..detailChunks are the detail chunks, one a screen. */
  | { readonly kind: 'topic'; readonly topicId: TopicId; readonly from: MenuId; readonly part: number }
  | { readonly kind: 'resources'; readonly listId: ResourceListId; readonly from: MenuId }
  | { readonly kind: 'dialFailed'; readonly resourceId: ResourceId; readonly from: MenuId }
  | { readonly kind: 'text'; readonly resourceId: ResourceId; readonly from: MenuId }
  | { readonly kind: 'services'; readonly resourceId: ResourceId; readonly from: MenuId }
  /** The caller said what is happening to them: care, the right service and a key to connect (content/disclosures.ts). */
  | { readonly kind: 'disclosure'; readonly disclosure: DisclosureKind; readonly from: MenuId }
  /**
   * The caller said words of danger: that they may be in danger, 911 said plainly (the line never dials it), and one
   * short choice: 0 for a person now, and 1 for the domestic violence line when `partner` (a partner was named).
   */
  | { readonly kind: 'danger'; readonly from: MenuId; readonly partner: boolean }
  /**
   * The caller chose a service the line cannot ring now: outside its published hours (offer its 24-hour alternative,
   * or ring it anyway), or its number not yet confirmed (offer the alternative only).
   */
  | { readonly kind: 'closed'; readonly resourceId: ResourceId; readonly from: MenuId };

/** What travels in every URL of a call: there is no server-side session. */
export interface CallState {
  readonly locale: Locale;
  /** Reprompts in a row so far on this screen (0 to MAX_REPROMPTS). */
  readonly tries: number;
}

export type Input =
  | { readonly kind: 'key'; readonly key: string }
  | { readonly kind: 'speech'; readonly match: SpeechMatch | undefined }
  | { readonly kind: 'silence' };

/**
 * Said before a screen's choices when the caller is shown it again: nothing heard, a key that means nothing here, or
 * words the line could not place ("I may not have understood", with a person offered at once).
 */
export type Preface = 'noInput' | 'noMatch' | 'notUnderstood';

export type Step =
  | { readonly kind: 'opening'; readonly locale: Locale }
  | {
      readonly kind: 'show';
      readonly screen: Screen;
      readonly state: CallState;
      readonly preface?: Preface;
    }
  | {
      readonly kind: 'transfer';
      readonly resourceId: ResourceId;
      readonly from: MenuId;
      readonly locale: Locale;
      /** True when the line chose it (after reprompts); a failed automatic transfer ends the call. */
      readonly auto: boolean;
      /** Trying again after busy or no answer: straight to the ring, no words and no hours check. */
      readonly retry?: true;
      /** Chosen after hearing the service is closed: ring it all the same. */
      readonly anyway?: true;
    };

/** How a caller's input is classified in logs: never the digits or words themselves. */
export type KeyCategory =
  | 'choice'
  | 'hotline'
  | 'repeat'
  | 'language'
  | 'main-menu'
  | 'back'
  | 'emergency'
  | 'invalid'
  | 'no-match'
  | 'silence';

export interface Decision {
  readonly step: Step;
  readonly category: KeyCategory;
}

/**
 * Transferable services other than `except` and the hotline (key 0 everywhere), in registry order: the "another
 * service" list.
 */
export function otherServices(except: ResourceId): ResourceId[] {
  return RESOURCE_IDS.filter((id) => id !== except && id !== HOTLINE && canTransfer(RESOURCES[id])).slice(0, 5);
}

/** The services a topic names that the line can connect to, besides the hotline (key 0): one key each, 2 to 5. */
export function topicServices(topicId: TopicId): ResourceId[] {
  return connectableServices(TOPICS[topicId], RESOURCES).slice(0, TOPIC_SERVICE_KEYS.length);
}

/**
 * The services a list reads out that the line can connect to, besides the hotline (key 0): one key each, 1 to 5. The
 * others (988, said and never dialled) are read with their number.
 */
export function listServices(listId: ResourceListId): ResourceId[] {
  return RESOURCE_LISTS[listId]
    .filter((id) => id !== HOTLINE && canTransfer(RESOURCES[id]))
    .slice(0, LIST_SERVICE_KEYS.length);
}

/** Who answers instead of `resourceId`: its registry alternative when that can be dialled, else the hotline. */
export function afterHoursOf(
  resourceId: ResourceId,
  resources: Readonly<Record<ResourceId, Resource>> = RESOURCES,
): ResourceId {
  return alternativeOf(resourceId, resources);
}

/** The services a disclosure screen connects to on 1 and 2: its own and the one beside it, when not the hotline. */
export function disclosureServices(kind: DisclosureKind): Partial<Record<'connect' | 'beside', ResourceId>> {
  const { connect, beside } = DISCLOSURES[kind];
  const dialable = (id: ResourceId | undefined): id is ResourceId => id !== undefined && canTransfer(RESOURCES[id]);
  // The hotline has key 0 everywhere; the disclosure screen offers it there, never on 1 or 2 as well.
  return {
    ...(dialable(connect) && connect !== HOTLINE ? { connect } : {}),
    ...(dialable(beside) && beside !== HOTLINE ? { beside } : {}),
  };
}

/**
 * A menu's choices the line can deliver now: a transfer to a service whose number nobody has confirmed is left out
 * (the menu promises it again, by itself, once content/resources.ts marks the number called or published). Its key
 * then means nothing, and the service stays reachable by name, on the screen that says why it cannot ring.
 */
export function menuChoices(
  menuId: MenuId,
  resources: Readonly<Record<ResourceId, Resource>> = RESOURCES,
): readonly MenuChoice[] {
  return MENUS[menuId].choices.filter(
    (c) => c.action.kind !== 'transfer' || canTransfer(resources[c.action.resourceId]),
  );
}

/** The menu "back" (7) leads to from a screen. */
export function backOf(screen: Screen): MenuId {
  if (screen.kind === 'menu') return MENUS[screen.menuId].parent ?? 'main';
  return screen.from;
}

/** The menu a screen belongs to, for "back" on the screens that follow it. */
export function homeOf(screen: Screen): MenuId {
  return screen.kind === 'menu' ? screen.menuId : screen.from;
}

/** A transfer the caller chose (not an automatic one). */
const transfer = (
  resourceId: ResourceId,
  from: MenuId,
  locale: Locale,
  how: { readonly retry?: true; readonly anyway?: true } = {},
): Step => ({ kind: 'transfer', resourceId, from, locale, auto: false, ...how });

const show = (screen: Screen, locale: Locale, preface?: Preface): Step => ({
  kind: 'show',
  screen,
  state: { locale, tries: 0 },
  ...(preface ? { preface } : {}),
});

function menuScreen(menuId: MenuId, locale: Locale): Step {
  return { kind: 'show', screen: { kind: 'menu', menuId }, state: { locale, tries: 0 } };
}

/** A key this screen gives its own meaning to, or undefined. */
function screenChoice(screen: Screen, key: string, locale: Locale): Step | undefined {
  const from = homeOf(screen);
  switch (screen.kind) {
    case 'menu': {
      const action = menuChoices(screen.menuId).find((c) => c.key === key)?.action;
      if (!action) return undefined;
      switch (action.kind) {
        case 'transfer':
          return transfer(action.resourceId, from, locale);
        case 'menu':
          return menuScreen(action.menuId, locale);
        case 'topic':
          return show({ kind: 'topic', topicId: action.topicId, from, part: 0 }, locale);
        case 'resources':
          return show({ kind: 'resources', listId: action.listId, from }, locale);
      }
      return undefined;
    }
    case 'topic': {
      if (key === MORE_KEY && screen.part < TOPICS[screen.topicId].detailChunks) {
        return show({ ...screen, part: screen.part + 1 }, locale);
      }
      const service = topicServices(screen.topicId)[(TOPIC_SERVICE_KEYS as readonly string[]).indexOf(key)];
      return service ? transfer(service, from, locale) : undefined;
    }
    case 'disclosure': {
      const services = disclosureServices(screen.disclosure);
      const chosen =
        key === DISCLOSURE_KEYS.connect
          ? services.connect
          : key === DISCLOSURE_KEYS.beside
            ? services.beside
            : undefined;
      return chosen ? transfer(chosen, from, locale) : undefined;
    }
    case 'danger':
      return key === DANGER_KEYS.partner && screen.partner && PARTNER_SERVICE
        ? transfer(PARTNER_SERVICE, from, locale)
        : undefined;
    case 'closed':
      // The hotline as the alternative is key 0's, as everywhere: no screen offers one place on two keys.
      if (key === CLOSED_KEYS.alternative && afterHoursOf(screen.resourceId) !== HOTLINE)
        return transfer(afterHoursOf(screen.resourceId), from, locale);
      // "Anyway" rings a closed service, never one whose number is unconfirmed.
      if (key === CLOSED_KEYS.anyway && canTransfer(RESOURCES[screen.resourceId]))
        return transfer(screen.resourceId, from, locale, { anyway: true });
      return undefined;
    case 'dialFailed':
      if (key === DIAL_FAILED_KEYS.retry) return transfer(screen.resourceId, from, locale, { retry: true });
      if (key === DIAL_FAILED_KEYS.text && canText(RESOURCES[HOTLINE]))
        return show({ kind: 'text', resourceId: HOTLINE, from }, locale);
      if (key === DIAL_FAILED_KEYS.other)
        return show({ kind: 'services', resourceId: screen.resourceId, from }, locale);
      return undefined;
    case 'services': {
      const resourceId = otherServices(screen.resourceId)[Number(key) - 1];
      return /^[1-5]$/.test(key) && resourceId ? transfer(resourceId, from, locale) : undefined;
    }
    case 'resources': {
      const service = listServices(screen.listId)[(LIST_SERVICE_KEYS as readonly string[]).indexOf(key)];
      return service ? transfer(service, from, locale) : undefined;
    }
    case 'text':
      return undefined;
  }
}

/** The main menu in a new language starts with the opening again, so the 911 notice is heard in that language. */
function switchLanguage(screen: Screen, locale: Locale): Step {
  const other = otherLocale(locale);
  if (screen.kind === 'menu' && screen.menuId === 'main') return { kind: 'opening', locale: other };
  return show(screen, other);
}

/** A key press (or the key a phrase stands for) on a screen. */
function onKey(screen: Screen, state: CallState, key: string): Decision | undefined {
  const { locale } = state;
  const own = screenChoice(screen, key, locale);
  if (own) return { step: own, category: 'choice' };
  switch (key) {
    case GLOBAL_KEYS.hotline:
      return { step: transfer(HOTLINE, homeOf(screen), locale), category: 'hotline' };
    case GLOBAL_KEYS.repeat:
      return { step: show(screen, locale), category: 'repeat' };
    case GLOBAL_KEYS.switchLanguage:
      return { step: switchLanguage(screen, locale), category: 'language' };
    case GLOBAL_KEYS.mainMenu:
      return { step: menuScreen('main', locale), category: 'main-menu' };
    case GLOBAL_KEYS.back:
      return { step: menuScreen(backOf(screen), locale), category: 'back' };
  }
  return undefined;
}

const SPEECH_KEYS = {
  hotline: GLOBAL_KEYS.hotline,
  otherLanguage: GLOBAL_KEYS.switchLanguage,
  repeat: GLOBAL_KEYS.repeat,
  mainMenu: GLOBAL_KEYS.mainMenu,
  back: GLOBAL_KEYS.back,
  more: MORE_KEY,
} as const;

/** Invalid input or silence: a short reprompt, and after MAX_REPROMPTS of them the hotline. */
function retry(screen: Screen, state: CallState, preface: Preface, category: KeyCategory): Decision {
  if (state.tries >= MAX_REPROMPTS) {
    return {
      step: {
        kind: 'transfer',
        resourceId: HOTLINE,
        from: homeOf(screen),
        locale: state.locale,
        auto: true,
      },
      category,
    };
  }
  return { step: { kind: 'show', screen, state: { locale: state.locale, tries: state.tries + 1 }, preface }, category };
}

/** The whole call flow: what happens after the caller pressed, said, or did nothing on a screen. */
export function decide(screen: Screen, state: CallState, input: Input): Decision {
  if (input.kind === 'silence') return retry(screen, state, 'noInput', 'silence');
  if (input.kind === 'key') {
    return onKey(screen, state, input.key) ?? retry(screen, state, 'noMatch', 'invalid');
  }
  return onSpeech(screen, state, input.match);
}

/** The first topic that names a resource the line cannot transfer to, so the caller hears it read out. */
const topicNaming = (resourceId: ResourceId): TopicId | undefined =>
  TOPIC_IDS.find((id) => TOPICS[id].resourceIds.includes(resourceId));

/** What a phrase does: the safety rules' answers, a topic or service by name, or the key it stands for. */
function onSpeech(screen: Screen, state: CallState, match: SpeechMatch | undefined): Decision {
  const { locale } = state;
  const from = homeOf(screen);
  const transfer = (resourceId: ResourceId): Decision => ({
    step: { kind: 'transfer', resourceId, from, locale, auto: false },
    category: resourceId === HOTLINE ? 'hotline' : 'choice',
  });
  const danger = (partner: boolean): Decision => ({
    step: show({ kind: 'danger', from, partner: partner && PARTNER_SERVICE !== undefined }, locale),
    category: 'emergency',
  });
  if (!match) return retry(screen, state, 'notUnderstood', 'no-match');
  switch (match.kind) {
    case 'emergency':
      return danger(match.partner === true);
    case 'sheriff':
      return transfer('sheriffNonEmergency');
    case 'topic':
      return { step: show({ kind: 'topic', topicId: match.topicId, from, part: 0 }, locale), category: 'choice' };
    case 'service': {
      const r = RESOURCES[match.resourceId];
      // A transferable service whose number is unconfirmed becomes its alternative's offer (withHours), unless the
      // alternative is the same organisation's own line: asked for CAST, the caller reaches CAST's 24-hour line.
      if (r.transferable && r.phone) return transfer(sameOrganisationLine(match.resourceId));
      if (match.resourceId === 'emergency911') return danger(false);
      const topicId = topicNaming(match.resourceId);
      return topicId
        ? { step: show({ kind: 'topic', topicId, from, part: 0 }, locale), category: 'choice' }
        : retry(screen, state, 'notUnderstood', 'no-match');
    }
    case 'text':
      // While the hotline's text code is unconfirmed, asking how to text leads to what a call is like instead.
      return canText(RESOURCES[HOTLINE])
        ? { step: show({ kind: 'text', resourceId: HOTLINE, from }, locale), category: 'choice' }
        : { step: show({ kind: 'topic', topicId: 'hotlineCall', from, part: 0 }, locale), category: 'choice' };
    case 'disclosure':
      return { step: show({ kind: 'disclosure', disclosure: match.disclosure, from }, locale), category: 'choice' };
    case 'more':
      // "More" means more only on a topic screen; elsewhere key 1 would be a transfer.
      if (screen.kind !== 'topic') return retry(screen, state, 'notUnderstood', 'no-match');
      break;
  }
  const key = match.kind === 'key' ? match.key : SPEECH_KEYS[match.kind];
  return onKey(screen, state, key) ?? retry(screen, state, 'notUnderstood', 'no-match');
}

/**
 * A service asked for by name: itself, or while its number is unconfirmed, its alternative when that is the same
 * organisation's line (the registry gives both one website: CAST's office and CAST's 24-hour hotline).
 */
function sameOrganisationLine(resourceId: ResourceId): ResourceId {
  const r = RESOURCES[resourceId];
  if (canTransfer(r)) return resourceId;
  const alternative = afterHoursOf(resourceId);
  return r.website !== undefined && RESOURCES[alternative].website === r.website ? alternative : resourceId;
}

/**
 * A transfer to a service whose number nobody has confirmed, or a chosen one to a service closed at `at`, becomes
 * the closed screen, which offers the 24-hour alternative. Pure: the router passes its clock. Automatic transfers,
 * retries and "ring it anyway" ring as they are, as long as the number is confirmed.
 */
export function withHours(step: Step, at: Date, resources: Readonly<Record<ResourceId, Resource>> = RESOURCES): Step {
  if (step.kind !== 'transfer') return step;
  const r = resources[step.resourceId];
  const ringsNow = canTransfer(r) && (step.auto || step.retry || step.anyway || isOpenAt(r, at));
  return ringsNow ? step : show({ kind: 'closed', resourceId: step.resourceId, from: step.from }, step.locale);
}

/** Twilio's DialCallStatus values; anything else is treated as a failure. */
export const DIAL_STATUSES = ['completed', 'answered', 'busy', 'no-answer', 'failed', 'canceled'] as const;

export type DialOutcome =
  | { readonly kind: 'goodbye' }
  /** Automatic transfers end here, so silence cannot loop: the number twice, goodbye, hang up. */
  | { readonly kind: 'end' }
  | { readonly kind: 'show'; readonly screen: Screen };

export function decideDial(
  resourceId: ResourceId,
  from: MenuId,
  auto: boolean,
  status: string | undefined,
): DialOutcome {
  if (status === 'completed' || status === 'answered') return { kind: 'goodbye' };
  if (auto) return { kind: 'end' };
  return { kind: 'show', screen: { kind: 'dialFailed', resourceId, from } };
}
