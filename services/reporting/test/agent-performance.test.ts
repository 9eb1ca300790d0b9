import { DEFAULT_SHIFT_SETTINGS } from '@switchboard/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markAllDirty } from '../src/data/dashboards.repository.js';
import { pushDashboards } from '../src/jobs/metrics-push.js';
import { agentStory } from './support/agent-story.js';
import { eventAt } from './support/event-at.js';
import { noonZone } from './support/noon-zone.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { ticketStory } from './support/ticket-story.js';

let h: ReportingHarness;
beforeAll(async () => {
  h = await startReporting({ METRICS_PUSH_MS: '200' });
});
afterAll(() => h?.stop());

/** Agent A's work, today and yesterday; `m(k)` is k minutes ago. */
function work(team: Team, now: Date) {
  const m = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  const { tenantId } = team;
  const a = team.agent.userId;
  const settings = { ...DEFAULT_SHIFT_SETTINGS, timeZone: noonZone(now), updatedAt: m(3000) };
  return [
    eventAt('shift_settings.updated', tenantId, settings, m(3000), 'presence'),
    ...agentStory(tenantId, a).status('online', m(120)).status('offline', m(60)).events,
    ...ticketStory(tenantId, { at: m(110) })
      .assign(a, m(105))
      .move('IN_PROGRESS', m(100))
      .reply(a, m(90)) // first response after 20 min
      .customer(m(80))
      .reply(a, m(70))
      .reply(a, m(65), true) // an internal note is no reply
      .move('RESOLVED', m(60))
      .csat(5, m(50)).events,
    ...ticketStory(tenantId, { at: m(50) })
      .assign(a, m(45))
      .move('IN_PROGRESS', m(44)).events,
    ...ticketStory(tenantId, { at: m(30 * 60) }) // yesterday: counts in the 30 days, not today
      .assign(a, m(29 * 60 + 50))
      .move('IN_PROGRESS', m(29 * 60 + 45))
      .reply(a, m(29 * 60 + 50)) // first response after 10 min
      .move('RESOLVED', m(29 * 60)).events,
  ];
}

const lastPerformance = async (tenantId: string, agentId: string) =>
  (await h.recorded(tenantId, 'agent.performance_changed')).filter((e) => e.data.agentId === agentId).at(-1)
    ?.data.performance;

describe("agents' performance, announced as it changes", () => {
  it('measures the agent object’s numbers and announces each changed metric once', async () => {
    const team = await h.tenant();
    const other = await h.tenant();
    await h.publishApplied(work(team, new Date()));
    const expected = {
      currentTickets: 1,
      totalTicketsHandled: 2,
      avgResponseTime: 15, // (20 + 10) / 2 minutes over the last 30 days
      customerSatisfaction: 5,
      ticketsResolvedToday: 1,
      messagesHandledToday: 2,
      onlineHoursToday: 1,
      performanceLevel: 'high', // SLA 100 %, CSAT 100 %, FRT 15 min
    };
    await expect
      .poll(() => lastPerformance(team.tenantId, team.agent.userId), { timeout: 10_000 })
      .toEqual(expected);

    const events = (await h.recorded(team.tenantId, 'agent.performance_changed')).filter(
      (e) => e.data.agentId === team.agent.userId,
    );
    for (const e of events) {
      const { metric, value, performance } = e.data as {
        metric: string;
        value: unknown;
        performance: object;
      };
      expect(value, metric).toEqual((performance as Record<string, unknown>)[metric]);
    }
    // Each metric's last announcement carries its final value; none is announced unchanged twice.
    const finalOf = new Map(events.map((e) => [e.data.metric, e.data.value]));
    expect(Object.fromEntries(finalOf)).toEqual(expected);
    await markAllDirty(h.deps.db, new Date());
    await pushDashboards(h.deps.db, 0);
    expect(await h.recorded(team.tenantId, 'agent.performance_changed')).toHaveLength(events.length);
    // The idle colleague and the other tenant announce nothing.
    expect(await lastPerformance(team.tenantId, team.otherAgent.userId)).toBeUndefined();
    expect(await h.recorded(other.tenantId, 'agent.performance_changed')).toEqual([]);
  });
});
