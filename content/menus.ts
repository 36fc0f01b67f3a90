// The phone line's menu tree: key -> action. Hotline first, at most five choices, depth at most three.
//
// The main menu is ordered as a survivor would weigh it: the hotline, then help to leave (CAST's 24-hour line is its
// key 1), reporting, information, and the Sheriff last. A transfer to a number nobody has confirmed is not offered
// until someone does (ivr/flow.ts menuChoices), so such choices come last in their menu and no other key moves. Someone afraid of the police hears three ways to help that
// are not the police before the Sheriff is named; a neighbour who wants the Sheriff still reaches it with one key,
// or by saying "sheriff" at any time.

import type { Menu, MenuId } from './types.js';

export const MENUS: Readonly<Record<MenuId, Menu>> = {
  main: {
    id: 'main',
    choices: [
      { key: '1', action: { kind: 'transfer', resourceId: 'traffickingHotline' } },
      { key: '2', action: { kind: 'menu', menuId: 'leaving' } },
      { key: '3', action: { kind: 'menu', menuId: 'report' } },
      { key: '4', action: { kind: 'menu', menuId: 'info' } },
      { key: '5', action: { kind: 'transfer', resourceId: 'sheriffNonEmergency' } },
    ],
  },
  report: {
    id: 'report',
    parent: 'main',
    choices: [
      { key: '1', action: { kind: 'topic', topicId: 'signs' } },
      { key: '2', action: { kind: 'topic', topicId: 'whatToDo' } },
      { key: '3', action: { kind: 'topic', topicId: 'localConcern' } },
      { key: '4', action: { kind: 'topic', topicId: 'hotlineCall' } },
      { key: '5', action: { kind: 'topic', topicId: 'consentVsCoercion' } },
    ],
  },
  leaving: {
    id: 'leaving',
    parent: 'main',
    choices: [
      // CAST's 24-hour hotline, not its office line: a caller at night reaches a person, not voicemail.
      { key: '1', action: { kind: 'transfer', resourceId: 'castHotline' } },
      { key: '2', action: { kind: 'topic', topicId: 'leavingSupport' } },
      { key: '3', action: { kind: 'resources', listId: 'healthAnd211' } },
      // Offered once their numbers are confirmed (ivr/flow.ts menuChoices); last, so the keys before them never move.
      { key: '4', action: { kind: 'transfer', resourceId: 'downtownWomensCenter' } },
      { key: '5', action: { kind: 'transfer', resourceId: 'journeyOut' } },
    ],
  },
  info: {
    id: 'info',
    parent: 'main',
    choices: [
      { key: '1', action: { kind: 'topic', topicId: 'rights' } },
      { key: '2', action: { kind: 'topic', topicId: 'legalStatus' } },
      { key: '3', action: { kind: 'menu', menuId: 'risks' } },
      { key: '4', action: { kind: 'menu', menuId: 'community' } },
      { key: '5', action: { kind: 'topic', topicId: 'trustedSources' } },
    ],
  },
  risks: {
    id: 'risks',
    parent: 'info',
    choices: [
      { key: '1', action: { kind: 'topic', topicId: 'physicalDangers' } },
      { key: '2', action: { kind: 'topic', topicId: 'healthRisks' } },
      { key: '3', action: { kind: 'topic', topicId: 'longTermConsequences' } },
    ],
  },
  community: {
    id: 'community',
    parent: 'info',
    choices: [
      { key: '1', action: { kind: 'topic', topicId: 'communityImpact' } },
      { key: '2', action: { kind: 'topic', topicId: 'whatIsBeingDone' } },
    ],
  },
};
