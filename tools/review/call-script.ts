// The call script for reviewers: every phone screen and every Alexa answer, English and Spanish side by side, as
// spoken, with keys, timings, numbers, transfers and what happens on silence or a wrong key. Built from the models
// that phone-script.ts and skill-script.ts take from the running code.

import {
  LOCALES,
  RESOURCES,
  canTransfer,
  TOPICS,
  displayPhone,
  prompt,
  renderDisplay,
  resourceName,
  resourceShortName,
  topicTitle,
  type Locale,
  type MenuId,
  type ResourceId,
} from '../../content/index.js';
import { anchorOf, heading, link, list, para, table, type Block, type Inline, type Text } from './document.js';
import type { Line, Outcome, PhoneScript, PhoneSection } from './phone-script.js';
import type { Ask, SkillAnswer, SkillTurn } from './skill-script.js';
import { REGISTRY_NUMBERS, WORDS_PER_MINUTE, type Spoken } from './spoken.js';
import { DISCLOSURE_INTENTS, TOPIC_INTENTS } from '../../lambda/intents.js';

const LANGUAGE: Readonly<Record<Locale, string>> = { 'en-US': 'English', 'es-US': 'Español' };
const SECONDS: Readonly<Record<Locale, string>> = { 'en-US': 'sec.', 'es-US': 'seg.' };
const VOICE: Readonly<Record<Locale, string>> = { 'en-US': 'English', 'es-US': 'Spanish' };

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const en = (key: string): string => renderDisplay(prompt('en-US', key));
const menuName = (id: MenuId): string => (id === 'main' ? 'Main menu' : upper(en(`menu.${id}.title`)));
const name = (id: ResourceId): string => renderDisplay(resourceName('en-US', id));
const shortName = (id: ResourceId): string => renderDisplay(resourceShortName('en-US', id));
const seconds = (n: number): string => n.toFixed(1);

/** The registry number a string of spoken digits is, written as people read it on paper. */
function numberNote(digits: string): string {
  const entry = REGISTRY_NUMBERS.get(digits);
  if (!entry) return `${digits}: NOT A REGISTRY NUMBER`;
  const r = RESOURCES[entry.id];
  if (entry.what === 'phone' && r.phone) return `${displayPhone(r.phone)}: ${name(entry.id)}`;
  if (entry.what === 'sms') return `${digits} (text message short code): ${name(entry.id)}`;
  return `${digits}: ${name(entry.id)}`;
}

/** Every number said in these words, once each, in order. */
function numbersSaid(spoken: readonly Spoken[]): string[] {
  return [...new Set(spoken.flatMap((s) => s.numbers))].map(numberNote);
}

// ---- Phone line ----

export interface Numbered {
  readonly section: PhoneSection;
  readonly number: string;
  readonly title: string;
  readonly anchor: string;
}

function baseTitle(s: PhoneSection): string {
  const screen = s.screen;
  switch (s.kind) {
    case 'opening':
      return 'The opening: what every caller hears first';
    case 'transfer':
      return s.auto
        ? `Automatic transfer to ${name(s.resourceId as ResourceId)} (after no choice)`
        : `Transfer to ${name(s.resourceId as ResourceId)}`;
    case 'ending': {
      // Named by the transfer that leads here: the goodbye gives that service's number.
      const who = s.resourceId ? ` to ${shortName(s.resourceId)}` : '';
      return s.connected
        ? `End of the call after the transfer${who} connected`
        : `End of the call when the transfer${who} does not connect`;
    }
  }
  if (!screen) return s.id;
  switch (screen.kind) {
    case 'menu':
      return screen.menuId === 'main' ? 'Main menu' : `Menu: ${menuName(screen.menuId)}`;
    case 'topic': {
      const title = `Topic: ${upper(renderDisplay(topicTitle('en-US', screen.topicId)))}`;
      const parts = TOPICS[screen.topicId].detailChunks + 1;
      return screen.part === 0 ? title : `${title}, part ${screen.part + 1} of ${parts}`;
    }
    case 'resources':
      return `List: ${upper(en(`resourceList.${screen.listId}.title`))}`;
    case 'dialFailed':
      return `When the transfer to ${shortName(screen.resourceId)} does not connect`;
    case 'text':
      return 'How to ask for help by text message';
    case 'services':
      return `Other services, after ${shortName(screen.resourceId)} did not connect`;
    case 'closed':
      return canTransfer(RESOURCES[screen.resourceId])
        ? `When ${shortName(screen.resourceId)} is closed`
        : `When ${shortName(screen.resourceId)} has no confirmed number`;
    case 'disclosure':
      return `When a caller says what is happening to them: ${screen.disclosure}`;
    case 'danger':
      return screen.partner
        ? 'When a caller says words of danger and names a partner'
        : 'When a caller says words of danger';
  }
}

const refOf = (o: Outcome): string | undefined => (o.kind === 'section' ? o.ref : undefined);

export function numberPhone(phone: PhoneScript, part = 1): Numbered[] {
  return phone.sections.map((section, i) => {
    const title = baseTitle(section);
    const number = `${part}.${i + 1}`;
    return { section, number, title, anchor: anchorOf(`${number} ${title}`) };
  });
}

/** The words of one screen or answer, the two languages side by side, with seconds per prompt and in all. */
function wordsTable(
  lines: Readonly<Record<Locale, readonly Line[]>>,
  rowNotes: Readonly<Record<number, readonly MenuId[]>> = {},
): Block {
  const rows = Math.max(...LOCALES.map((l) => lines[l].length));
  const cell = (l: Locale, i: number): Text[] => {
    const line = lines[l][i];
    if (!line) return [[''], ['']];
    const voice = line.locale === l ? '' : ` (in the ${VOICE[line.locale]} voice)`;
    const notSaid = rowNotes[i];
    const note =
      notSaid && l === 'en-US'
        ? ` (not said when chosen from: ${notSaid.map((m) => menuName(m).toLowerCase()).join(', ')})`
        : '';
    return [[line.spoken.text + voice + note], [seconds(line.seconds)]];
  };
  const total = (l: Locale): string => seconds(lines[l].reduce((sum, x) => sum + x.seconds, 0));
  return table(
    ['No.', LANGUAGE['en-US'], SECONDS['en-US'], LANGUAGE['es-US'], SECONDS['es-US']],
    [
      ...Array.from({ length: rows }, (_, i) => [[String(i + 1)], ...LOCALES.flatMap((l) => cell(l, i))]),
      [[''], [{ strong: 'In all' }], [total('en-US')], [{ strong: 'En total' }], [total('es-US')]],
    ],
  );
}

function describe(o: Outcome, self: PhoneSection, byId: ReadonlyMap<string, Numbered>, locale: Locale): Text {
  if (o.kind === 'retry') return ['a reprompt'];
  const target = byId.get(o.ref);
  if (!target) return [o.ref];
  const go: Inline = link(`${target.number} ${target.title}`, target.anchor);
  if (o.ref === self.id) return locale === 'en-US' ? ['repeats this screen'] : ['this screen'];
  return [go];
}

function keysTable(s: PhoneSection, byId: ReadonlyMap<string, Numbered>): Block | undefined {
  if (s.keys.length === 0) return undefined;
  const rows = s.keys.map(({ key, outcome, byFrom }) => {
    const o = outcome['en-US'];
    let what: Text;
    if (byFrom) {
      // The "back" key: where it leads depends on the menu this screen was chosen from.
      what = byFrom.flatMap((x, i) => [
        ...(i ? ['; '] : []),
        ...describe(x.outcome, s, byId, 'en-US'),
        ` (when chosen from: ${menuName(x.from).toLowerCase()})`,
      ]);
    } else if (key === '9' && refOf(o) !== undefined) {
      // The language key leads to the same place in the other language: say so rather than "repeats".
      what = [
        'switches language (English ↔ Spanish): ',
        ...(refOf(o) === s.id ? ['this screen'] : describe(o, s, byId, 'es-US')),
      ];
    } else {
      what = describe(o, s, byId, 'en-US');
    }
    return [[{ strong: key === '*' ? '* (star)' : key === '#' ? '# (pound)' : key }], what];
  });
  return table(['Key', 'What it does'], rows);
}

function addedWords(o: Outcome): string {
  if (o.kind !== 'retry') return '';
  return o.added.map((l) => `"${l.spoken.text}"`).join(' ');
}

function retryText(o: Readonly<Record<Locale, Outcome>>): Text {
  const words = LOCALES.map((l) => `${LANGUAGE[l]}: ${addedWords(o[l]) || '(nothing new)'}`).join('; ');
  return [`the caller hears ${words}; then the choices again.`];
}

function phoneSectionBlocks(
  n: Numbered,
  byId: ReadonlyMap<string, Numbered>,
  inbound: ReadonlyMap<string, Text[]>,
): Block[] {
  const s = n.section;
  const blocks: Block[] = [heading(3, `${n.number} ${n.title}`, n.anchor)];
  const from = inbound.get(s.id) ?? [];
  if (from.length > 0) {
    const shown = from.slice(0, 6);
    const more = from.length - shown.length;
    blocks.push(
      para(
        'Reached from: ',
        ...shown.flatMap((t, i) => [...(i ? ['; '] : []), ...t]),
        more > 0 ? `; and ${more} more.` : '.',
      ),
    );
  }
  blocks.push(wordsTable(s.lines, s.rowNotes));
  const said = numbersSaid(LOCALES.flatMap((l) => s.lines[l].map((x) => x.spoken)));
  if (said.length > 0) blocks.push(para({ strong: 'Numbers said:' }, ' ', said.join('; '), '.'));
  if (s.kind === 'transfer' && s.dial) {
    const who = s.resourceId ? `${name(s.resourceId)}, ${displayPhone(s.dial.number as `+${string}`)}` : s.dial.number;
    const callerId =
      s.dial.callerId === 'line'
        ? "the help line's own number, not the caller's"
        : s.dial.callerId === 'caller'
          ? "the caller's own number"
          : s.dial.callerId;
    blocks.push(
      para(
        { strong: 'Where it goes:' },
        ' ',
        `dials ${s.dial.number} (${who}) and lets it ring for up to ${s.waitS} seconds. The service sees ${callerId} (TRANSFER_CALLER_ID).`,
      ),
    );
    blocks.push(
      list(
        s.dialEnds.map((d) => [
          {
            strong: d.statuses.includes('completed')
              ? `When the call connects (${d.statuses.join(', ')}) and later ends`
              : `When the transfer fails (${d.statuses.join(', ')})`,
          },
          ': ',
          ...describe(d.outcome['en-US'], s, byId, 'en-US'),
        ]),
      ),
    );
  }
  if (s.kind === 'ending') blocks.push(para('Then the line hangs up.'));
  const keys = keysTable(s, byId);
  if (keys) {
    blocks.push(para({ strong: 'Keys' }, ' (a key can be pressed at any moment, even while the line is speaking):'));
    blocks.push(keys);
  }
  const items: Text[] = [];
  if (s.wrongKey && s.wrongKeys.length > 0) {
    items.push([{ strong: `Any other key (${s.wrongKeys.join(' ')})` }, ': ', ...retryText(s.wrongKey)]);
  }
  if (s.unplaced) items.push([{ strong: 'Words the line cannot place' }, ': ', ...retryText(s.unplaced)]);
  s.silence.forEach((o, i) => {
    const when = `No key for ${s.waitS} seconds${i === 0 ? '' : `, ${i === 1 ? 'a second time' : 'a third time'}`}`;
    const en = o['en-US'];
    items.push([
      { strong: when },
      ': ',
      ...(en.kind === 'retry' ? retryText(o) : ['the line goes to ', ...describe(en, s, byId, 'en-US')]),
    ]);
  });
  if (items.length > 0) blocks.push(list(items));
  return blocks;
}

/** For each section, the sections that lead to it and how (keys, silence, a transfer's end), one entry per source. */
function inboundLinks(numbered: readonly Numbered[]): Map<string, Text[]> {
  const hows = new Map<string, Map<Numbered, string[]>>();
  const add = (to: string | undefined, from: Numbered, how: string): void => {
    if (!to || to === from.section.id) return;
    const bySource = hows.get(to) ?? new Map<Numbered, string[]>();
    const list = bySource.get(from) ?? [];
    if (!list.includes(how)) list.push(how);
    bySource.set(from, list);
    hows.set(to, bySource);
  };
  for (const n of numbered) {
    for (const k of n.section.keys) {
      if (k.key === '9') continue;
      for (const o of k.byFrom?.map((x) => x.outcome) ?? [k.outcome['en-US']]) add(refOf(o), n, `key ${k.key}`);
    }
    n.section.silence.forEach((o) => add(refOf(o['en-US']), n, 'no choice'));
    for (const d of n.section.dialEnds) add(refOf(d.outcome['en-US']), n, d.statuses.join(', '));
  }
  return new Map(
    [...hows].map(([to, bySource]) => [
      to,
      [...bySource].map(([from, how]) => [link(`${from.number} ${from.title}`, from.anchor), ` (${how.join(', ')})`]),
    ]),
  );
}

// ---- Alexa ----

function askLabel(ask: Ask): string {
  if (ask.type === 'LaunchRequest') return 'Opens the skill ("open community help line")';
  if (ask.type === 'Unhandled') return 'Something goes wrong inside the skill (the catch-all error answer)';
  const slot = ask.slot;
  const topicId = TOPIC_INTENTS.get(ask.intent);
  if (topicId) return `Asks, in their own words, about: ${renderDisplay(topicTitle('en-US', topicId))}`;
  const disclosure = DISCLOSURE_INTENTS.get(ask.intent);
  if (disclosure) return `Says what is happening or happened to them (${disclosure})`;
  switch (ask.intent) {
    case 'TopicIntent':
      return slot?.id
        ? `Asks about: ${renderDisplay(topicTitle('en-US', slot.id as never))}`
        : 'Asks about a topic the skill does not have';
    case 'ResourceIntent':
      return slot?.id ? `Asks for: ${name(slot.id as ResourceId)}` : 'Asks for a number the skill does not have';
    case 'EmergencyIntent':
      return 'Says they are in danger';
    case 'PersonIntent':
      return 'Asks to talk to a person';
    case 'SendNumbersIntent':
      return 'Asks to send the numbers to their phone';
    default:
      return `Says "${ask.intent
        .replace(/^AMAZON\.|Intent$/g, '')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()}"`;
  }
}

export function answerTitle(a: SkillAnswer): string {
  if (a.after.length === 0) return askLabel(a.ask);
  const first = a.after[0] as Ask;
  const yeses = a.after.length;
  if (
    first.type === 'IntentRequest' &&
    first.intent === 'TopicIntent' &&
    a.ask.type === 'IntentRequest' &&
    a.ask.intent === 'AMAZON.YesIntent'
  ) {
    return `${askLabel(first)}, then "yes" (part ${yeses + 1})`;
  }
  return `${askLabel(first)}, then: ${askLabel(a.ask).replace(/^Says /, '')}`;
}

function turnCells(t: SkillTurn): { says: Text; reprompt: Text; card: Text; then: Text; s: string; rs: string } {
  return {
    says: [t.speech.text],
    s: seconds(t.seconds),
    reprompt: [t.reprompt?.text ?? '(none: the session ends)'],
    rs: t.repromptSeconds === undefined ? '' : seconds(t.repromptSeconds),
    card: t.card ? [{ strong: t.card.title }, ': ', t.card.lines.join(' / ')] : [''],
    then: [
      t.endsSession
        ? 'The skill ends the session.'
        : 'Alexa listens; after the reprompt, if nothing is said, Alexa closes the skill.',
    ],
  };
}

function skillBlocks(answers: readonly SkillAnswer[], part: number): { toc: Text[]; blocks: Block[] } {
  const toc: Text[] = [];
  const blocks: Block[] = [];
  answers.forEach((a, i) => {
    const title = `${part}.${i + 1} ${answerTitle(a)}`;
    const anchor = anchorOf(title);
    toc.push([link(title, anchor)]);
    const c = Object.fromEntries(LOCALES.map((l) => [l, turnCells(a.turns[l])])) as Record<
      Locale,
      ReturnType<typeof turnCells>
    >;
    const e = c['en-US'];
    const s = c['es-US'];
    const rows: Text[][] = [
      [['Says'], e.says, [e.s], s.says, [s.s]],
      [['If nothing is said (reprompt)'], e.reprompt, [e.rs], s.reprompt, [s.rs]],
    ];
    if (a.turns['en-US'].card || a.turns['es-US'].card)
      rows.push([['Card in the Alexa app'], e.card, [''], s.card, ['']]);
    blocks.push(
      heading(3, title, anchor),
      table(['', LANGUAGE['en-US'], SECONDS['en-US'], LANGUAGE['es-US'], SECONDS['es-US']], rows),
    );
    const said = numbersSaid(
      LOCALES.flatMap((l) => [a.turns[l].speech, ...(a.turns[l].reprompt ? [a.turns[l].reprompt as Spoken] : [])]),
    );
    if (said.length > 0) blocks.push(para({ strong: 'Numbers said:' }, ' ', `${said.join('; ')}.`));
    blocks.push(para(...e.then));
  });
  return { toc, blocks };
}

// ---- The whole script ----

export interface ScriptMeta {
  /** e.g. "1 December 2026" */
  readonly date: string;
}

export function callScriptBlocks(phone: PhoneScript, skill: readonly SkillAnswer[], meta: ScriptMeta): Block[] {
  const numbered = numberPhone(phone, 1);
  const byId = new Map(numbered.map((n) => [n.section.id, n]));
  const inbound = inboundLinks(numbered);
  const alexa = skillBlocks(skill, 2);
  const parts: readonly { title: string; kinds: readonly string[] }[] = [
    { title: 'The opening, the menus and the topics', kinds: ['opening', 'menu', 'topic', 'resources'] },
    { title: 'What callers say that no key reaches: danger and disclosures', kinds: ['danger', 'disclosure'] },
    { title: 'Transfers, and services outside their hours', kinds: ['closed', 'transfer'] },
    { title: 'When a transfer does not connect', kinds: ['dialFailed', 'text', 'services'] },
    { title: 'How a call ends', kinds: ['ending'] },
  ];
  const phoneToc: Text[] = [];
  const phoneBody: Block[] = [];
  for (const p of parts) {
    const members = numbered.filter((n) => p.kinds.includes(n.section.kind));
    if (members.length === 0) continue;
    phoneToc.push([{ strong: p.title }]);
    phoneBody.push(para({ strong: p.title }));
    for (const n of members) {
      phoneToc.push([link(`${n.number} ${n.title}`, n.anchor)]);
      phoneBody.push(...phoneSectionBlocks(n, byId, inbound));
    }
  }
  const rate = LOCALES.map((l) => `${LANGUAGE[l]} ${WORDS_PER_MINUTE[l]} words a minute`).join(', ');
  return [
    heading(1, 'Westmont community help line: the call script', 'call-script'),
    para(
      `Generated on ${meta.date} from the line's own code and content (content/). Every word below is what the phone line and the Alexa skill say today, in English and Spanish. It covers ${numbered.length} phone screens, transfers and endings and ${skill.length} Alexa answers.`,
    ),
    heading(2, 'How to read this', 'how-to-read-this'),
    list([
      [
        "Each row of a table is one prompt. English and Spanish stand side by side; a prompt in the other language's voice (the offer to switch language) says so.",
      ],
      [
        'Numbers are written as the voice reads them: 1, 8 8 8, 3 7 3, 7 8 8 8 means "one, eight eight eight, three seven three, seven eight eight eight", with a short pause at each comma. Under each table, "Numbers said" gives them as written on paper.',
      ],
      [
        `Seconds are an estimate: the words (each digit counts as one) at ${rate}, plus the short pauses inside numbers. For measured times, run npm run preview (it reads each screen with a speech synthesiser).`,
      ],
      [
        'On the phone, callers can press a key at any moment, even while the line is speaking. They can also say what they want in their own words; this script lists the keys, and the screens only words reach (danger, what is happening to the caller, a service asked for by name).',
      ],
      [
        'The phone line is walked as if it were 3 in the morning on a Sunday in Los Angeles, so the services that keep office hours are closed: their keys lead to a "closed" screen, which offers a 24-hour alternative or to ring them anyway. In their opening hours the same keys ring them directly.',
      ],
      [
        'To change a sentence, see "Before you go live" in the README: the words live in content/locales/en-US.json and es-US.json.',
      ],
    ]),
    heading(2, 'Contents', 'contents'),
    list([
      [link('1 The phone line', anchorOf('1 The phone line'))],
      ...phoneToc,
      [link('2 The Alexa skill', anchorOf('2 The Alexa skill'))],
      ...alexa.toc,
    ]),
    heading(2, '1 The phone line', anchorOf('1 The phone line')),
    ...phoneBody,
    heading(2, '2 The Alexa skill', anchorOf('2 The Alexa skill')),
    para(
      'The skill cannot place calls: it says numbers and, only when asked, sends them to the Alexa app. Each answer below shows what the person asked, what Alexa says, what it says again if nothing is said (the reprompt), and any card sent to the Alexa app.',
    ),
    ...alexa.blocks,
  ];
}
