import { offsetAt } from './zone-offsets.js';

/**
 * Local calendar days of an IANA time zone: dates as "YYYY-MM-DD", and the instants their
 * midnights fall on (23, 24 or 25 hours apart around DST changes).
 */
const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" as a UTC epoch at midnight (calendar arithmetic only, no zone). */
export const dateEpoch = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const dateOfEpoch = (epoch: number): string => new Date(epoch).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => dateOfEpoch(dateEpoch(date) + days * DAY_MS);
/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export const daysBetween = (from: string, to: string): number =>
  Math.max(0, Math.round((dateEpoch(to) - dateEpoch(from)) / DAY_MS) + 1);
/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export const weekdayOf = (date: string): number => new Date(dateEpoch(date)).getUTCDay();

/** The local date ("YYYY-MM-DD") `instant` falls on in `timeZone`. */
export const localDateOf = (timeZone: string, instant: Date): string =>
  dateOfEpoch(instant.getTime() + offsetAt(timeZone, instant.getTime()));

/**
 * The instant the local wall time `date` + `minutes` after midnight shows in `timeZone`. When the
 * clock shows it twice (fall back) the first; when it skips it (spring forward) the time is moved
 * on by the skipped length (like Temporal's "compatible"): 02:30 on a 02:00→03:00 day is 03:30, and
 * a midnight that does not exist starts its day at the 01:00 the clock jumps to.
 */
export function instantOfLocal(timeZone: string, date: string, minutes = 0): Date {
  const wall = dateEpoch(date) + minutes * 60_000;
  const offsets = new Set([offsetAt(timeZone, wall - DAY_MS), offsetAt(timeZone, wall + DAY_MS)]);
  const candidates = [...offsets].map((o) => wall - o).sort((a, b) => a - b);
  const exact = candidates.find((t) => t + offsetAt(timeZone, t) === wall);
  if (exact !== undefined) return new Date(exact);
  // In a gap: read with the offset before the skip, the wall time lands after it.
  const after = candidates.find((t) => t + offsetAt(timeZone, t) > wall) ?? candidates[0] ?? wall;
  return new Date(after);
}

/** [start, end) of the local day `date` in `timeZone` (23, 24 or 25 hours long). */
export const localDay = (timeZone: string, date: string): { from: Date; to: Date } => ({
  from: instantOfLocal(timeZone, date),
  to: instantOfLocal(timeZone, addDays(date, 1)),
});
