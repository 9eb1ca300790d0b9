import { addDays, localDay, offsetAt, weekdayOf } from '@switchboard/time';
import type { Period } from './agent-report.js';
import type { Range } from './intervals.js';
import { statsOf } from './stats.js';
import type { CycleRow, ReplyRow } from './ticket-metrics.js';

export type Interval = 'hour' | 'day' | 'week';
export type Bucket = { label: string; start: Date; end: Date };

const HOUR = 3_600_000;
const localMinute = (timeZone: string, t: number) =>
  new Date(t + offsetAt(timeZone, t)).toISOString().slice(0, 16);

/**
 * The period cut into buckets of local time: hours (real hours from local midnight, labelled with
 * the local time they start at), days, or weeks starting on Monday (the first and last cut to the
 * period). Labels are local: "YYYY-MM-DDTHH:MM" for hours, "YYYY-MM-DD" for days and weeks.
 */
export function bucketsOf(timeZone: string, period: Period, interval: Interval): Bucket[] {
  const end = localDay(timeZone, period.to).to;
  const buckets: Bucket[] = [];
  if (interval === 'hour') {
    for (let t = localDay(timeZone, period.from).from.getTime(); t < end.getTime(); t += HOUR) {
      buckets.push({
        label: localMinute(timeZone, t),
        start: new Date(t),
        end: new Date(Math.min(t + HOUR, end.getTime())),
      });
    }
    return buckets;
  }
  for (let day = period.from; day <= period.to; ) {
    const step = interval === 'day' ? 1 : (8 - weekdayOf(day)) % 7 || 7; // to the next Monday
    const next = addDays(day, step);
    const last = next > period.to ? addDays(period.to, 1) : next;
    buckets.push({ label: day, start: localDay(timeZone, day).from, end: localDay(timeZone, last).from });
    day = last;
  }
  return buckets;
}

/** How many of `ranges` contain each instant (ranges of one ticket never overlap, so: open tickets). */
export function countsAt(ranges: readonly Range[], instants: readonly number[]): number[] {
  const starts = ranges.map((r) => r[0]).sort((a, b) => a - b);
  const ends = ranges.map((r) => r[1]).sort((a, b) => a - b);
  const atOrBefore = (sorted: number[], t: number) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return instants.map((t) => atOrBefore(starts, t) - atOrBefore(ends, t));
}

export type TrendInputs = { created: Date[]; firstReplies: ReplyRow[]; cycles: CycleRow[]; open: Range[] };

/**
 * Per bucket: tickets created and resolved, the backlog (tickets open at the bucket's end, or now
 * for the current one), and first response and resolution times of the clocks stopped in it.
 */
export function trendsOf(buckets: readonly Bucket[], inputs: TrendInputs, now: Date) {
  const index = (at: Date) => buckets.findIndex((b) => at >= b.start && at < b.end);
  const grouped = <T>(items: readonly T[], at: (x: T) => Date) => {
    const groups = buckets.map(() => [] as T[]);
    for (const item of items) groups[index(at(item))]?.push(item);
    return groups;
  };
  const created = grouped(inputs.created, (d) => d);
  const replies = grouped(inputs.firstReplies, (r) => r.repliedAt);
  const cycles = grouped(inputs.cycles, (c) => c.resolvedAt);
  const moments = buckets.map((b) => Math.min(b.end.getTime(), now.getTime()) - 1);
  const backlog = countsAt(inputs.open, moments);
  return buckets.map((b, i) => ({
    label: b.label,
    start: b.start.toISOString(),
    end: b.end.toISOString(),
    ticketsCreated: created[i]?.length ?? 0,
    ticketsResolved: cycles[i]?.length ?? 0,
    backlog: b.start > now ? null : (backlog[i] ?? 0),
    firstResponseTime: statsOf((replies[i] ?? []).map((r) => r.seconds)),
    resolutionTime: statsOf((cycles[i] ?? []).map((c) => c.resolutionSeconds)),
  }));
}
