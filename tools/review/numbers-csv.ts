// numbers-to-verify.csv: one row per registry entry, for the person who calls every number before the line goes
// live: how it is dialled and spoken, hours, source, verification, and every screen and answer that uses it.

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
} from '../../content/index.js';
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
  'last_verified',
  'status',
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
    ? `; when closed, the line offers ${renderDisplay(resourceName('en-US', r.afterHours))}`
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
export function uses(id: ResourceId, use: Use): boolean {
  const r = RESOURCES[id];
  if (use.dialled !== undefined && use.dialled === r.phone) return true;
  const said = use.lines.flatMap((l) => l.spoken.numbers);
  if (said.some((n) => REGISTRY_NUMBERS.get(n)?.id === id)) return true;
  const text = use.lines.map((l) => l.spoken.text.toLowerCase()).join(' ');
  if (r.phone && text.includes(displayPhone(r.phone).toLowerCase())) return true;
  if (r.website && text.includes(r.website.toLowerCase())) return true;
  return names(id).some((n) => n.length > 3 && text.includes(n));
}

export function numbersCsv(places: readonly Use[]): string {
  const rows = RESOURCE_IDS.map((id) => {
    const r = RESOURCES[id];
    const dialled = [
      r.phone,
      r.dialCode,
      r.sms ? `text ${r.sms.keywords.join(' or ')} to ${r.sms.shortCode}` : undefined,
      r.website,
    ]
      .filter((x): x is string => Boolean(x))
      .join('; ');
    const spoken = [
      r.phone ? phoneSays([{ kind: 'phone', e164: r.phone }]) : undefined,
      r.dialCode ? phoneSays([{ kind: 'digits', digits: r.dialCode }]) : undefined,
      r.sms ? phoneSays([{ kind: 'digits', digits: r.sms.shortCode }]) : undefined,
    ]
      .filter((x): x is string => Boolean(x))
      .join('; ');
    const status = r.verification.status === 'called' ? 'called' : 'to verify';
    return [
      id,
      renderDisplay(resourceName('en-US', id)),
      renderDisplay(resourceName('es-US', id)),
      dialled,
      spoken,
      hoursText(r),
      r.source,
      r.lastVerified,
      r.verification.note ? `${status}: ${r.verification.note}` : status,
      places
        .filter((p) => uses(id, p))
        .map((p) => p.title)
        .join('; '),
    ];
  });
  return [CSV_COLUMNS, ...rows].map(csvLine).join('');
}
