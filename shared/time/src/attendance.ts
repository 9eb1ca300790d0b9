import { type ActivityInterval, type Interval, sessionTotals } from './intervals.js';
import { addDays, daysBetween, instantOfLocal, localDay, weekdayOf } from './local-dates.js';
import { minutesOfDay, type ShiftSettings } from './shift-settings.js';

/** One work session of one agent with its activity intervals (open ones last until `now`). */
export type WorkedSession = Interval & { activities: readonly ActivityInterval[] };

export type AttendanceDay = {
  /** The local date in the tenant's time zone, "YYYY-MM-DD". */
  date: string;
  /** The earliest session start on this local day (ISO-8601), null when no session started on it. */
  firstClockIn: string | null;
  /** On a workday, the first clock-in came more than `lateAfterMinutes` after the shift start. */
  late: boolean;
  /** Whole minutes from the shift start to the first clock-in when late, else 0. */
  lateMinutes: number;
  /**
   * A workday on which no session overlaps the local day, once it is past the moment a clock-in
   * would have been late (today before then, and future days, are not absent).
   */
  absent: boolean;
  /** Session time inside the local day minus breaks (a call is work). */
  workedSeconds: number;
  breakSeconds: number;
  onCallSeconds: number;
  /**
   * On-call seconds ÷ worked seconds, rounded to 3 decimals, 0 when nothing was worked. Worked
   * seconds already exclude breaks here, so this is on-call time ÷ (session time − break time).
   * Idle time is not measured, so it is not taken out of the denominator.
   */
  occupancy: number;
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * One agent's attendance on the local day `day` ("YYYY-MM-DD") in the tenant's time zone. Pure:
 * `sessions` are that agent's, `now` ends open intervals. A session across local midnight counts
 * its seconds on each day for the part inside it, exactly (epoch arithmetic, so DST days too).
 */
export function attendanceOf(
  settings: ShiftSettings,
  sessions: readonly WorkedSession[],
  day: string,
  now: Date,
): AttendanceDay {
  const { timeZone } = settings;
  const bounds = localDay(timeZone, day);
  const inDay = (t: Date) => t >= bounds.from && t < bounds.to;
  const overlapping = sessions.filter((s) => s.start < bounds.to && (s.end ?? now) > bounds.from);
  const totals = { workedSeconds: 0, breakSeconds: 0, onCallSeconds: 0 };
  for (const s of overlapping) {
    const t = sessionTotals(s, s.activities, now, bounds);
    totals.workedSeconds += t.workedSeconds;
    totals.breakSeconds += t.breakSeconds;
    totals.onCallSeconds += t.onCallSeconds;
  }
  const starts = overlapping
    .map((s) => s.start)
    .filter(inDay)
    .sort((a, b) => a.getTime() - b.getTime());
  const first = starts[0] ?? null;

  const workday = settings.workdays.includes(weekdayOf(day));
  const shiftStart = instantOfLocal(timeZone, day, minutesOfDay(settings.shiftStart));
  const lateFrom = shiftStart.getTime() + settings.lateAfterMinutes * 60_000;
  const late = workday && first !== null && first.getTime() > lateFrom;
  return {
    date: day,
    firstClockIn: first?.toISOString() ?? null,
    late,
    lateMinutes: late && first ? Math.floor((first.getTime() - shiftStart.getTime()) / 60_000) : 0,
    absent: workday && overlapping.length === 0 && now.getTime() > lateFrom,
    ...totals,
    occupancy: totals.workedSeconds > 0 ? round3(totals.onCallSeconds / totals.workedSeconds) : 0,
  };
}

/** `attendanceOf` for every local day from `from` to `to`, both included. */
export function attendanceBetween(
  settings: ShiftSettings,
  sessions: readonly WorkedSession[],
  from: string,
  to: string,
  now: Date,
): AttendanceDay[] {
  return Array.from({ length: daysBetween(from, to) }, (_, i) =>
    attendanceOf(settings, sessions, addDays(from, i), now),
  );
}
