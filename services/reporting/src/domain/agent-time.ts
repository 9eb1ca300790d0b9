import { attendanceOf, instantOfLocal, localDay, minutesOfDay, type ShiftSettings } from '@switchboard/time';
import type { Timeline } from './agent-timeline.js';
import { intersect, lengthMs, type Range, rangeOf, subtract } from './intervals.js';

/** An agent's time on one local day (docs/metrics.md, "Time and attendance"). */
export type DayTime = {
  firstClockIn: string | null;
  late: boolean;
  lateMinutes: number;
  absent: boolean;
  workedSeconds: number;
  breakSeconds: number;
  onlineSeconds: number;
  /** Worked time during which the agent had a ticket ASSIGNED or IN_PROGRESS. */
  handlingSeconds: number;
  occupancy: number;
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;
export const occupancyOf = (handling: number, worked: number) => (worked > 0 ? round3(handling / worked) : 0);

/** Sessions minus their breaks, as ranges up to `now`. */
function workedRanges(timeline: Timeline, now: Date): Range[] {
  return timeline.sessions.flatMap((s) =>
    subtract(
      [rangeOf(s, now)],
      s.activities.filter((a) => a.kind === 'break').map((a) => rangeOf(a, now)),
    ),
  );
}

/** Whether the account existed when a clock-in on `day` would have been late. */
function existedBy(settings: ShiftSettings, day: string, createdAt: Date | null): boolean {
  if (!createdAt) return true;
  const shiftStart = instantOfLocal(settings.timeZone, day, minutesOfDay(settings.shiftStart));
  return createdAt.getTime() <= shiftStart.getTime() + settings.lateAfterMinutes * 60_000;
}

/**
 * Attendance, worked and break time come from @switchboard/time (the same arithmetic presence
 * uses); online time is the status `online` inside the day; occupancy is handling time ÷ worked time,
 * where `handling` are the agent's ASSIGNED / IN_PROGRESS ticket spans. Nobody is absent on a
 * day their account did not exist yet (by the time a clock-in would have been late).
 */
export function dayTimeOf(
  settings: ShiftSettings,
  timeline: Timeline,
  handling: readonly Range[],
  day: string,
  now: Date,
  createdAt: Date | null = null,
): DayTime {
  const {
    occupancy: _,
    onCallSeconds: __,
    date: ___,
    ...attendance
  } = attendanceOf(settings, timeline.sessions, day, now);
  const bounds = localDay(settings.timeZone, day);
  const window: Range[] = [[bounds.from.getTime(), Math.min(bounds.to.getTime(), now.getTime())]];
  const online = timeline.statuses.filter((s) => s.status === 'online').map((s) => rangeOf(s, now));
  const onlineSeconds = Math.floor(lengthMs(intersect(online, window)) / 1000);
  const handlingMs = lengthMs(intersect(intersect(handling, workedRanges(timeline, now)), window));
  const handlingSeconds = Math.floor(handlingMs / 1000);
  return {
    ...attendance,
    absent: attendance.absent && existedBy(settings, day, createdAt),
    onlineSeconds,
    handlingSeconds,
    occupancy: occupancyOf(handlingSeconds, attendance.workedSeconds),
  };
}
