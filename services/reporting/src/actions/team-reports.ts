import { createdAtOf, floorOf, profilesOf } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { timelinesOf } from '../data/marks.repository.js';
import { settingsOf } from '../data/settings.repository.js';
import { createdIn, cyclesIn, handlingOf, openRangesIn, repliesIn, workIn } from '../data/work.repository.js';
import type { AgentTime } from '../domain/agent-report.js';
import { type PeriodQuery, periodOf, windowOf } from '../domain/periods.js';
import { teamReportOf } from '../domain/team-report.js';
import type { Work } from '../domain/ticket-metrics.js';
import { bucketsOf, type Interval, trendsOf } from '../domain/trends.js';

/** Whose rows the team report has: the floor, and anyone else with ticket work in the period. */
async function rowsFor(tx: Tx, tenantId: string, work: Work) {
  const floor = await floorOf(tx, tenantId);
  const known = new Set(floor.map((a) => a.id));
  const workers = [
    ...work.replies.map((r) => r.agentId),
    ...work.cycles.flatMap((c) => (c.agentId ? [c.agentId] : [])),
    ...work.sent.map((m) => m.authorId),
  ];
  const others = await profilesOf(
    tx,
    tenantId,
    [...new Set(workers)].filter((id) => !known.has(id)),
  );
  return [...floor, ...others];
}

/** GET /api/reports/team: a row per agent and the team's totals over the asked local days (docs/api.md §4.11). */
export async function teamReport(tx: Tx, tenantId: string, asked: PeriodQuery, now = new Date()) {
  const settings = await settingsOf(tx, tenantId);
  const period = periodOf(asked, settings.timeZone, now);
  const window = windowOf(settings.timeZone, period);
  const work = await workIn(tx, tenantId, window);
  const agents = await rowsFor(tx, tenantId, work);
  const ids = agents.map((a) => a.id);
  const [timelines, handling, created] = await Promise.all([
    timelinesOf(tx, tenantId, ids, window),
    handlingOf(tx, tenantId, ids, window, now),
    createdAtOf(tx, tenantId, ids),
  ]);
  const times = new Map<string, AgentTime>();
  for (const id of ids) {
    times.set(id, {
      timeline: timelines.get(id) ?? { sessions: [], statuses: [] },
      handling: handling.get(id) ?? [],
      createdAt: created.get(id) ?? null,
    });
  }
  return {
    period: { ...period, timeZone: settings.timeZone },
    ...teamReportOf(settings, period, agents, work, times, now),
  };
}

/** GET /api/reports/trends: ticket volume, backlog, first response and resolution time per bucket. */
export async function trendsReport(
  tx: Tx,
  tenantId: string,
  asked: PeriodQuery,
  interval: Interval,
  now = new Date(),
) {
  const settings = await settingsOf(tx, tenantId);
  const period = periodOf(asked, settings.timeZone, now);
  const window = windowOf(settings.timeZone, period);
  const [created, replies, cycles, open] = await Promise.all([
    createdIn(tx, tenantId, window),
    repliesIn(tx, tenantId, window),
    cyclesIn(tx, tenantId, window),
    openRangesIn(tx, tenantId, window, now),
  ]);
  const firstReplies = replies.filter((r) => r.kind === 'first');
  const buckets = bucketsOf(settings.timeZone, period, interval);
  return {
    period: { ...period, timeZone: settings.timeZone },
    interval,
    buckets: trendsOf(buckets, { created, firstReplies, cycles, open }, now),
  };
}
