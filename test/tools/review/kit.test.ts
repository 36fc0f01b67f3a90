// The review kit over the real line and skill: built once, then checked against an independent whole-tree walk
// (keys and speech, through the phone core in this process with real signatures), every answer of the skill, the
// registry, the menus and the README.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_KEYS, LOCALES, MENUS, MENU_IDS, RESOURCE_IDS, TOPIC_IDS, type Locale } from '../../../content/index.js';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS } from '../../../lambda/intents.js';
import { CSV_COLUMNS } from '../../../tools/review/numbers-csv.js';
import { screenKey } from '../../../tools/review/phone-script.js';
import { walkPhoneTree, type WalkVisit } from '../../support/phone-walk.js';
import { buildKit, main, type Kit } from '../../../tools/review/script-cli.js';
import { conversations } from '../../../tools/review/skill-script.js';
import { spokenSay } from '../../../tools/review/spoken.js';
import { callParams, findAll, inProcessLine } from '../../ivr/helpers.js';

/** Speech that reaches screens in ways keys do not (the emergency notice first, a wrong phrase). */
const SPEECH: Record<Locale, string[]> = { 'en-US': ['emergency', 'sheriff'], 'es-US': ['emergencia', 'policía'] };

let kit: Kit;
let walked: WalkVisit[] = [];

beforeAll(async () => {
  kit = await buildKit(new Date('2026-12-01T12:00:00Z'));
  // A weekday morning, when office-hours services are open: the kit itself walks the line at night.
  const line = inProcessLine({}, undefined, () => new Date('2026-12-02T19:00:00Z'));
  const base = callParams();
  const result = await walkPhoneTree({
    send: (r) => line(r.path, { ...base, ...r.extra }),
    speech: SPEECH,
    retrySpeech: 'zzz',
  });
  walked = [...result.visits.values()];
}, 300_000);

const md = (): string => kit.files['call-script.md'] as string;
const html = (): string => kit.files['call-script.html'] as string;
const headings = (): string[] => [...md().matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1] as string);

/** A minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else if (c === '"' || c === '\n' || c === '\r') throw new Error(`stray ${JSON.stringify(c)} at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line does not end with CRLF');
  return rows;
}

describe('the call script', () => {
  it('when the whole tree is walked with keys and speech, then every screen, transfer and ending it reaches has its section', () => {
    const sectionTitles = new Map(headings().map((h) => [h.replace(/^[\d.]+ /, ''), h] as const));
    const missing: string[] = [];
    const withoutFrom = (key: string): string => key.replace(/([?&])from=[^&]*&?/, '$1').replace(/[?&]$/, '');
    const withFrom = new Set([...kit.phone.sectionOf.keys()].map(withoutFrom));
    /** Each sentence said, with the first request that said it: most are said on many screens. */
    const said = new Map<string, string>();
    let screens = 0;
    for (const visit of walked) {
      const gather = visit.doc.children.find((c) => c.name === 'Gather');
      const number = findAll(visit.doc, 'Number')[0]?.children[0]?.text;
      if (gather?.attrs.action) {
        screens++;
        // A screen reached from another menu only by speech ("sheriff" on any menu) is the section the kit has for
        // it from the menu it walked: only its back key differs.
        const key = screenKey(gather.attrs.action);
        if (!kit.phone.sectionOf.has(key) && !withFrom.has(withoutFrom(key)))
          missing.push(`screen ${gather.attrs.action}`);
      } else if (number) {
        if (!kit.phone.sections.some((s) => s.dial?.number === number)) missing.push(`transfer to ${number}`);
      }
      // Whatever the answer, every word of it is in the script, in its language's column.
      for (const say of findAll(visit.doc, 'Say')) {
        const text = spokenSay(say).text;
        if (!said.has(text)) said.set(text, visit.request.path);
      }
    }
    for (const [text, path] of said) {
      if (!md().includes(text.replace(/\|/g, '\\|'))) missing.push(`"${text}" (${path})`);
    }
    expect(screens).toBeGreaterThan(300);
    expect(sectionTitles.size).toBeGreaterThan(kit.phone.sections.length);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('when the skill is asked everything it handles, then every intent, topic part and organisation has an answer in both languages', () => {
    const asked = conversations().flatMap((c) => c.asks);
    const intents = new Set(asked.map((a) => (a.type === 'IntentRequest' ? a.intent : a.type)));
    for (const intent of [...CUSTOM_INTENTS, ...BUILT_IN_INTENTS]) expect(intents, intent).toContain(intent);
    expect(intents).toContain('LaunchRequest');
    const slots = new Set(asked.flatMap((a) => (a.type === 'IntentRequest' && a.slot?.id ? [a.slot.id] : [])));
    for (const id of [...TOPIC_IDS, ...RESOURCE_IDS]) expect(slots, id).toContain(id);
    for (const answer of kit.skill) {
      for (const locale of LOCALES) {
        const text = answer.turns[locale].speech.text;
        expect(text, `${answer.id} ${locale}`).not.toBe('');
        expect(md(), `${answer.id} ${locale}`).toContain(text.replace(/\|/g, '\\|'));
      }
    }
  });

  it('when the script is read, then numbers are written as spoken and no raw content token or variable is left', () => {
    for (const [name, text] of Object.entries(kit.files)) {
      expect(text, name).not.toMatch(/\{(?:number|sms|name|purpose|web|pause)\b|\{\{|\}\}/);
    }
    expect(md()).toContain('1, 8 8 8, 3 7 3, 7 8 8 8');
    expect(md()).toContain('1-888-373-7888: the National Human Trafficking Hotline');
  });

  it('when the script is read, then it has a table of contents linking every section, and the HTML loads nothing from outside', () => {
    const links = new Set([...md().matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]));
    const anchors = new Set([...html().matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    for (const link of links) expect(anchors, link).toContain(link);
    expect(headings()).toContain('Contents');
    expect(html()).not.toMatch(/<(script|link|img|iframe)\b|src=|@import|url\(/i);
    expect(html()).toMatch(/^<!doctype html>/);
  });
});

describe('numbers-to-verify.csv', () => {
  it('when parsed as RFC 4180, then it has the agreed columns and one row per registry entry, with where each is used', () => {
    const [head, ...rows] = parseCsv(kit.files['numbers-to-verify.csv'] as string);
    expect(head).toEqual([...CSV_COLUMNS]);
    const ids = rows.map((r) => r[0]);
    expect(new Set(ids.map((id) => id?.replace(/ \(text\)$/, '')))).toEqual(new Set(RESOURCE_IDS));
    for (const row of rows) expect(row, row[0]).toHaveLength(CSV_COLUMNS.length);
    const rowOf = (id: string) =>
      Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id)?.[i]]));
    // Unconfirmed numbers first, for the person calling them to confirm.
    const levels = rows.map((r) => r[CSV_COLUMNS.indexOf('level')]);
    expect(levels.lastIndexOf('unconfirmed')).toBeLessThan(levels.indexOf('published'));
    expect(rowOf('traffickingHotline (text)')).toMatchObject({
      number_dialled: 'text HELP to 233733',
      number_spoken: '2 3 3, 7 3 3',
      level: 'unconfirmed',
    });
    const hotline = rowOf('traffickingHotline');
    expect(hotline).toMatchObject({
      number_dialled: '+18883737888',
      number_spoken: '1, 8 8 8, 3 7 3, 7 8 8 8',
      level: 'published',
      checked: '2026-12-07',
    });
    expect(hotline.evidence).toContain('https://humantraffickinghotline.org/about-us/what-we-do');
    expect(hotline.used_by).toContain('1.1 The opening');
    expect(hotline.used_by).toMatch(/Transfer to the National Human Trafficking Hotline/);
  });
});

describe('the call flow', () => {
  it('when drawn from content/menus.ts, then it names every menu, every key of every menu, and the keys of every screen', () => {
    const mmd = kit.files['call-flow.mmd'] as string;
    expect(mmd.startsWith('flowchart')).toBe(true);
    for (const id of MENU_IDS) {
      expect(mmd, id).toMatch(new RegExp(`^  menu_${id}\\["`, 'm'));
      for (const choice of MENUS[id].choices)
        expect(mmd, `${id} ${choice.key}`).toContain(`menu_${id} -->|"${choice.key}"|`);
    }
    for (const key of Object.values(GLOBAL_KEYS)) expect(mmd, key).toContain(`["${key}: `);
  });
});

describe('npm run script', () => {
  it('when run with --out, then it writes the four files there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'review-kit-'));
    try {
      const code = await main(['--out', 'kit'], { cwd: dir, build: async () => kit });
      expect(code).toBe(0);
      for (const [name, text] of Object.entries(kit.files))
        expect(await readFile(join(dir, 'kit', name), 'utf8')).toBe(text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('when given an unknown option, then it says so and exits 2 without building anything', async () => {
    const code = await main(['--outt', 'x'], { build: () => Promise.reject(new Error('must not build')) });
    expect(code).toBe(2);
  });
});
