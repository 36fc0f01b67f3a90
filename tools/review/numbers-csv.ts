// numbers-to-verify.csv: one row per number in the registry (a text code gets its own row), for the person who calls
// every number before the line goes live: unconfirmed numbers first, then the oldest check first; how each is dialled
// and spoken, hours, source, how it was checked, and every screen and answer that uses it.

import {
  RESOURCE_IDS,
  RESOURCES,
  displayPhone,
  renderDisplay,
  resourceName,
  resourceShortName,
  type Locale,
  type Prompt,
  type Resource,
  type ResourceId,
  type Verification,
} from '../../content/index.js';
import { byUrgency } from '../../content/check.js';
import type { Line } from './phone-script.js';
import { REGISTRY_NUMBERS, spokenPrompt } from './spoken.js';

export const CSV_COLUMNS = [
  'id',
  'name_en',
  'name_es',
  'number_dialled',
  'number_spoken',
  'hours',
  'source',
  'level',
  'checked',
  'evidence',
  'used_by',
] as const;

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; lines end with CRLF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** A prompt as the phone voice says it, through the phone line's own Say renderer. */
const phoneSays = (p: Prompt): string => spokenPrompt(p).text;

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** ISO weekdays as runs: [1,2,3,4,5,7] -> "Mon-Fri, Sun". */
function dayRuns(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs.at(-1);
    if (last && d === (last.at(-1) as number) + 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length > 2 ? `${DAYS[r[0] as number]}-${DAYS[r.at(-1) as number]}` : r.map((d) => DAYS[d]).join(', '),
    )
    .join(', ');
}

export function hoursText(r: Resource): string {
  const after = r.afterHours
    ? `; when closed or unconfirmed, the line offers ${renderDisplay(resourceName('en-US', r.afterHours))}`
    : '';
  if (r.hours === '24/7') return `24 hours, 7 days${after}`;
  if (r.hours) return `${dayRuns(r.hours.days)} ${r.hours.open}-${r.hours.close} (Los Angeles time)${after}`;
  return `not given by a source${after}`;
}

/** One place a number or service appears: its section title, and what it says and dials. */
export interface Use {
  readonly title: string;
  readonly lines:
    readonly Line[] | readonly { readonly spoken: { readonly text: string; readonly numbers: readonly string[] } }[];
  readonly dialled?: string;
}

const names = (id: ResourceId): string[] =>
  (['en-US', 'es-US'] as Locale[]).flatMap((l) =>
    [resourceName(l, id), resourceShortName(l, id)].map((p) => renderDisplay(p).toLowerCase()),
  );

/** True when this place says the resource's number, short code, website or name, or dials it. */
function uses(id: ResourceId, use: Use): boolean {
  const r = RESOURCES[id];
  if (use.dialled !== undefined && use.dialled === r.phone) return true;
  const said = use.lines.flatMap((l) => l.spoken.numbers);
  if (said.some((n) => REGISTRY_NUMBERS.get(n)?.id === id)) return true;
  const text = use.lines.map((l) => l.spoken.text.toLowerCase()).join(' ');
  if (r.phone && text.includes(displayPhone(r.phone).toLowerCase())) return true;
  if (r.website && text.includes(r.website.toLowerCase())) return true;
  return names(id).some((n) => n.length > 3 && text.includes(n));
}

/** What a check rests on: who called, the page read, or where it was looked for. */
function evidence(v: Verification): string {
  const note = v.note ? ` (${v.note})` : '';
  if (v.level === 'called') return `called by ${v.by}${note}`;
  if (v.level === 'published') return `"${v.title}", ${v.url}${note}`;
  return v.note;
}

interface Row {
  readonly id: string;
  readonly resource: Resource;
  readonly dialled: string;
  readonly spoken: string;
  readonly verification: Verification;
}

/** A resource's rows: its phone, dial code or website with its verification, and its text code with its own. */
function rowsOf(r: Resource): Row[] {
  const spoken = (digits: Prompt): string => phoneSays(digits);
  const main: Row = {
    id: r.id,
    resource: r,
    dialled: [r.phone, r.dialCode, r.website].filter((x): x is string => Boolean(x)).join('; '),
    spoken: [
      r.phone ? spoken([{ kind: 'phone', e164: r.phone }]) : undefined,
      r.dialCode ? spoken([{ kind: 'digits', digits: r.dialCode }]) : undefined,
    ]
      .filter((x): x is string => Boolean(x))
      .join('; '),
    verification: r.verification,
  };
  if (!r.sms) return [main];
  const text: Row = {
    id: `${r.id} (text)`,
    resource: r,
    dialled: `text ${r.sms.keyword} to ${r.sms.shortCode}`,
    spoken: spoken([{ kind: 'digits', digits: r.sms.shortCode }]),
    verification: r.sms.verification,
  };
  return [main, text];
}

export function numbersCsv(places: readonly Use[]): string {
  const rows = RESOURCE_IDS.flatMap((id) => rowsOf(RESOURCES[id]))
    .sort((a, b) => byUrgency(a.verification, b.verification))
    .map((row) => [
      row.id,
      renderDisplay(resourceName('en-US', row.resource.id)),
      renderDisplay(resourceName('es-US', row.resource.id)),
      row.dialled,
      row.spoken,
      hoursText(row.resource),
      row.resource.source,
      row.verification.level,
      row.verification.date,
      evidence(row.verification),
      places
        .filter((p) => uses(row.resource.id, p))
        .map((p) => p.title)
        .join('; '),
    ]);
  return [CSV_COLUMNS, ...rows].map(csvLine).join('');
}
