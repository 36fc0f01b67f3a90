// The phone line as a reviewer reads it: every screen, transfer and ending a caller can reach with keys, silence, the
// words that lead where no key does (danger, a disclosure, a service asked for by name) and the ways a transfer ends,
// in both languages, grouped as the call script shows them. Built from the call flow
// (ivr/flow.ts) and each screen's words (ivr/script.ts), the functions the line renders to TwiML; the whole-tree
// test (test/ivr/walk.test.ts) walks the line itself and checks what it sends.

import {
  DISCLOSURE_KINDS,
  LOCALES,
  MENUS,
  RESOURCE_IDS,
  RESOURCES,
  canTransfer,
  type Locale,
  type MenuId,
  type ResourceId,
} from '../../content/index.js';
import { loadIvrConfig } from '../../ivr/config.js';
import {
  DIAL_STATUSES,
  decide,
  decideDial,
  homeOf,
  withHours,
  type CallState,
  type Input,
  type Screen,
  type Step,
} from '../../ivr/flow.js';
import { DIAL_TIMEOUT_S } from '../../ivr/say-digits.js';
import { endScript, goodbyeScript, openingScript, screenParts, transferScript, type Part } from '../../ivr/script.js';
import { GATHER_TIMEOUT_S } from '../../ivr/twiml.js';
import type { SpeechMatch } from '../../ivr/speech.js';
import { screenUrl } from '../../ivr/urls.js';
import { estimateSeconds, spokenPrompt, type Spoken } from './spoken.js';

/** One <Say> as a reader sees it. */
export interface Line {
  /** The language (and so the voice) it is spoken in. */
  readonly locale: Locale;
  readonly spoken: Spoken;
  readonly seconds: number;
}

/** Where a key, a silence or a transfer's end leads: another section, or a reprompt on the same screen. */
export type Outcome =
  { readonly kind: 'section'; readonly ref: string } | { readonly kind: 'retry'; readonly added: readonly Line[] };

type SectionKind = 'opening' | Screen['kind'] | 'transfer' | 'ending';

export interface PhoneSection {
  /** Stable id, e.g. menu-main, topic-signs-2, transfer-cast, dialFailed-cast. */
  readonly id: string;
  readonly kind: SectionKind;
  /** The screen, for screens (not the opening, transfers or endings). */
  readonly screen?: Screen;
  /** The service a transfer dials, or a screen or ending is about. */
  readonly resourceId?: ResourceId;
  /** True for the transfer the line makes by itself after the reprompts. */
  readonly auto?: boolean;
  /** An ending: true after a transfer that connected, false when the line could not connect the caller. */
  readonly connected?: boolean;
  readonly lines: Readonly<Record<Locale, readonly Line[]>>;
  /** Rows (by index) that are not said when the screen was chosen from these menus. */
  readonly rowNotes: Readonly<Record<number, readonly MenuId[]>>;
  /** Per key that does something on this screen (wrong keys are left out): where it leads, per language. */
  readonly keys: readonly {
    readonly key: string;
    readonly outcome: Readonly<Record<Locale, Outcome>>;
    /** When the key leads elsewhere depending on the menu the screen was chosen from (the "back" key). */
    readonly byFrom?: readonly { readonly from: MenuId; readonly outcome: Outcome }[];
  }[];
  /** Keys that are not choices here: what the caller hears instead. */
  readonly wrongKeys: readonly string[];
  readonly wrongKey?: Readonly<Record<Locale, Outcome>>;
  /** Words the line cannot place on this screen: what the caller hears instead (a person offered at once). */
  readonly unplaced?: Readonly<Record<Locale, Outcome>>;
  /** Silence: the first and second reprompt, then what the line does. */
  readonly silence: readonly Readonly<Record<Locale, Outcome>>[];
  /** Seconds a screen waits for a key, or a transfer rings. */
  readonly waitS?: number;
  /** A transfer: the number dialled and the caller ID the service sees. */
  readonly dial?: { readonly number: string; readonly callerId: 'line' | 'caller' | string };
  /** A transfer: each DialCallStatus Twilio may report, and where it leads. */
  readonly dialEnds: readonly {
    readonly statuses: readonly string[];
    readonly outcome: Readonly<Record<Locale, Outcome>>;
  }[];
}

export interface PhoneScript {
  /** The opening, each menu with its topics, then per service in registry order: transfers, failures, endings. */
  readonly sections: readonly PhoneSection[];
  /** The section that shows each screen, by screenKey. */
  readonly sectionOf: ReadonlyMap<string, string>;
}

/** Every key on a phone keypad, in the order a review reads them. */
const KEYPAD = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const;

/**
 * The clock the kit reads the line at: Sunday 29 November 2026, 3:00 in Los Angeles, when the services with office
 * hours are closed, so the "closed" screens are in the script too (their "ring anyway" key reaches each transfer).
 */
const WALK_CLOCK = new Date('2026-11-29T11:00:00Z');

/** The caller ID a transfer shows with the default TRANSFER_CALLER_ID. */
const CALLER_ID = ((c) => (c.mode === 'fixed' ? c.number : c.mode))(loadIvrConfig({}).transferCallerId);

/** How a call ends after a transfer: the goodbye when it connected, the hotline number twice when it could not. */
interface Ending {
  readonly kind: 'ending';
  readonly resourceId: ResourceId;
  readonly locale: Locale;
  readonly connected: boolean;
}

/** What the line answers after one move of the caller: a step of the call flow, or an ending. */
type Answer = Step | Ending;
type Transfer = Extract<Step, { kind: 'transfer' }>;

const MAIN: Screen = { kind: 'menu', menuId: 'main' };

/** The screen an answer waits on for a key; the opening waits with the main menu's choices. */
function gatherOf(a: Answer): { readonly screen: Screen; readonly state: CallState } | undefined {
  if (a.kind === 'opening') return { screen: MAIN, state: { locale: a.locale, tries: 0 } };
  return a.kind === 'show' ? a : undefined;
}

/**
 * What a caller may say on the main menu that leads where no key does: danger (with a partner named, or not), each
 * disclosure, and each service asked for by name whose number nobody has confirmed.
 */
const SPOKEN: readonly SpeechMatch[] = [
  { kind: 'emergency' },
  { kind: 'emergency', partner: true },
  ...DISCLOSURE_KINDS.map((disclosure): SpeechMatch => ({ kind: 'disclosure', disclosure })),
  ...RESOURCE_IDS.filter((id) => RESOURCES[id].transferable && !canTransfer(RESOURCES[id])).map(
    (resourceId): SpeechMatch => ({ kind: 'service', resourceId }),
  ),
];

const answerTo = (screen: Screen, state: CallState, input: Input): Answer =>
  withHours(decide(screen, state, input).step, WALK_CLOCK);

function afterDial(t: Transfer, status: string): Answer {
  const outcome = decideDial(t.resourceId, t.from, t.auto, status);
  if (outcome.kind === 'show') return { kind: 'show', screen: outcome.screen, state: { locale: t.locale, tries: 0 } };
  return { kind: 'ending', resourceId: t.resourceId, locale: t.locale, connected: outcome.kind === 'goodbye' };
}

/** What can follow an answer (every key and silence on a fresh screen; a wrong key and silence on a reprompt). */
function movesAfter(a: Answer): { readonly from: string; readonly answers: Answer[] } | undefined {
  const gather = gatherOf(a);
  if (gather) {
    const { screen, state } = gather;
    const keys = state.tries === 0 ? KEYPAD : ['#'];
    const main = screen.kind === 'menu' && screen.menuId === 'main' && state.tries === 0;
    const said = main ? SPOKEN.map((match): Input => ({ kind: 'speech', match })) : [];
    const inputs: Input[] = [...keys.map((key): Input => ({ kind: 'key', key })), { kind: 'silence' }, ...said];
    return { from: screenUrl('', screen, state), answers: inputs.map((input) => answerTo(screen, state, input)) };
  }
  if (a.kind !== 'transfer') return undefined;
  const from = `dial ${a.resourceId} ${a.from} ${a.locale} ${a.auto}`;
  return { from, answers: DIAL_STATUSES.map((status) => afterDial(a, status)) };
}

/** Every answer from the first ring, breadth first (the order fixes which variant of a screen stands for it). */
function reachable(): Answer[] {
  const answers: Answer[] = [{ kind: 'opening', locale: 'en-US' }];
  const expanded = new Set<string>();
  for (let i = 0; i < answers.length; i++) {
    const moves = movesAfter(answers[i] as Answer);
    if (!moves || expanded.has(moves.from)) continue;
    expanded.add(moves.from);
    answers.push(...moves.answers);
  }
  return answers;
}

/** A Gather action without its language and reprompt count: the same screen in either language. */
export function screenKey(action: string): string {
  const url = new URL(action, 'http://x');
  url.searchParams.delete('lang');
  url.searchParams.delete('tries');
  return `${url.pathname}?${url.searchParams.toString()}`;
}

const localeOf = (a: Answer): Locale => (a.kind === 'show' ? a.state.locale : a.locale);
const fromOf = (a: Answer): MenuId | undefined => (a.kind === 'show' && 'from' in a.screen ? a.screen.from : undefined);
const keyOf = (screen: Screen): string => screenKey(screenUrl('', screen, { locale: 'en-US', tries: 0 }));

/** opening, menu-main, topic-signs-2, dialFailed-cast, transfer-cast-auto, ending-connected-cast ... */
function sectionIdOf(a: Answer): string {
  switch (a.kind) {
    case 'opening':
      return 'opening';
    case 'transfer':
      return `transfer-${a.resourceId}${a.auto ? '-auto' : ''}`;
    case 'ending':
      return `ending-${a.connected ? 'connected' : 'not-connected'}-${a.resourceId}`;
    case 'show': {
      const id = new URL(keyOf(a.screen), 'http://x').pathname.split('/').at(-1);
      const part = a.screen.kind === 'topic' && a.screen.part > 0 ? `-${a.screen.part + 1}` : '';
      return `${a.screen.kind}-${id}${part}`;
    }
  }
}

function lineOf(part: Part): Line {
  const spoken = spokenPrompt(part.prompt);
  return { locale: part.locale, spoken, seconds: estimateSeconds(spoken, part.locale) };
}

/** What the caller hears, in `locale`. */
function linesOf(a: Answer, locale: Locale): Line[] {
  const parts = (): Part[] => {
    switch (a.kind) {
      case 'opening': {
        const script = openingScript(locale);
        return [...script.body, ...script.choices];
      }
      case 'show':
        return screenParts(a.screen, { ...a.state, locale }, a.preface);
      case 'transfer':
        return transferScript(locale, a.resourceId, { auto: a.auto });
      case 'ending':
        return (a.connected ? goodbyeScript : endScript)(locale, a.resourceId);
    }
  };
  return parts().map(lineOf);
}

/** A reprompt (with what it adds to the screen's words), or the section the answer is. */
function outcomeOf(a: Answer, plain: readonly Line[]): Outcome {
  if (a.kind !== 'show' || a.state.tries === 0) return { kind: 'section', ref: sectionIdOf(a) };
  const said = new Set(plain.map((l) => l.spoken.text));
  return { kind: 'retry', added: linesOf(a, a.state.locale).filter((l) => !said.has(l.spoken.text)) };
}

const byLocale = <T>(f: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;

/**
 * One section from the answers that show it: the same screen chosen from different menus (its "back" key and line
 * differ) is one section, shown as the variant with the most lines, with the others noted line by line and key by key.
 */
function buildSection(id: string, variants: readonly Answer[]): PhoneSection {
  const lineCount = (a: Answer): number => linesOf(a, 'en-US').length;
  const shown = variants.reduce((a, b) => (lineCount(b) > lineCount(a) ? b : a));
  const lines = byLocale((l) => linesOf(shown, l));
  const rowNotes: Record<number, MenuId[]> = {};
  for (const other of variants.filter((v) => v !== shown)) {
    const said = new Set(linesOf(other, 'en-US').map((l) => l.spoken.text));
    const from = fromOf(other);
    lines['en-US'].forEach((line, i) => {
      if (!said.has(line.spoken.text) && from) rowNotes[i] = [...(rowNotes[i] ?? []), from];
    });
  }
  const none = { rowNotes, keys: [], wrongKeys: [], silence: [], dialEnds: [] };
  if (shown.kind === 'ending') {
    return { id, kind: 'ending', resourceId: shown.resourceId, connected: shown.connected, lines, ...none };
  }
  if (shown.kind === 'transfer') {
    const ends = new Map<string, { statuses: string[]; outcome: Record<Locale, Outcome> }>();
    for (const status of DIAL_STATUSES) {
      const outcome = byLocale((l) => outcomeOf(afterDial({ ...shown, locale: l }, status), []));
      const entry = ends.get(JSON.stringify(outcome)) ?? { statuses: [], outcome };
      entry.statuses.push(status);
      ends.set(JSON.stringify(outcome), entry);
    }
    return {
      id,
      kind: 'transfer',
      resourceId: shown.resourceId,
      auto: shown.auto,
      lines,
      ...none,
      waitS: DIAL_TIMEOUT_S,
      dial: { number: RESOURCES[shown.resourceId].phone ?? '', callerId: CALLER_ID },
      dialEnds: [...ends.values()],
    };
  }
  const answer = (a: Answer, locale: Locale, tries: number, input: Input): Outcome => {
    const { screen } = gatherOf(a) as { screen: Screen };
    return outcomeOf(answerTo(screen, { locale, tries }, input), lines[locale]);
  };
  const keyed = KEYPAD.map((key) => {
    const outcome = byLocale((l) => answer(shown, l, 0, { kind: 'key', key }));
    const all = variants.map((v) => ({
      from: fromOf(v) as MenuId,
      outcome: answer(v, 'en-US', 0, { kind: 'key', key }),
    }));
    const differs = all.some((x) => JSON.stringify(x.outcome) !== JSON.stringify(outcome['en-US']));
    return { key, outcome, ...(differs ? { byFrom: all } : {}) };
  });
  const isWrong = (k: (typeof keyed)[number]): boolean => k.outcome['en-US'].kind === 'retry';
  const wrong = keyed.find(isWrong);
  const screen = shown.kind === 'show' ? shown.screen : undefined;
  return {
    id,
    kind: screen?.kind ?? 'opening',
    ...(screen ? { screen, ...('resourceId' in screen ? { resourceId: screen.resourceId } : {}) } : {}),
    lines,
    ...none,
    keys: keyed.filter((k) => !isWrong(k)),
    wrongKeys: keyed.filter(isWrong).map((k) => k.key),
    ...(wrong ? { wrongKey: wrong.outcome } : {}),
    unplaced: byLocale((l) => answer(shown, l, 0, { kind: 'speech', match: undefined })),
    silence: [0, 1, 2].map((tries) => byLocale((l) => answer(shown, l, tries, { kind: 'silence' }))),
    waitS: GATHER_TIMEOUT_S,
  };
}

/** Every screen, transfer and ending of the line, in the order a caller meets them. */
export function phoneScript(): PhoneScript {
  // Each section's variants (answers that are not reprompts), once each, in the order the caller first meets them.
  const variants = new Map<string, Answer[]>();
  const seen = new Set<string>();
  for (const a of reachable()) {
    if (localeOf(a) !== 'en-US' || (a.kind === 'show' && a.state.tries > 0)) continue;
    const key = a.kind === 'show' ? keyOf(a.screen) : sectionIdOf(a);
    if (seen.has(key)) continue;
    seen.add(key);
    const id = sectionIdOf(a);
    variants.set(id, [...(variants.get(id) ?? []), a]);
  }
  const sectionOfScreen = new Map<string, string>();
  for (const [id, answers] of variants)
    for (const a of answers) if (a.kind === 'show') sectionOfScreen.set(keyOf(a.screen), id);
  const sections = [...variants].map(([id, answers]) => buildSection(id, answers));
  return { sections: sections.sort((a, b) => compare(rankOf(a), rankOf(b))), sectionOf: sectionOfScreen };
}

/** The script's parts, and the order of kinds within each. */
const PARTS: readonly SectionKind[][] = [
  ['opening', 'menu', 'topic', 'resources'],
  ['danger', 'disclosure'],
  ['closed', 'transfer'],
  ['dialFailed', 'text', 'services'],
  ['ending'],
];

/** The menus in the order of the tree (content/menus.ts): each menu, then the menus under it, by key. */
const MENU_ORDER: readonly MenuId[] = (() => {
  const out: MenuId[] = [];
  const walk = (id: MenuId): void => {
    out.push(id);
    for (const c of MENUS[id].choices) if (c.action.kind === 'menu') walk(c.action.menuId);
  };
  walk('main');
  return out;
})();

/**
 * Where a section goes. In the first part: each menu, then its topics and lists by key, a topic's parts in order.
 * In the others: by service in registry order (as numbers-to-verify.csv), then by kind; the chosen transfer before
 * the automatic one, and the ending after a connected transfer before the one after a failed one.
 */
function rankOf(s: PhoneSection): number[] {
  const part = PARTS.findIndex((p) => p.includes(s.kind));
  const screen = s.screen;
  if (part > 0 || !screen) {
    const service = s.resourceId ? RESOURCE_IDS.indexOf(s.resourceId) : -1;
    const kind = (PARTS[part] as SectionKind[]).indexOf(s.kind);
    return [part, service, kind, s.auto ? 1 : 0, s.connected === false ? 1 : 0];
  }
  if (screen.kind === 'menu') return [part, MENU_ORDER.indexOf(screen.menuId), 0];
  const from = homeOf(screen);
  const key = MENUS[from].choices.findIndex(
    (c) =>
      (c.action.kind === 'topic' && screen.kind === 'topic' && c.action.topicId === screen.topicId) ||
      (c.action.kind === 'resources' && screen.kind === 'resources' && c.action.listId === screen.listId),
  );
  return [part, MENU_ORDER.indexOf(from), 1, key, screen.kind === 'topic' ? screen.part : 0];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
