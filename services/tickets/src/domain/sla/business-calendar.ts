import { offsetSegments } from '@switchboard/time';
import type { BusinessCalendar, Weekday, WeeklyHours } from './business-hours.js';
import { compile, openPieces } from './open-wall-time.js';

export type { BusinessCalendar, Weekday, WeeklyHours } from './business-hours.js';
export { calendarProblems } from './calendar-problems.js';

const ALL_DAY = Object.freeze([Object.freeze({ start: '00:00', end: '24:00' })]) as WeeklyHours[Weekday];
/** 24/7: business time equals elapsed time (any calendar open all day, every day, does too). */
export const ALWAYS_OPEN: BusinessCalendar = Object.freeze({
  timeZone: 'UTC',
  weekly: { 0: ALL_DAY, 1: ALL_DAY, 2: ALL_DAY, 3: ALL_DAY, 4: ALL_DAY, 5: ALL_DAY, 6: ALL_DAY },
  holidays: [],
});

/** How far a deadline search looks before concluding the calendar will never open. */
export const MAX_SEARCH_MILLIS = 3 * 366 * 86_400_000;

function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a valid date`);
  return ms;
}

/**
 * Open time in [from, to), 0 when to <= from. A local time counts whenever the wall clock
 * shows it: across a DST fall-back an hour that occurs twice is counted twice, an hour
 * skipped in spring is not counted at all.
 */
export function businessMillisBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const [a, b] = [instantOf(from, 'from'), instantOf(to, 'to')];
  const cal = compile(calendar);
  if (b <= a || cal.neverOpen) return 0;
  if (cal.alwaysOpen) return b - a;
  let total = 0;
  for (const { from: sa, to: sb, offset } of offsetSegments(cal.timeZone, a, b)) {
    for (const [wa, wb] of openPieces(cal, sa + offset, sb + offset)) total += wb - wa;
  }
  return total;
}

/**
 * The earliest instant by which `millis` of open time have passed since `from`: a deadline.
 * It is the inverse of businessMillisBetween, and lands on a closing time rather than the
 * next opening when the budget runs out exactly there.
 */
export function addBusinessMillis(calendar: BusinessCalendar, from: Date, millis: number): Date {
  const start = instantOf(from, 'from');
  if (!Number.isFinite(millis) || millis < 0) throw new RangeError(`millis must be >= 0, got ${millis}`);
  const cal = compile(calendar);
  if (millis === 0 || cal.alwaysOpen) return new Date(start + millis);
  if (cal.neverOpen)
    throw new RangeError('Business calendar has no opening hours: no deadline can be reached');
  let remaining = millis;
  for (const { from: sa, to: sb, offset } of offsetSegments(cal.timeZone, start, start + MAX_SEARCH_MILLIS)) {
    for (const [wa, wb] of openPieces(cal, sa + offset, sb + offset)) {
      if (wb - wa >= remaining) return new Date(wa + remaining - offset);
      remaining -= wb - wa;
    }
  }
  throw new RangeError('Business calendar has too little open time within 3 years to reach this deadline');
}
