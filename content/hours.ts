// Whether a service answers at a given moment: its registry hours read in Los Angeles time. Pure; the caller gives the clock.

import type { Resource, WeeklyHours } from './types.js';

/** "HH:MM" on a 24-hour clock; "24:00" only as a closing time. */
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MINUTES = 24 * 60;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

// Built on first use, then kept: creating this formatter loads the time-zone data, which would otherwise add
// tens of milliseconds to every cold start, even of calls that never reach an office line.
let losAngeles: Intl.DateTimeFormat | undefined;
const losAngelesFormat = (): Intl.DateTimeFormat =>
  (losAngeles ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }));

/** Minutes after midnight for "HH:MM" ("24:00" too when `closing`), or undefined when it is not such a time. */
export function minutesOf(time: string, closing = false): number | undefined {
  if (closing && time === '24:00') return DAY_MINUTES;
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The ISO weekday (1 = Monday) and minute of the day in Los Angeles at `at`, daylight saving included. */
export function losAngelesTime(at: Date): { readonly day: number; readonly minute: number } {
  const parts = Object.fromEntries(
    losAngelesFormat()
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = WEEKDAYS.indexOf(parts.weekday as (typeof WEEKDAYS)[number]) + 1;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

function openWeekly(hours: WeeklyHours, at: Date): boolean {
  const open = minutesOf(hours.open);
  const close = minutesOf(hours.close, true);
  // Malformed hours are a content-check error; until fixed, ring as if open (what the line did before hours existed).
  if (open === undefined || close === undefined) return true;
  const { day, minute } = losAngelesTime(at);
  const days = hours.days as readonly number[];
  if (close > open) return days.includes(day) && minute >= open && minute < close;
  // Closes after midnight (or at the same time next day): open from `open` on a listed day into the next morning.
  const yesterday = day === 1 ? 7 : day - 1;
  return (days.includes(day) && minute >= open) || (days.includes(yesterday) && minute < close);
}

/** True when the service answers at `at`. A service with no hours in the registry counts as open. */
export function isOpenAt(resource: Pick<Resource, 'hours'>, at: Date): boolean {
  const { hours } = resource;
  if (hours === undefined || hours === '24/7') return true;
  return openWeekly(hours, at);
}
