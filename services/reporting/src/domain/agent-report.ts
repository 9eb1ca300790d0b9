import { addDays, daysBetween, localDateOf, type ShiftSettings } from '@switchboard/time';
import { type DayTime, dayTimeOf, occupancyOf } from './agent-time.js';
import type { Timeline } from './agent-timeline.js';
import type { Range } from './intervals.js';
import { performanceLevelOf } from './performance-level.js';
import { type TicketMetrics, ticketMetricsOf, type Work } from './ticket-metrics.js';

/** Local days of the tenant, both included ("YYYY-MM-DD"). */
export type Period = { from: string; to: string };

export const daysOf = (p: Period): string[] =>
  Array.from({ length: daysBetween(p.from, p.to) }, (_, i) => addDays(p.from, i));

export const noWork = (): Work => ({ replies: [], cycles: [], sent: [] });

/** Work split by the local day its clock stopped on (a reply, a resolution, a sent message). */
export function workByDay(work: Work, timeZone: string): Map<string, Work> {
  const days = new Map<string, Work>();
  const dayOf = (at: Date) => {
    const date = localDateOf(timeZone, at);
    const entry = days.get(date) ?? noWork();
    days.set(date, entry);
    return entry;
  };
  for (const r of work.replies) dayOf(r.repliedAt).replies.push(r);
  for (const c of work.cycles) dayOf(c.resolvedAt).cycles.push(c);
  for (const m of work.sent) dayOf(m.createdAt).sent.push(m);
  return days;
}

/** One agent's share of some work: their replies, resolutions and sent messages. */
export const workOf = (work: Work, agentId: string): Work => ({
  replies: work.replies.filter((r) => r.agentId === agentId),
  cycles: work.cycles.filter((c) => c.agentId === agentId),
  sent: work.sent.filter((m) => m.authorId === agentId),
});

export type TimeTotals = Omit<DayTime, 'firstClockIn' | 'late' | 'lateMinutes' | 'absent'> & {
  attendance: { daysWorked: number; daysLate: number; daysAbsent: number; lateMinutes: number };
};

export function timeTotalsOf(days: readonly DayTime[]): TimeTotals {
  const sum = (pick: (d: DayTime) => number) => days.reduce((s, d) => s + pick(d), 0);
  const [worked, handling] = [sum((d) => d.workedSeconds), sum((d) => d.handlingSeconds)];
  return {
    workedSeconds: worked,
    breakSeconds: sum((d) => d.breakSeconds),
    onlineSeconds: sum((d) => d.onlineSeconds),
    handlingSeconds: handling,
    occupancy: occupancyOf(handling, worked),
    attendance: {
      daysWorked: days.filter((d) => d.workedSeconds > 0).length,
      daysLate: days.filter((d) => d.late).length,
      daysAbsent: days.filter((d) => d.absent).length,
      lateMinutes: sum((d) => d.lateMinutes),
    },
  };
}

export const levelOf = (m: TicketMetrics) =>
  performanceLevelOf({
    slaCompliance: m.slaCompliance,
    csatScore: m.csat.score,
    avgFirstResponseSeconds: m.firstResponseTime.avg,
  });

/** Everything one agent's time tells, per day of the period; `createdAt` when the account began. */
export type AgentTime = { timeline: Timeline; handling: readonly Range[]; createdAt?: Date | null };

export function dayTimesOf(settings: ShiftSettings, dates: readonly string[], time: AgentTime, now: Date) {
  return dates.map((date) =>
    dayTimeOf(settings, time.timeline, time.handling, date, now, time.createdAt ?? null),
  );
}

/** One agent's report (docs/api.md §4.11): a row per local day and totals over the period, with the level. */
export function agentReportOf(
  settings: ShiftSettings,
  period: Period,
  work: Work,
  time: AgentTime,
  now: Date,
) {
  const perDay = workByDay(work, settings.timeZone);
  const dates = daysOf(period);
  const times = dayTimesOf(settings, dates, time, now);
  const days = times.map(({ firstClockIn, late, lateMinutes, absent, ...rest }, i) => ({
    date: dates[i] ?? period.from,
    ...ticketMetricsOf(perDay.get(dates[i] ?? '') ?? noWork()),
    ...rest,
    attendance: { firstClockIn, late, lateMinutes, absent },
  }));
  const totals = { ...ticketMetricsOf(work), ...timeTotalsOf(times) };
  return { performanceLevel: levelOf(totals), totals, days };
}
