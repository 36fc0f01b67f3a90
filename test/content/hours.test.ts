// Opening hours read in Los Angeles time, with a clock the test gives (never the wall clock).

import { describe, expect, it } from 'vitest';
import { isOpenAt, losAngelesTime, minutesOf } from '../../content/hours.js';
import type { WeeklyHours } from '../../content/types.js';

const office: WeeklyHours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' };
const nights: WeeklyHours = { days: [5, 6], open: '20:00', close: '02:00' };

describe('losAngelesTime', () => {
  it.each([
    // Winter (UTC-8) and summer (UTC-7) time.
    ['2026-12-02T18:30:00Z', 3, 10 * 60 + 30],
    ['2026-07-01T16:00:00Z', 3, 9 * 60],
    // Just after midnight on Monday in Los Angeles is still Monday morning in UTC.
    ['2026-12-07T08:05:00Z', 1, 5],
    // Sunday evening in Los Angeles is already Monday in UTC.
    ['2026-12-07T03:00:00Z', 7, 19 * 60],
  ])('when it is %s, then Los Angeles is on ISO weekday %i at minute %i', (iso, day, minute) => {
    expect(losAngelesTime(new Date(iso))).toEqual({ day, minute });
  });
});

describe('isOpenAt', () => {
  it.each([
    ['2026-12-02T17:00:00Z', true], // Wednesday 9:00, opening time
    ['2026-12-03T00:59:00Z', true], // Wednesday 16:59
    ['2026-12-03T01:00:00Z', false], // Wednesday 17:00, closing time
    ['2026-12-02T16:59:00Z', false], // Wednesday 8:59
    ['2026-12-05T19:00:00Z', false], // Saturday 11:00
    ['2026-07-01T16:00:00Z', true], // Wednesday 9:00 in summer time (UTC-7)
    ['2026-07-01T15:59:00Z', false], // Wednesday 8:59 in summer time
  ])('when an office open Monday to Friday 9 to 5 is asked at %s, then open is %s', (iso, open) => {
    expect(isOpenAt({ hours: office }, new Date(iso))).toBe(open);
  });

  it.each([
    ['2026-12-05T05:00:00Z', true], // Friday 21:00
    ['2026-12-05T09:30:00Z', true], // Saturday 1:30, still Friday night's hours
    ['2026-12-06T09:30:00Z', true], // Sunday 1:30, Saturday night's hours
    ['2026-12-06T10:00:00Z', false], // Sunday 2:00, closing time
    ['2026-12-07T05:00:00Z', false], // Sunday 21:00, not a listed day
    ['2026-12-04T09:30:00Z', false], // Friday 1:30: Thursday night is not listed
  ])('when hours run past midnight (Fri and Sat 20:00 to 2:00) and it is %s, then open is %s', (iso, open) => {
    expect(isOpenAt({ hours: nights }, new Date(iso))).toBe(open);
  });

  it('when a service closes at 24:00 on Sunday, then it is open at 23:59 and closed on Monday at 0:00', () => {
    const sunday: WeeklyHours = { days: [7], open: '12:00', close: '24:00' };
    expect(isOpenAt({ hours: sunday }, new Date('2026-12-07T07:59:00Z'))).toBe(true);
    expect(isOpenAt({ hours: sunday }, new Date('2026-12-07T08:00:00Z'))).toBe(false);
  });

  it('when a service is 24/7 or has no hours in the registry, then it is open at any time', () => {
    const night = new Date('2026-12-06T11:00:00Z');
    expect(isOpenAt({ hours: '24/7' }, night)).toBe(true);
    expect(isOpenAt({}, night)).toBe(true);
  });

  it('when hours are malformed (the content check reports them), then the line rings as before hours existed', () => {
    expect(isOpenAt({ hours: { days: [1], open: '9am', close: '17:00' } }, new Date('2026-12-06T11:00:00Z'))).toBe(
      true,
    );
  });
});

describe('minutesOf', () => {
  it.each([
    ['00:00', false, 0],
    ['23:59', false, 1439],
    ['24:00', true, 1440],
    ['24:00', false, undefined],
    ['9:00', false, undefined],
    ['12:60', false, undefined],
  ] as const)('when "%s" is read (closing: %s), then it is minute %s', (time, closing, minutes) => {
    expect(minutesOf(time, closing)).toBe(minutes);
  });
});
