import type { BusinessCalendar, Weekday } from './business-hours.js';
import { calendarProblems, minutesOf } from './calendar-problems.js';

/**
 * Opening hours on the "wall timeline": local date and time written as if it were UTC, so a
 * local day is exactly 24 h long and weekday/holiday lookups need no time zone. Callers map
 * instants onto it one constant-offset segment at a time.
 */
const DAY = 86_400_000;
const MINUTE = 60_000;

export type CompiledCalendar = {
  timeZone: string;
  weekly: [number, number][][]; // per weekday, [startMs, endMs) after local midnight, sorted
  holidays: Set<number>; // local days, as wall-timeline day numbers
  alwaysOpen: boolean;
  neverOpen: boolean;
};

// Calendars are plain data reused for many tickets; parse each object once.
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

export function compile(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached) return cached;
  const problems = calendarProblems(calendar);
  if (problems.length > 0) throw new RangeError(`Invalid business calendar: ${problems.join('; ')}`);
  const weekly = ([0, 1, 2, 3, 4, 5, 6] as const).map((day: Weekday) =>
    calendar.weekly[day]
      .map(({ start, end }): [number, number] => [
        (minutesOf(start, false) ?? 0) * MINUTE,
        (minutesOf(end, true) ?? 0) * MINUTE,
      ])
      .sort((a, b) => a[0] - b[0]),
  );
  const holidays = new Set(calendar.holidays.map((date) => Date.parse(date) / DAY));
  const result: CompiledCalendar = {
    timeZone: calendar.timeZone,
    weekly,
    holidays,
    // Open every minute of every day: business time is plain elapsed time in any zone.
    alwaysOpen: holidays.size === 0 && weekly.every((day) => day[0]?.[0] === 0 && day[0][1] === DAY),
    neverOpen: weekly.every((day) => day.length === 0),
  };
  compiled.set(calendar, result);
  return result;
}

/** Open pieces of [from, to) on the wall timeline, in order. */
export function* openPieces(
  calendar: CompiledCalendar,
  from: number,
  to: number,
): Generator<[number, number]> {
  for (let day = Math.floor(from / DAY); day * DAY < to; day++) {
    if (calendar.holidays.has(day)) continue;
    const midnight = day * DAY;
    // Day 0 of the wall timeline (1970-01-01) was a Thursday.
    for (const [start, end] of calendar.weekly[(((day + 4) % 7) + 7) % 7] ?? []) {
      const a = Math.max(from, midnight + start);
      const b = Math.min(to, midnight + end);
      if (a < b) yield [a, b];
    }
  }
}
