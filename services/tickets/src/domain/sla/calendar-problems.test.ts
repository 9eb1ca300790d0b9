import { describe, expect, it } from 'vitest';
import type { BusinessCalendar, WeeklyHours } from './business-calendar.js';
import { calendarProblems } from './calendar-problems.js';

const closed: WeeklyHours = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
const calendar = (over: Partial<BusinessCalendar>): BusinessCalendar => ({
  timeZone: 'Europe/Berlin',
  weekly: { ...closed, 1: [{ start: '09:00', end: '17:00' }] },
  holidays: ['2026-12-25'],
  ...over,
});
const monday = (...intervals: [string, string][]) => ({
  weekly: { ...closed, 1: intervals.map(([start, end]) => ({ start, end })) },
});

describe('what is wrong with a business calendar', () => {
  it('finds nothing wrong with a plain office calendar', () =>
    expect(calendarProblems(calendar({}))).toEqual([]));

  it('rejects a time zone that is not an IANA name', () =>
    expect(calendarProblems(calendar({ timeZone: 'Mars/Olympus' }))).toEqual([
      'timeZone: "Mars/Olympus" is not an IANA time zone',
    ]));

  it('insists on two-digit HH:MM times', () =>
    expect(calendarProblems(calendar(monday(['9:00', '17:00'], ['18:00', '18:60'])))).toEqual([
      'weekly.1[0].start: "9:00" is not HH:MM',
      'weekly.1[1].end: "18:60" is not HH:MM',
    ]));

  it('accepts 24:00 as the end of a day but not as a start', () => {
    expect(calendarProblems(calendar(monday(['20:00', '24:00'])))).toEqual([]);
    expect(calendarProblems(calendar(monday(['24:00', '24:00'])))).toEqual([
      'weekly.1[0].start: "24:00" is not HH:MM',
    ]);
  });

  it('rejects an interval that ends before it starts or is empty (no overnight intervals)', () =>
    expect(calendarProblems(calendar(monday(['22:00', '06:00'], ['10:00', '10:00'])))).toEqual([
      'weekly.1[0]: start 22:00 is not before end 06:00',
      'weekly.1[1]: start 10:00 is not before end 10:00',
    ]));

  it('rejects overlapping intervals on one day but allows touching ones', () => {
    expect(calendarProblems(calendar(monday(['13:00', '17:00'], ['09:00', '13:30'])))).toEqual([
      'weekly.1[0]: overlaps weekly.1[1]',
    ]);
    expect(calendarProblems(calendar(monday(['09:00', '13:00'], ['13:00', '17:00'])))).toEqual([]);
  });

  it('rejects holidays that are not real YYYY-MM-DD dates', () =>
    expect(calendarProblems(calendar({ holidays: ['2026-02-30', '26-1-1', '2028-02-29'] }))).toEqual([
      'holidays[0]: "2026-02-30" is not a YYYY-MM-DD date',
      'holidays[1]: "26-1-1" is not a YYYY-MM-DD date',
    ]));

  it('reports a missing weekday instead of crashing on JSON that skipped the type check', () => {
    const { 3: _wednesday, ...rest } = closed;
    expect(calendarProblems(calendar({ weekly: rest as WeeklyHours }))).toEqual([
      'weekly.3: must be a list of intervals (empty when closed)',
    ]);
  });
});

it('reports an interval that is not an object instead of crashing', () => {
  const weekly = { ...closed, 2: [null] } as unknown as WeeklyHours;
  expect(calendarProblems(calendar({ weekly }))).toEqual(['weekly.2[0]: must be {start, end}']);
});
