/** A span of time; an open one (`end` null) lasts until "now". */
export type Interval = { start: Date; end: Date | null };
export type ActivityInterval = Interval & { kind: 'working' | 'break' | 'on_call' };
export type Window = { from?: Date | null; to?: Date | null };

export type SessionTotals = { workedSeconds: number; breakSeconds: number; onCallSeconds: number };

/** Milliseconds of `interval` inside `window` and before `now` (open intervals end at `now`). */
export function overlapMs(interval: Interval, now: Date, window: Window = {}): number {
  const start = Math.max(interval.start.getTime(), window.from?.getTime() ?? -Infinity);
  const end = Math.min((interval.end ?? now).getTime(), now.getTime(), window.to?.getTime() ?? Infinity);
  return Math.max(0, end - start);
}

/**
 * Totals of one work session: breaks and calls are the time of their intervals inside the session;
 * worked time is the session minus its breaks (a call is work). Pure epoch arithmetic, so a session
 * across midnight (or a DST change) counts exactly; `window` clips everything, e.g. to one day.
 */
export function sessionTotals(
  session: Interval,
  activities: readonly ActivityInterval[],
  now: Date,
  window: Window = {},
): SessionTotals {
  const bounds: Window = {
    from: new Date(Math.max(session.start.getTime(), window.from?.getTime() ?? -Infinity)),
    to: new Date(Math.min((session.end ?? now).getTime(), window.to?.getTime() ?? Infinity)),
  };
  const sum = (kind: ActivityInterval['kind']) =>
    activities.filter((a) => a.kind === kind).reduce((ms, a) => ms + overlapMs(a, now, bounds), 0);
  const sessionMs = overlapMs(session, now, window);
  const breakMs = sum('break');
  return {
    workedSeconds: Math.floor(Math.max(0, sessionMs - breakMs) / 1000),
    breakSeconds: Math.floor(breakMs / 1000),
    onCallSeconds: Math.floor(sum('on_call') / 1000),
  };
}
