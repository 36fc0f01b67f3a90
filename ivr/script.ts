// What the caller hears on each screen, as neutral prompts with the locale (and so the voice) of each part.

import {
  DISCLOSURES,
  GLOBAL_KEYS,
  HOTLINE,
  MENUS,
  RESOURCES,
  RESOURCE_IDS,
  PAUSE_MS,
  RESOURCE_LISTS,
  TOPICS,
  canText,
  canTransfer,
  join,
  disclosureWords,
  numberTwice,
  numberTwiceAfter,
  otherLocale,
  prompt,
  resourcePurpose,
  tFor,
  topicDetails,
  topicSummary,
  type DisclosureKind,
  type Locale,
  type MenuAction,
  type MenuId,
  type Prompt,
  type Resource,
  type ResourceId,
  type Segment,
  type TopicId,
} from '../content/index.js';
import {
  CLOSED_KEYS,
  DANGER_KEYS,
  DIAL_FAILED_KEYS,
  DISCLOSURE_KEYS,
  LIST_SERVICE_KEYS,
  MORE_KEY,
  TOPIC_SERVICE_KEYS,
  MAX_REPROMPTS,
  PARTNER_SERVICE,
  afterHoursOf,
  disclosureServices,
  listServices,
  menuChoices,
  otherServices,
  topicServices,
  type CallState,
  type Preface,
  type Screen,
} from './flow.js';

/** One <Say>: a prompt and the language (hence voice) it is spoken in. */
export interface Part {
  readonly locale: Locale;
  readonly prompt: Prompt;
}

/** A screen's words: the body (skipped on a reprompt) and the choices (always said). */
export interface Script {
  readonly body: readonly Part[];
  readonly choices: readonly Part[];
}

/** A locale string as written (tokens unexpanded), to fill a {{what}} slot; prompt() expands its tokens after. */
const raw = (locale: Locale, key: string): string => String(tFor(locale)(key));

const keyWord = (locale: Locale, key: string): string =>
  key === GLOBAL_KEYS.repeat ? raw(locale, 'ivr.keyName.star') : key;

const say = (locale: Locale, key: string, vars?: Record<string, string>): Part => ({
  locale,
  prompt: prompt(locale, key, vars),
});

const press = (locale: Locale, key: string, pressKey: string, what?: string): Part =>
  say(locale, key, { key: keyWord(locale, pressKey), ...(what === undefined ? {} : { what }) });

/** The name a caller hears for a service on the phone: its short name. */
const shortName = (locale: Locale, id: ResourceId): string => raw(locale, `resource.${id}.short`);

const connectTo = (locale: Locale, key: string, id: ResourceId): Part =>
  press(locale, 'ivr.option.transfer', key, shortName(locale, id));

function optionFor(locale: Locale, key: string, action: MenuAction): Part {
  switch (action.kind) {
    case 'transfer':
      return connectTo(locale, key, action.resourceId);
    case 'menu':
      return press(locale, 'ivr.option.open', key, raw(locale, `menu.${action.menuId}.title`));
    case 'topic':
      return press(locale, 'ivr.option.open', key, raw(locale, `topic.${action.topicId}.title`));
    case 'resources':
      return press(locale, 'ivr.option.open', key, raw(locale, `resourceList.${action.listId}.title`));
  }
}

/** The menu's own choices the line can deliver now, hotline first, as the menu tree lists them. */
export function menuOptions(
  locale: Locale,
  menuId: MenuId,
  resources: Readonly<Record<ResourceId, Resource>> = RESOURCES,
): Part[] {
  return menuChoices(menuId, resources).map((c) => optionFor(locale, c.key, c.action));
}

/** The key that reaches a person from a screen: the main menu's own hotline key, else 0 as everywhere. */
function personKey(screen: Screen): string {
  const own =
    screen.kind === 'menu'
      ? menuChoices(screen.menuId).find((c) => c.action.kind === 'transfer' && c.action.resourceId === HOTLINE)
      : undefined;
  return own?.key ?? GLOBAL_KEYS.hotline;
}

/** The same four keys everywhere: hotline, back (when it differs from main menu), main menu, repeat. */
function globalKeys(
  locale: Locale,
  back: MenuId | undefined,
  order: 'menu' | 'after',
  // False when the screen already offers the hotline in its own words: one place is read on one key only.
  withHotline = true,
): Part[] {
  const hotline = withHotline ? [press(locale, 'ivr.global.hotline', GLOBAL_KEYS.hotline)] : [];
  const backPart = back && back !== 'main' ? [press(locale, 'ivr.global.back', GLOBAL_KEYS.back)] : [];
  const main = press(locale, 'ivr.global.mainMenu', GLOBAL_KEYS.mainMenu);
  const repeat = press(locale, 'ivr.global.repeat', GLOBAL_KEYS.repeat);
  return order === 'menu' ? [...hotline, ...backPart, main, repeat] : [repeat, ...hotline, ...backPart, main];
}

/** "Para español, oprima nueve": the other language's own sentence, in the other language's voice. */
function languageOffer(locale: Locale): Part {
  const other = otherLocale(locale);
  return say(other, 'ivr.languageOffer');
}

/** The first thing a caller hears: the 911 notice, the language offer, the main menu. */
export function openingScript(locale: Locale): Script {
  return {
    body: [say(locale, 'common.emergency'), languageOffer(locale)],
    choices: [...menuOptions(locale, 'main'), press(locale, 'ivr.global.repeat', GLOBAL_KEYS.repeat)],
  };
}

/**
 * Said before the choices on a reprompt; words the line could not place also offer a person at once, and the last
 * reprompt says that someone who can help comes next.
 */
function prefaceParts(locale: Locale, preface: Preface, screen: Screen, last: boolean): Part[] {
  const first =
    preface === 'notUnderstood'
      ? press(locale, 'ivr.reprompt.notUnderstood', personKey(screen))
      : say(locale, preface === 'noInput' ? 'ivr.reprompt.noInput' : 'ivr.reprompt.noMatch');
  return last ? [first, say(locale, 'ivr.reprompt.last')] : [first];
}

/** Which service a registry phone number belongs to. */
const ownerOf = (e164: string): ResourceId | undefined => RESOURCE_IDS.find((id) => RESOURCES[id].phone === e164);

/** A part with each phone number said twice: the first time a number comes, "again" and the number follow it. */
export function repeatEachNumber(locale: Locale, part: Prompt): Prompt {
  const said = new Set<string>();
  return part.flatMap((segment): Segment[] => {
    if (segment.kind !== 'phone' || said.has(segment.e164)) return [segment];
    said.add(segment.e164);
    const resourceId = ownerOf(segment.e164);
    if (!resourceId) return [segment];
    const again = prompt(locale, 'ivr.topic.numberAgain', { resourceId });
    return [segment, { kind: 'text', text: ' ' }, { kind: 'pause', ms: PAUSE_MS }, ...again];
  });
}

/** Part 0 is the summary; part n is detail chunk n. */
function topicPart(locale: Locale, topicId: TopicId, part: number): Prompt {
  return part === 0 ? topicSummary(locale, topicId) : (topicDetails(locale, topicId)[part - 1] ?? []);
}

/** One part of a topic, then its next step: the next part, the services it names, the global keys. */
function topicScript(locale: Locale, topicId: TopicId, part: number, from: MenuId): Script {
  const last = part >= TOPICS[topicId].detailChunks;
  const next = last ? [] : [press(locale, part === 0 ? 'ivr.topic.more' : 'ivr.topic.next', MORE_KEY)];
  const services = topicServices(topicId).map((id, i) => connectTo(locale, TOPIC_SERVICE_KEYS[i] as string, id));
  return {
    body: [
      { locale, prompt: repeatEachNumber(locale, topicPart(locale, topicId, part)) },
      ...(last && part > 0 ? [say(locale, 'ivr.topic.end')] : []),
    ],
    choices: [...next, ...services, ...globalKeys(locale, from, 'after')],
  };
}

/** How to reach the hotline by text: who receives it, and the keyword spelled out letter by letter. */
function textScript(locale: Locale, resourceId: ResourceId, from: MenuId): Script {
  const keyword = RESOURCES[resourceId].sms?.keyword ?? '';
  const vars = { keyword, spelled: [...keyword].join(', '), resourceId };
  return {
    body: [say(locale, 'ivr.text.how', vars), say(locale, 'ivr.text.again', vars)],
    choices: globalKeys(locale, from, 'after'),
  };
}

/** Care first, then the right service with its number twice and a key to connect, then what to do in danger. */
function disclosureScript(locale: Locale, kind: DisclosureKind, from: MenuId): Script {
  const words = disclosureWords(locale, kind);
  const services = disclosureServices(kind);
  // When the hotline is the service, it is offered first, by name, on its own key 0 (not on 1 as well).
  const hotlineFirst = DISCLOSURES[kind].connect === HOTLINE;
  return {
    body: [words.care, words.who, words.note, words.beside, words.safety]
      .filter((p) => p.length > 0)
      .map((p) => ({ locale, prompt: p })),
    choices: [
      ...(hotlineFirst ? [connectTo(locale, GLOBAL_KEYS.hotline, HOTLINE)] : []),
      ...(services.connect ? [connectTo(locale, DISCLOSURE_KEYS.connect, services.connect)] : []),
      ...(services.beside ? [connectTo(locale, DISCLOSURE_KEYS.beside, services.beside)] : []),
      ...globalKeys(locale, from, 'after', !hotlineFirst),
    ],
  };
}

/**
 * Words of danger: that the caller may be in danger and to call 911 (the line never dials it), then one short choice,
 * a person now, and the domestic violence line when a partner was named. Said whole on every reprompt too.
 */
function dangerScript(locale: Locale, screen: Extract<Screen, { kind: 'danger' }>): Script {
  return {
    body: [],
    choices: [
      say(locale, 'ivr.danger.notice'),
      press(locale, 'ivr.option.person', GLOBAL_KEYS.hotline),
      ...(screen.partner && PARTNER_SERVICE ? [connectTo(locale, DANGER_KEYS.partner, PARTNER_SERVICE)] : []),
    ],
  };
}

function screenScript(screen: Screen, locale: Locale): Script {
  switch (screen.kind) {
    case 'menu': {
      const { menuId } = screen;
      if (menuId === 'main') {
        return {
          body: [],
          choices: [
            ...menuOptions(locale, 'main'),
            press(locale, 'ivr.global.repeat', GLOBAL_KEYS.repeat),
            languageOffer(locale),
          ],
        };
      }
      return {
        body: [],
        choices: [...menuOptions(locale, menuId), ...globalKeys(locale, MENUS[menuId].parent, 'menu')],
      };
    }
    case 'topic':
      return topicScript(locale, screen.topicId, screen.part, screen.from);
    case 'resources': {
      // A service the line can ring is a key, named; one it cannot (988) is read with its number and what it does.
      const keyed = listServices(screen.listId);
      const items = RESOURCE_LISTS[screen.listId].map((resourceId) => {
        const i = keyed.indexOf(resourceId);
        return i >= 0
          ? connectTo(locale, LIST_SERVICE_KEYS[i] as string, resourceId)
          : say(locale, 'ivr.resources.item', { resourceId });
      });
      return {
        body: [say(locale, `resourceList.${screen.listId}.intro`), ...items],
        choices: globalKeys(locale, screen.from, 'after'),
      };
    }
    case 'dialFailed': {
      const failed = say(locale, 'ivr.dial.failed', { resourceId: screen.resourceId });
      const purpose = resourcePurpose(locale, screen.resourceId);
      const number = numberTwiceAfter(locale, join(failed.prompt, purpose), screen.resourceId);
      return {
        body: [failed, { locale, prompt: purpose }, { locale, prompt: number }],
        choices: [
          press(locale, 'ivr.dial.retry', DIAL_FAILED_KEYS.retry),
          ...(canText(RESOURCES[HOTLINE]) ? [press(locale, 'ivr.dial.text', DIAL_FAILED_KEYS.text)] : []),
          press(locale, 'ivr.dial.other', DIAL_FAILED_KEYS.other),
          // After the hotline did not connect, "try again" is the hotline: 0 is not read as well.
          ...globalKeys(locale, screen.from, 'after', screen.resourceId !== HOTLINE),
        ],
      };
    }
    case 'text':
      return textScript(locale, screen.resourceId, screen.from);
    case 'closed': {
      // Closed at this hour (only for published hours), or its number not yet confirmed: never rung then.
      const { resourceId } = screen;
      const unconfirmed = !canTransfer(RESOURCES[resourceId]);
      const what = shortName(locale, resourceId);
      const alternative = afterHoursOf(resourceId);
      const website =
        unconfirmed && RESOURCES[resourceId].website ? [say(locale, 'ivr.closed.website', { resourceId })] : [];
      return {
        body: [say(locale, unconfirmed ? 'ivr.closed.unconfirmed' : 'ivr.closed.intro', { what }), ...website],
        choices: [
          // The hotline as the alternative is key 0's, said with the keys every screen has.
          ...(alternative === HOTLINE
            ? []
            : [press(locale, 'ivr.closed.alternative', CLOSED_KEYS.alternative, shortName(locale, alternative))]),
          ...(unconfirmed ? [] : [press(locale, 'ivr.closed.anyway', CLOSED_KEYS.anyway, what)]),
          ...globalKeys(locale, screen.from, 'after'),
        ],
      };
    }
    case 'danger':
      return dangerScript(locale, screen);
    case 'disclosure':
      return disclosureScript(locale, screen.disclosure, screen.from);
    case 'services':
      return {
        body: [say(locale, 'ivr.services.intro')],
        choices: [
          ...otherServices(screen.resourceId).map((id, i) => connectTo(locale, String(i + 1), id)),
          ...globalKeys(locale, screen.from, 'after'),
        ],
      };
  }
}

/** What the caller hears on a screen: all of it on a first visit or a repeat; on a reprompt, the preface and the choices. */
export function screenParts(screen: Screen, state: CallState, preface?: Preface): Part[] {
  const script = screenScript(screen, state.locale);
  if (!preface) return [...script.body, ...script.choices];
  return [...prefaceParts(state.locale, preface, screen, state.tries >= MAX_REPROMPTS), ...script.choices];
}

/**
 * Before the ring, a few seconds at most: who will answer, and to stay on the line. What the service does is said
 * in the topics and on the failure screen. A retry rings at once. The automatic transfer after silence names no
 * service: someone nearby may hear it.
 */
export function transferScript(
  locale: Locale,
  resourceId: ResourceId,
  how: { retry?: boolean; auto?: boolean },
): Part[] {
  if (how.retry) return [];
  if (how.auto) return [say(locale, 'ivr.transfer.silent')];
  return [say(locale, 'ivr.transfer.connecting', { what: shortName(locale, resourceId) })];
}

/**
 * After a transfer that connected, when the caller may be among other people again: thanks, the service's number (it
 * was not said before the ring, and with the line's own caller ID the service cannot call back a dropped call), the
 * hotline's number, goodbye. Numbers only: no service is named.
 */
export function goodbyeScript(locale: Locale, resourceId: ResourceId): Part[] {
  return [
    say(locale, 'ivr.dial.completed'),
    say(locale, 'ivr.dial.cutOff', { resourceId }),
    ...(resourceId === HOTLINE ? [] : [say(locale, 'ivr.dial.anyHour')]),
    say(locale, 'common.goodbye'),
  ];
}

/**
 * When the line cannot connect and the call must end (a silent caller's transfer, a browser's calls used up): that
 * it did not connect, naming no service (someone may be listening), the hotline number twice, how to text it (once
 * its text code is confirmed), goodbye.
 */
export function endScript(locale: Locale, resourceId: ResourceId): Part[] {
  const failed = say(locale, 'ivr.dial.failedQuiet');
  const parts = [failed];
  if (resourceId !== HOTLINE) parts.push({ locale, prompt: numberTwiceAfter(locale, failed.prompt, resourceId) });
  const sms = RESOURCES[HOTLINE].sms;
  const text =
    sms && canText(RESOURCES[HOTLINE])
      ? [say(locale, 'common.textOffer', { keyword: sms.keyword, resourceId: HOTLINE })]
      : [];
  parts.push({ locale, prompt: numberTwice(locale, HOTLINE) }, ...text, say(locale, 'common.goodbye'));
  return parts;
}
