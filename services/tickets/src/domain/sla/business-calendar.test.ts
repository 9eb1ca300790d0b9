import { describe, expect, it } from 'vitest';
import {
  ALWAYS_OPEN,
  addBusinessMillis,
  type BusinessCalendar,
  businessMillisBetween,
  type WeeklyHours,
} from './business-calendar.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
type Hours = WeeklyHours[0];
const weekdays = (hours: Hours): WeeklyHours => ({
  0: [],
  1: hours,
  2: hours,
  3: hours,
  4: hours,
  5: hours,
  6: [],
});
const everyDay = (hours: Hours): WeeklyHours => ({
  0: hours,
  1: hours,
  2: hours,
  3: hours,
  4: hours,
  5: hours,
  6: hours,
});
const sundaysOnly = (hours: Hours): WeeklyHours => ({ 0: hours, 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] });
const nineToFive = [{ start: '09:00', end: '17:00' }];
const allDay = [{ start: '00:00', end: '24:00' }];

// Instants are written with the local offset in force, so each reads as the wall clock.
const at = (iso: string) => new Date(iso);
const between = (c: BusinessCalendar, from: string, to: string) => businessMillisBetween(c, at(from), at(to));
const add = (c: BusinessCalendar, from: string, millis: number) => addBusinessMillis(c, at(from), millis);

const berlinOffice: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  weekly: weekdays(nineToFive),
  holidays: ['2026-04-03', '2026-04-06'], // Good Friday, Easter Monday
};

describe('business time in a Berlin office open 9-17 Monday to Friday', () => {
  it('a ticket created Friday 16:00 with a 4-hour target in business hours 9-17 Mon-Fri is due Monday 12:00', () => {
    expect(add(berlinOffice, '2026-01-16T16:00+01:00', 4 * HOUR)).toEqual(at('2026-01-19T12:00+01:00'));
    expect(between(berlinOffice, '2026-01-16T16:00+01:00', '2026-01-19T12:00+01:00')).toBe(4 * HOUR);
  });

  it('counts nothing over a weekend', () =>
    expect(between(berlinOffice, '2026-01-17T10:00+01:00', '2026-01-18T18:00+01:00')).toBe(0));

  it('starts counting at opening time when a ticket arrives early in the morning', () =>
    expect(add(berlinOffice, '2026-01-14T07:00+01:00', HOUR)).toEqual(at('2026-01-14T10:00+01:00')));

  it('puts a deadline that uses up the day exactly at closing time, not at the next opening', () =>
    expect(add(berlinOffice, '2026-01-16T15:00+01:00', 2 * HOUR)).toEqual(at('2026-01-16T17:00+01:00')));

  it('skips the Easter holidays: Thursday 16:00 plus 4 hours is Tuesday 12:00', () =>
    expect(add(berlinOffice, '2026-04-02T16:00+02:00', 4 * HOUR)).toEqual(at('2026-04-07T12:00+02:00')));

  it('keeps 12:00 local across the spring switch (2026-03-29): Friday 16:00 + 4 h is Monday 12:00 CEST', () => {
    expect(add(berlinOffice, '2026-03-27T16:00+01:00', 4 * HOUR)).toEqual(at('2026-03-30T12:00+02:00'));
    expect(between(berlinOffice, '2026-03-27T16:00+01:00', '2026-03-30T12:00+02:00')).toBe(4 * HOUR);
  });

  it('keeps 12:00 local across the autumn switch (2026-10-25): Friday 16:00 + 4 h is Monday 12:00 CET', () =>
    expect(add(berlinOffice, '2026-10-23T16:00+02:00', 4 * HOUR)).toEqual(at('2026-10-26T12:00+01:00')));

  it('returns 0 for an empty or backwards range', () => {
    expect(between(berlinOffice, '2026-01-14T10:00+01:00', '2026-01-14T10:00+01:00')).toBe(0);
    expect(between(berlinOffice, '2026-01-14T12:00+01:00', '2026-01-14T10:00+01:00')).toBe(0);
  });
});

describe('a lunch break', () => {
  const lunchBreak: BusinessCalendar = {
    timeZone: 'Europe/Berlin',
    weekly: weekdays([
      { start: '09:00', end: '12:30' },
      { start: '13:30', end: '17:00' },
    ]),
    holidays: [],
  };
  it('is not counted', () =>
    expect(between(lunchBreak, '2026-01-14T12:00+01:00', '2026-01-14T14:00+01:00')).toBe(HOUR));
  it('pushes a deadline past it: 11:30 plus 2 hours is 14:30', () =>
    expect(add(lunchBreak, '2026-01-14T11:30+01:00', 2 * HOUR)).toEqual(at('2026-01-14T14:30+01:00')));
});

describe('a New York night desk open 20:00-04:00 every day', () => {
  const nightDesk: BusinessCalendar = {
    timeZone: 'America/New_York',
    weekly: everyDay([
      { start: '00:00', end: '04:00' },
      { start: '20:00', end: '24:00' },
    ]),
    holidays: [],
  };
  it('counts straight through midnight', () =>
    expect(between(nightDesk, '2026-01-14T22:00-05:00', '2026-01-15T02:00-05:00')).toBe(4 * HOUR));
  it('puts 23:00 plus 2 hours at 01:00 the next day', () =>
    expect(add(nightDesk, '2026-01-14T23:00-05:00', 2 * HOUR)).toEqual(at('2026-01-15T01:00-05:00')));
  it('carries a deadline over the closed daytime: 03:00 plus 2 hours is 21:00', () =>
    expect(add(nightDesk, '2026-01-15T03:00-05:00', 2 * HOUR)).toEqual(at('2026-01-15T21:00-05:00')));
});

describe('days whose length changes with daylight saving time', () => {
  const sundays = (timeZone: string, hours: Hours): BusinessCalendar => ({
    timeZone,
    weekly: sundaysOnly(hours),
    holidays: [],
  });

  it('a whole Sunday lasts 23 hours on the spring switch and 25 on the autumn one in Berlin', () => {
    const c = sundays('Europe/Berlin', allDay);
    expect(between(c, '2026-03-28T12:00+01:00', '2026-03-30T12:00+02:00')).toBe(23 * HOUR);
    expect(between(c, '2026-10-24T12:00+02:00', '2026-10-26T12:00+01:00')).toBe(25 * HOUR);
  });

  it('a whole Sunday lasts 23 hours on 2026-03-08 and 25 on 2026-11-01 in New York', () => {
    const c = sundays('America/New_York', allDay);
    expect(between(c, '2026-03-07T12:00-05:00', '2026-03-09T12:00-04:00')).toBe(23 * HOUR);
    expect(between(c, '2026-10-31T12:00-04:00', '2026-11-02T12:00-05:00')).toBe(25 * HOUR);
  });

  it('counts the repeated hour 01:00-02:00 twice when New York falls back', () => {
    const c = sundays('America/New_York', [{ start: '01:00', end: '03:00' }]);
    expect(between(c, '2026-10-31T12:00-04:00', '2026-11-02T12:00-05:00')).toBe(3 * HOUR);
    // 60 min of the first 01:00-02:00 (EDT), then 30 min into the second one (EST).
    expect(add(c, '2026-10-31T12:00-04:00', 90 * MINUTE)).toEqual(at('2026-11-01T01:30-05:00'));
  });

  it('does not count the skipped hour 02:00-03:00 when New York springs forward', () => {
    const c = sundays('America/New_York', [{ start: '01:00', end: '03:00' }]);
    expect(between(c, '2026-03-07T12:00-05:00', '2026-03-09T12:00-04:00')).toBe(HOUR);
    // Only one hour is open that Sunday, so the last 30 minutes fall on the next Sunday.
    expect(add(c, '2026-03-07T12:00-05:00', 90 * MINUTE)).toEqual(at('2026-03-15T01:30-04:00'));
  });
});

describe('round-the-clock calendars', () => {
  it('ALWAYS_OPEN is plain elapsed time', () => {
    expect(between(ALWAYS_OPEN, '2026-03-28T12:00Z', '2026-03-30T12:00Z')).toBe(48 * HOUR);
    expect(add(ALWAYS_OPEN, '2026-03-28T12:00:00.123Z', 7)).toEqual(at('2026-03-28T12:00:00.130Z'));
  });

  it('ALWAYS_OPEN short-circuits instead of searching, so even a 5-year target has a deadline', () =>
    expect(add(ALWAYS_OPEN, '2026-01-01T00:00Z', 5 * 365 * 24 * HOUR)).toEqual(at('2030-12-31T00:00Z')));

  it('a Berlin calendar open all day every day is elapsed time too, even on the 23-hour day', () => {
    const c: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: everyDay(allDay), holidays: [] };
    expect(between(c, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00')).toBe(23 * HOUR);
  });
});

describe('calendars that cannot produce a deadline', () => {
  const shut: BusinessCalendar = { timeZone: 'Europe/Berlin', weekly: weekdays([]), holidays: [] };

  it('refuses a calendar with no opening hours at all', () => {
    expect(() => add(shut, '2026-01-14T10:00Z', HOUR)).toThrow(/no opening hours/);
    expect(between(shut, '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toBe(0);
  });

  it('gives up after three years rather than searching forever', () => {
    const mondays = Array.from({ length: 200 }, (_, week) =>
      new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10),
    );
    const everyMondayOff = { ...berlinOffice, weekly: { ...weekdays([]), 1: nineToFive }, holidays: mondays };
    expect(() => add(everyMondayOff, '2026-01-01T00:00Z', HOUR)).toThrow(/3 years/);
  });

  it('refuses an invalid calendar with its problems spelled out', () =>
    expect(() => add({ ...berlinOffice, timeZone: 'Berlin' }, '2026-01-14T10:00Z', HOUR)).toThrow(
      /Invalid business calendar: timeZone/,
    ));

  it('refuses a negative amount of time', () =>
    expect(() => add(berlinOffice, '2026-01-14T10:00Z', -1)).toThrow(RangeError));

  it('zero business time after an instant is that instant, open or not', () =>
    expect(add(berlinOffice, '2026-01-17T10:00Z', 0)).toEqual(at('2026-01-17T10:00Z')));
});
