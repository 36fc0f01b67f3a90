// The phone line as a reviewer reads it: the phone core runs in this process with real Twilio signatures, the shared
// walker reaches every answer in both languages, and the answers are grouped into screens, transfers and endings.

import { randomBytes } from 'node:crypto';
import {
  GLOBAL_KEYS,
  LOCALES,
  RESOURCE_IDS,
  RESOURCES,
  MENUS,
  type Locale,
  type MenuId,
  type ResourceId,
} from '../../content/index.js';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks.js';
import { SIMULATED_LINE, simulatedCallParams, type TwimlNode } from '../../tools/call-simulator.js';
import { parseScreen } from '../../ivr/urls.js';
import { DIAL_STATUSES, type Screen } from '../../ivr/flow.js';
import { loadIvrConfig } from '../../ivr/config.js';
import { phoneLine } from '../../ivr/phone.js';
import { createLogger } from '../../infra/logger.js';
import { KEYPAD, requestKey, triesOf, walkPhoneTree, type WalkVisit } from './phone-walk.js';
import { estimateSeconds, spokenSay, type Spoken } from './spoken.js';

/** One <Say> as a reader sees it. */
export interface Line {
  /** The language (and so the voice) it is spoken in. */
  readonly locale: Locale;
  readonly spoken: Spoken;
  readonly seconds: number;
}

/** Where a key, a silence or a transfer's end leads: another section, a reprompt on the same screen, or nothing. */
export type Outcome =
  | { readonly kind: 'section'; readonly ref: string }
  | { readonly kind: 'retry'; readonly added: readonly Line[] }
  | { readonly kind: 'none' };

export type SectionKind = 'opening' | Screen['kind'] | 'transfer' | 'ending';

export interface PhoneSection {
  /** Stable id, e.g. menu-main, topic-signs-more, transfer-cast, dialFailed-cast. */
  readonly id: string;
  readonly kind: SectionKind;
  /** The screen, for screens (not the opening, transfers or endings). */
  readonly screen?: Screen;
  readonly resourceId?: ResourceId;
  /** True for the transfer the line makes by itself after the reprompts. */
  readonly auto?: boolean;
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
  /** In the order a caller meets them: opening and menus first, then transfers, failed transfers, endings. */
  readonly sections: readonly PhoneSection[];
  /** Every screen (Gather action, without language and reprompt count) the walk reached, for the coverage test. */
  readonly screensReached: ReadonlySet<string>;
  /** Which section shows each screen key (see screenKey), transfer and ending the walk reached. */
  readonly sectionOf: ReadonlyMap<string, string>;
  readonly requests: number;
}

const pathOf = (url: string): URL => new URL(url, 'http://x');
const containerOf = (visit: WalkVisit): TwimlNode => visit.doc.children.find((c) => c.name === 'Gather') ?? visit.doc;
const linesOf = (parent: TwimlNode): Line[] =>
  parent.children
    .filter((c) => c.name === 'Say')
    .map((say) => {
      const locale = (say.attrs.language === 'es-US' ? 'es-US' : 'en-US') as Locale;
      const spoken = spokenSay(say);
      return { locale, spoken, seconds: estimateSeconds(spoken, locale) };
    });

/** A Gather action without its language and reprompt count: the same screen in either language. */
export function screenKey(action: string): string {
  const url = pathOf(action);
  url.searchParams.delete('lang');
  url.searchParams.delete('tries');
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** What one answer is: a screen (by Gather action), a transfer (by Dial action), or an ending (hang-up). */
type Raw =
  | { kind: 'screen'; key: string; action: string; tries: number }
  | { kind: 'transfer'; key: string; resourceId: ResourceId; auto: boolean }
  | { kind: 'ending'; key: string };

function rawOf(visit: WalkVisit, openings: ReadonlyMap<Locale, string>): Raw | undefined {
  const gather = visit.doc.children.find((c) => c.name === 'Gather');
  const dial = visit.doc.children.find((c) => c.name === 'Dial');
  if (gather?.attrs.action) {
    const action = gather.attrs.action;
    if (openings.get(visit.locale) === visit.xml) return { kind: 'screen', key: 'opening', action, tries: 0 };
    return { kind: 'screen', key: screenKey(action), action, tries: triesOf(action) };
  }
  if (dial?.attrs.action) {
    const url = pathOf(dial.attrs.action);
    const resourceId = url.pathname.split('/').at(-1) as ResourceId;
    const auto = url.searchParams.get('auto') === '1';
    return { kind: 'transfer', key: `transfer-${resourceId}${auto ? '-auto' : ''}`, resourceId, auto };
  }
  if (visit.doc.children.at(-1)?.name === 'Hangup') {
    // An ending is named by what led to it: a transfer that connected, or one that did not (and to whom).
    const status = visit.request.extra.DialCallStatus;
    const url = pathOf(visit.request.path);
    const connected = status === 'completed' || status === 'answered';
    const what = url.pathname.startsWith('/ivr/dial/') ? url.pathname.split('/').at(-1) : url.pathname;
    return { kind: 'ending', key: `ending-${connected ? 'connected' : 'not-connected'}-${what}` };
  }
  return undefined;
}

function screenOf(key: string): Screen | undefined {
  const url = pathOf(key);
  const [, , segment, id] = url.pathname.split('/');
  return parseScreen(segment ?? '', id ?? '', Object.fromEntries(url.searchParams));
}

/** The menu a screen was chosen from (its "back" key leads there), when it has one. */
function fromOf(key: string): MenuId | undefined {
  const screen = screenOf(key);
  return screen && 'from' in screen ? screen.from : undefined;
}

/** menu-main, topic-signs-more, dialFailed-cast ...: the screen's kind and the id its URL names. */
function sectionIdOf(raw: Raw, screen: Screen | undefined): string {
  if (raw.kind !== 'screen') return raw.key;
  if (raw.key === 'opening' || !screen) return raw.key;
  const id = pathOf(raw.key).pathname.split('/').at(-1);
  return `${screen.kind}-${id}${screen.kind === 'topic' && screen.part > 0 ? `-${screen.part + 1}` : ''}`;
}

/**
 * The clock the kit walks the line at: Sunday 29 November 2026, 3:00 in Los Angeles, when the services with office
 * hours are closed, so the "closed" screens are in the script too (their "ring anyway" key reaches each transfer).
 */
export const WALK_CLOCK = new Date('2026-11-29T11:00:00Z');

/** The host the walk's requests are signed for; no socket is opened. */
const WALK_ORIGIN = 'http://walk.local';

/** Walks the phone line's core in this process, behind its real signature check (a random auth token). */
export async function walkLine(clock: Date = WALK_CLOCK): Promise<{
  visits: ReadonlyMap<string, WalkVisit>;
  requests: number;
  openings: Map<Locale, string>;
}> {
  const authToken = randomBytes(16).toString('hex');
  const answer = phoneLine({
    config: loadIvrConfig({ TWILIO_AUTH_TOKEN: authToken }),
    production: false,
    logger: createLogger({ level: 'silent' }),
    clock: () => clock,
  });
  const params = simulatedCallParams();
  const send = async (r: { path: string; extra: Readonly<Record<string, string>> }) => {
    const form = { ...params, ...r.extra };
    const res = await answer({
      method: 'POST',
      url: r.path,
      headers: {
        host: new URL(WALK_ORIGIN).host,
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': getExpectedTwilioSignature(authToken, `${WALK_ORIGIN}${r.path}`, form),
      },
      body: Buffer.from(new URLSearchParams(form).toString()),
      protocol: 'http',
    });
    if (res?.status !== 200) return { status: res?.status ?? 404, type: '', text: '' };
    return { status: 200, type: res.headers['content-type'] ?? '', text: res.body };
  };
  const result = await walkPhoneTree({ send });
  if (result.problems.length > 0 || result.truncated) {
    throw new Error(`The phone line did not answer every step: ${result.problems.slice(0, 3).join('; ')}`);
  }
  const openings = new Map<Locale, string>();
  for (const locale of LOCALES)
    openings.set(locale, (await send({ path: `/ivr/voice?lang=${locale}`, extra: {} })).text);
  return { visits: result.visits, requests: result.requests, openings };
}

/** Groups the walked answers into sections, in the order a caller meets them. */
export function buildPhoneScript(walked: Awaited<ReturnType<typeof walkLine>>): PhoneScript {
  const { visits, openings } = walked;
  const get = (path: string, extra: Record<string, string> = {}): WalkVisit | undefined =>
    visits.get(requestKey({ path, extra }));
  const raws = new Map<WalkVisit, Raw>();
  for (const v of visits.values()) {
    const raw = rawOf(v, openings);
    if (raw) raws.set(v, raw);
  }
  const screensReached = new Set<string>();
  for (const raw of raws.values()) if (raw.kind === 'screen' && raw.key !== 'opening') screensReached.add(raw.key);

  // A representative answer per raw key and language: the first the walk reached without a reprompt.
  const first = new Map<string, WalkVisit>();
  for (const [v, raw] of raws) {
    if (raw.kind === 'screen' && raw.tries > 0) continue;
    const k = `${raw.key} ${v.locale}`;
    if (!first.has(k)) first.set(k, v);
  }
  // A screen reached from different menus (its "back" key differs) is one section; the variant with the most
  // lines stands for it, and the others are noted line by line and key by key.
  const sectionOfKey = new Map<string, string>();
  const variantsOf = new Map<string, string[]>();
  for (const [k, v] of first) {
    const key = k.slice(0, k.lastIndexOf(' '));
    if (sectionOfKey.has(key) || v.locale !== 'en-US') continue;
    const raw = raws.get(v) as Raw;
    const id = sectionIdOf(raw, raw.kind === 'screen' ? screenOf(key) : undefined);
    sectionOfKey.set(key, id);
    variantsOf.set(id, [...(variantsOf.get(id) ?? []), key]);
  }
  const lineCount = (key: string): number => linesOf(containerOf(first.get(`${key} en-US`) as WalkVisit)).length;
  const representative = new Map(
    [...variantsOf].map(([id, keys]) => [id, keys.reduce((a, b) => (lineCount(b) > lineCount(a) ? b : a))]),
  );

  const outcomeOf = (v: WalkVisit | undefined, plain: readonly Line[]): Outcome => {
    const raw = v && raws.get(v);
    if (!v || !raw) return { kind: 'none' };
    if (raw.kind === 'screen' && raw.tries > 0) {
      const texts = new Set(plain.map((l) => l.spoken.text));
      return {
        kind: 'retry',
        added: linesOf(v.doc.children.find((c) => c.name === 'Gather') as TwimlNode).filter(
          (l) => !texts.has(l.spoken.text),
        ),
      };
    }
    return { kind: 'section', ref: sectionOfKey.get(raw.key) ?? raw.key };
  };

  const sections = new Map<string, PhoneSection>();
  for (const [id, keys] of variantsOf) {
    const key = representative.get(id) as string;
    const v = first.get(`${key} en-US`) as WalkVisit;
    const raw = raws.get(v) as Raw;
    const inLocale = (k: string, l: Locale): WalkVisit => first.get(`${k} ${l}`) ?? v;
    const byLocale = <T>(f: (visit: WalkVisit, locale: Locale) => T, k = key): Record<Locale, T> =>
      Object.fromEntries(LOCALES.map((l) => [l, f(inLocale(k, l), l)])) as Record<Locale, T>;
    const lines = byLocale((visit) => linesOf(containerOf(visit)));
    const others = keys.filter((k) => k !== key);
    // Rows of the representative that another variant does not say, with the menu that variant was chosen from.
    const rowNotes: Record<number, MenuId[]> = {};
    for (const other of others) {
      const said = new Set(linesOf(containerOf(inLocale(other, 'en-US'))).map((l) => l.spoken.text));
      const from = fromOf(other);
      lines['en-US'].forEach((line, i) => {
        if (!said.has(line.spoken.text) && from) rowNotes[i] = [...(rowNotes[i] ?? []), from];
      });
    }
    if (raw.kind === 'screen') {
      const action = (visit: WalkVisit): string => containerOf(visit).attrs.action ?? '';
      const press = (k: string, pressed: string): Record<Locale, Outcome> =>
        byLocale((visit, l) => outcomeOf(get(action(visit), { Digits: pressed }), lines[l]), k);
      const keyed = KEYPAD.map((pressed) => {
        const outcome = press(key, pressed);
        const all = keys.map((k) => ({ from: fromOf(k) as MenuId, outcome: press(k, pressed)['en-US'] }));
        const differs = all.some((x) => JSON.stringify(x.outcome) !== JSON.stringify(outcome['en-US']));
        return { key: pressed, outcome, ...(differs ? { byFrom: all } : {}) };
      });
      const isWrong = (o: Outcome): boolean => o.kind === 'retry';
      const silenceStep = (tries: number): Record<Locale, Outcome> =>
        byLocale((visit, l) => outcomeOf(get(action(visit).replace(/tries=0/, `tries=${tries}`), {}), lines[l]));
      const wrong = keyed.find((x) => isWrong(x.outcome['en-US']));
      const screen = raw.key === 'opening' ? undefined : screenOf(key);
      sections.set(id, {
        id,
        kind: screen?.kind ?? 'opening',
        ...(screen ? { screen } : {}),
        lines,
        rowNotes,
        keys: keyed.filter((x) => !isWrong(x.outcome['en-US'])),
        wrongKeys: keyed.filter((x) => isWrong(x.outcome['en-US'])).map((x) => x.key),
        ...(wrong ? { wrongKey: wrong.outcome } : {}),
        silence: [0, 1, 2].map(silenceStep),
        waitS: Number(containerOf(v).attrs.timeout),
        dialEnds: [],
      });
    } else if (raw.kind === 'transfer') {
      const dialOf = (visit: WalkVisit): TwimlNode => visit.doc.children.find((c) => c.name === 'Dial') as TwimlNode;
      const dial = dialOf(v);
      const number = dial.children.find((c) => c.name === 'Number')?.children[0]?.text?.trim() ?? '';
      const callerId =
        dial.attrs.callerId === SIMULATED_LINE
          ? 'line'
          : dial.attrs.callerId === undefined
            ? 'caller'
            : dial.attrs.callerId;
      const ends = new Map<string, { statuses: string[]; outcome: Record<Locale, Outcome> }>();
      for (const status of DIAL_STATUSES) {
        const outcome = byLocale((visit) =>
          outcomeOf(get(dialOf(visit).attrs.action ?? '', { DialCallStatus: status }), []),
        );
        if (outcome['en-US'].kind === 'none') continue;
        const sig = JSON.stringify(outcome);
        const entry = ends.get(sig) ?? { statuses: [], outcome };
        entry.statuses.push(status);
        ends.set(sig, entry);
      }
      sections.set(id, {
        id,
        kind: 'transfer',
        resourceId: raw.resourceId,
        auto: raw.auto,
        lines,
        rowNotes,
        keys: [],
        wrongKeys: [],
        silence: [],
        waitS: Number(dial.attrs.timeout),
        dial: { number, callerId },
        dialEnds: [...ends.values()],
      });
    } else {
      sections.set(id, { id, kind: 'ending', lines, rowNotes, keys: [], wrongKeys: [], silence: [], dialEnds: [] });
    }
  }
  return { sections: orderSections(sections), screensReached, sectionOf: sectionOfKey, requests: walked.requests };
}

const PARTS: readonly SectionKind[][] = [
  ['opening', 'menu', 'topic', 'resources'],
  ['closed', 'transfer'],
  ['dialFailed', 'text', 'services'],
  ['ending'],
];

/** Depth first from the opening, keys in keypad order, then silence and a transfer's ends; grouped into parts. */
function orderSections(sections: ReadonlyMap<string, PhoneSection>): PhoneSection[] {
  const order: string[] = [];
  const visit = (id: string): void => {
    const s = sections.get(id);
    if (!s || order.includes(id)) return;
    order.push(id);
    // The main menu key first, so the main menu follows the opening and each menu is followed by its topics.
    const keys = [...s.keys].sort(
      (a, b) => Number(b.key === GLOBAL_KEYS.mainMenu) - Number(a.key === GLOBAL_KEYS.mainMenu),
    );
    const next = [
      ...keys.map((k) => k.outcome['en-US']),
      ...s.silence.map((o) => o['en-US']),
      ...s.dialEnds.map((d) => d.outcome['en-US']),
    ];
    for (const o of next) if (o.kind === 'section') visit(o.ref);
  };
  visit('opening');
  for (const id of sections.keys()) visit(id);
  const rank = (s: PhoneSection): number[] => [PARTS.findIndex((p) => p.includes(s.kind)), ...treeRank(s)];
  const compare = (a: number[], b: number[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return order.map((id) => sections.get(id) as PhoneSection).sort((a, b) => compare(rank(a), rank(b)));
}

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

/** Within the first part: each menu, then its topics and lists by key, each topic's parts in order. */
function treeRank(s: PhoneSection): number[] {
  const screen = s.screen;
  if (!screen || s.kind === 'opening') return [-1];
  if (screen.kind === 'menu') return [MENU_ORDER.indexOf(screen.menuId), 0];
  if (screen.kind !== 'topic' && screen.kind !== 'resources') return [];
  const key = MENUS[screen.from].choices.findIndex((c) =>
    screen.kind === 'topic'
      ? c.action.kind === 'topic' && c.action.topicId === screen.topicId
      : c.action.kind === 'resources' && c.action.listId === screen.listId,
  );
  return [MENU_ORDER.indexOf(screen.from), 1, key, screen.kind === 'topic' ? screen.part : 0];
}

/** Registry ids whose phone the line dials, for the transfer sections' names. */
export const resourceByPhone = (number: string): ResourceId | undefined =>
  RESOURCE_IDS.find((id) => RESOURCES[id].phone === number);
