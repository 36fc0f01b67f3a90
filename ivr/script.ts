// What the caller hears on each screen, as neutral prompts with the locale (and so the voice) of each part.

import {
  GLOBAL_KEYS,
  MENUS,
  RESOURCE_LISTS,
  numberTwice,
  otherLocale,
  prompt,
  tFor,
  topicDetails,
  topicSummary,
  type Locale,
  type MenuAction,
  type MenuId,
  type Prompt,
  type ResourceId,
} from '../content/index.js';
import { DIAL_FAILED_KEYS, MORE_KEY, otherServices, type Preface, type Screen } from './flow.js';

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

const HOTLINE: ResourceId = 'traffickingHotline';

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

function optionFor(locale: Locale, key: string, action: MenuAction): Part {
  switch (action.kind) {
    case 'transfer':
      return press(locale, 'ivr.option.transfer', key, raw(locale, `resource.${action.resourceId}.short`));
    case 'menu':
      return press(locale, 'ivr.option.open', key, raw(locale, `menu.${action.menuId}.title`));
    case 'topic':
      return press(locale, 'ivr.option.open', key, raw(locale, `topic.${action.topicId}.title`));
    case 'resources':
      return press(locale, 'ivr.option.open', key, raw(locale, `resourceList.${action.listId}.title`));
  }
}

/** The menu's own choices, hotline first, as the menu tree lists them. */
export function menuOptions(locale: Locale, menuId: MenuId): Part[] {
  return MENUS[menuId].choices.map((c) => optionFor(locale, c.key, c.action));
}

/** The same four keys everywhere: hotline, back (when it differs from main menu), main menu, repeat. */
function globalKeys(locale: Locale, back: MenuId | undefined, order: 'menu' | 'after'): Part[] {
  const hotline = press(locale, 'ivr.global.hotline', GLOBAL_KEYS.hotline);
  const backPart = back && back !== 'main' ? [press(locale, 'ivr.global.back', GLOBAL_KEYS.back)] : [];
  const main = press(locale, 'ivr.global.mainMenu', GLOBAL_KEYS.mainMenu);
  const repeat = press(locale, 'ivr.global.repeat', GLOBAL_KEYS.repeat);
  return order === 'menu' ? [hotline, ...backPart, main, repeat] : [repeat, hotline, ...backPart, main];
}

/** "Para español, oprima nueve": the other language's own sentence, in the other language's voice. */
export function languageOffer(locale: Locale): Part {
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

export function prefacePart(locale: Locale, preface: Preface): Part {
  const key = { noInput: 'ivr.reprompt.noInput', noMatch: 'ivr.reprompt.noMatch', emergency: 'common.emergency' }[
    preface
  ];
  return say(locale, key);
}

export function screenScript(screen: Screen, locale: Locale): Script {
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
    case 'topic': {
      const body = screen.more
        ? topicDetails(locale, screen.topicId).map((p) => ({ locale, prompt: p }))
        : [{ locale, prompt: topicSummary(locale, screen.topicId) }];
      const more = screen.more ? [] : [press(locale, 'ivr.topic.more', MORE_KEY)];
      return { body, choices: [...more, ...globalKeys(locale, screen.from, 'after')] };
    }
    case 'resources': {
      const items = RESOURCE_LISTS[screen.listId].map((resourceId) =>
        say(locale, 'ivr.resources.item', { resourceId }),
      );
      return {
        body: [say(locale, `resourceList.${screen.listId}.intro`), ...items],
        choices: globalKeys(locale, screen.from, 'after'),
      };
    }
    case 'dialFailed':
      return {
        body: [
          say(locale, 'ivr.dial.failed', { resourceId: screen.resourceId }),
          { locale, prompt: numberTwice(locale, screen.resourceId) },
        ],
        choices: [
          press(locale, 'ivr.dial.retry', DIAL_FAILED_KEYS.retry),
          press(locale, 'ivr.dial.text', DIAL_FAILED_KEYS.text),
          press(locale, 'ivr.dial.other', DIAL_FAILED_KEYS.other),
          ...globalKeys(locale, screen.from, 'after'),
        ],
      };
    case 'text':
      return {
        body: [say(locale, 'common.textOffer'), say(locale, 'ivr.text.again')],
        choices: globalKeys(locale, screen.from, 'after'),
      };
    case 'services':
      return {
        body: [say(locale, 'ivr.services.intro')],
        choices: [
          ...otherServices(screen.resourceId).map((id, i) =>
            press(locale, 'ivr.option.transfer', String(i + 1), raw(locale, `resource.${id}.short`)),
          ),
          ...globalKeys(locale, screen.from, 'after'),
        ],
      };
  }
}

/** Before a transfer: who will answer and their number; after reprompts, the hotline number twice. */
export function transferScript(locale: Locale, resourceId: ResourceId, auto: boolean): Part[] {
  if (auto) {
    return [say(locale, 'ivr.transfer.toHotline'), { locale, prompt: numberTwice(locale, HOTLINE) }];
  }
  return [
    say(locale, 'ivr.transfer.connecting', { resourceId }),
    say(locale, 'ivr.transfer.ifCutOff', { resourceId }),
    say(locale, 'ivr.transfer.hold'),
  ];
}

/** After a transfer that connected: thanks, the hotline number, goodbye. */
export function goodbyeScript(locale: Locale): Part[] {
  return [say(locale, 'ivr.dial.completed'), say(locale, 'common.hotlineOffer'), say(locale, 'common.goodbye')];
}

/** When the line cannot connect and the call must end: who did not answer, the hotline number twice, goodbye. */
export function endScript(locale: Locale, resourceId: ResourceId): Part[] {
  const parts = [say(locale, 'ivr.dial.failed', { resourceId })];
  if (resourceId !== HOTLINE) parts.push({ locale, prompt: numberTwice(locale, resourceId) });
  parts.push(
    { locale, prompt: numberTwice(locale, HOTLINE) },
    say(locale, 'common.textOffer'),
    say(locale, 'common.goodbye'),
  );
  return parts;
}
