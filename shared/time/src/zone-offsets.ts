/**
 * UTC offsets of an IANA time zone, read from `Intl` (Node's ICU carries the tz database).
 * Nothing here assumes a fixed offset: DST rules change by country and year, so the only
 * trustworthy source is the wall clock Intl reports for each instant.
 */
const DAY = 86_400_000;

// Creating a DateTimeFormat is far slower than using one, and SLA maths asks for offsets often.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23', // never "24" for midnight
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterOf(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds to add to an instant to get its local wall time as if that were UTC. */
export function offsetAt(timeZone: string, instant: number): number {
  const part: Record<string, number> = {};
  for (const { type, value } of formatterOf(timeZone).formatToParts(instant)) part[type] = Number(value);
  const n = (type: string) => part[type] ?? 0;
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  // Intl drops milliseconds, so compare against the instant truncated to its second.
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

type Transition = { at: number; offset: number }; // from `at` on, the zone is at `offset`
type YearTable = { initial: number; transitions: Transition[] };

// Offsets change a few times a year at most, so each zone-year is scanned once (~3 ms) and
// every later question about it is a lookup rather than dozens of Intl calls.
const years = new Map<string, YearTable>();

function yearTable(timeZone: string, year: number): YearTable {
  const key = `${timeZone} ${year}`;
  const cached = years.get(key);
  if (cached) return cached;
  const [start, end] = [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
  const table: YearTable = { initial: offsetAt(timeZone, start), transitions: [] };
  let [probe, offset] = [start, table.initial];
  // A daily probe suffices: no zone has changed its offset twice within one day.
  while (probe < end) {
    const next = Math.min(probe + DAY, end);
    if (offsetAt(timeZone, next) === offset) {
      probe = next;
      continue;
    }
    let [lo, hi] = [probe, next]; // bisect to the millisecond: offset(lo) is old, offset(hi) new
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (offsetAt(timeZone, mid) === offset) lo = mid;
      else hi = mid;
    }
    offset = offsetAt(timeZone, hi);
    table.transitions.push({ at: hi, offset });
    probe = hi;
  }
  years.set(key, table);
  return table;
}

const yearOf = (instant: number) => new Date(instant).getUTCFullYear();

function cachedOffsetAt(timeZone: string, instant: number): number {
  const table = yearTable(timeZone, yearOf(instant));
  let offset = table.initial;
  for (const t of table.transitions) if (t.at <= instant) offset = t.offset;
  return offset;
}

export type OffsetSegment = { from: number; to: number; offset: number };

/** Splits [from, to) into pieces of constant offset. Lazy, so a deadline search reads only the years it needs. */
export function* offsetSegments(timeZone: string, from: number, to: number): Generator<OffsetSegment> {
  let [start, offset] = [from, cachedOffsetAt(timeZone, from)];
  for (let year = yearOf(from); from < to && year <= yearOf(to - 1); year++) {
    for (const t of yearTable(timeZone, year).transitions) {
      if (t.at <= from || t.at >= to || t.offset === offset) continue;
      yield { from: start, to: t.at, offset };
      [start, offset] = [t.at, t.offset];
    }
    // Cut at each new year even without a transition, so a search through a zone without
    // DST does not scan years it will never reach.
    const newYear = Date.UTC(year + 1, 0, 1);
    if (start < newYear && newYear < to) {
      yield { from: start, to: newYear, offset };
      start = newYear;
    }
  }
  if (start < to) yield { from: start, to, offset };
}
