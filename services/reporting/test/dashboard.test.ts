import { DEFAULT_SHIFT_SETTINGS } from '@switchboard/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markAllDirty } from '../src/data/dashboards.repository.js';
import { pushDashboards } from '../src/jobs/metrics-push.js';
import { agentStory } from './support/agent-story.js';
import { eventAt } from './support/event-at.js';
import { noonZone } from './support/noon-zone.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { ticketStory } from './support/ticket-story.js';

const PUSH_MS = 500;
let h: ReportingHarness;
beforeAll(async () => {
  h = await startReporting({ METRICS_PUSH_MS: String(PUSH_MS) });
});
afterAll(() => h?.stop());

/** A morning of the tenant up to now; `m(k)` is k minutes ago. Numbers are worked out in the test. */
function morning(team: Team, now: Date) {
  const m = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
  const { tenantId } = team;
  const [a, bee, sup] = [team.agent.userId, team.otherAgent.userId, team.supervisor.userId];
  const settings = { ...DEFAULT_SHIFT_SETTINGS, timeZone: noonZone(now), updatedAt: m(600) };
  const shift = eventAt('shift_settings.updated', tenantId, settings, m(600), 'presence');
  const floor = [
    agentStory(tenantId, a).clockIn(m(120)).status('online', m(120)).availability('available', m(120)),
    agentStory(tenantId, bee)
      .clockIn(m(100))
      .status('online', m(100))
      .breakStart(m(30))
      .availability('busy', m(30)),
    agentStory(tenantId, sup).status('online', m(50)),
  ];
  const tickets = [
    ticketStory(tenantId, { at: m(110) })
      .assign(a, m(105))
      .move('IN_PROGRESS', m(100))
      .reply(a, m(90))
      .customer(m(80))
      .reply(a, m(70))
      .reply(a, m(65), true)
      .move('RESOLVED', m(60)),
    ticketStory(tenantId, { at: m(95) })
      .assign(bee, m(94))
      .move('IN_PROGRESS', m(93))
      .breach('first_response', m(88))
      .reply(bee, m(85))
      .move('RESOLVED', m(40)),
    ticketStory(tenantId, { at: m(20) }),
    ticketStory(tenantId, { at: m(50) })
      .assign(a, m(45))
      .move('IN_PROGRESS', m(44)),
    // Yesterday's work counts in no "today" number.
    ticketStory(tenantId, { at: m(30 * 60) })
      .assign(a, m(29 * 60 + 50))
      .move('IN_PROGRESS', m(29 * 60 + 45))
      .reply(a, m(29 * 60 + 40))
      .move('RESOLVED', m(29 * 60)),
  ];
  return [shift, ...floor.flatMap((s) => s.events), ...tickets.flatMap((t) => t.events)];
}

describe('the live dashboard', () => {
  it('counts today’s numbers and the floor now; the last push equals what GET answers', async () => {
    const team = await h.tenant();
    const now = new Date();
    const events = morning(team, now);
    await h.publishApplied(events);

    const res = await h.call('GET', '/api/reports/dashboard', { as: team.viewer });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      day: expect.any(String),
      timeZone: noonZone(now),
      activeConversations: 1, // the ticket in progress since 44 min ago
      waitingConversations: 1, // the one from 20 min ago
      totalMessagesToday: 4, // three on the first ticket (the internal note left out), one on the second
      ticketsCreatedToday: 4,
      ticketsResolvedToday: 2,
      avgResponseTime: 900, // (20 min + 10 min) / 2
      avgResolutionTime: 3150, // (50 min + 55 min) / 2
      slaCompliance: 50, // the second one breached
      agentsOnline: 3, // both agents and the supervisor
      agentsOnBreak: 1,
      agentsClockedIn: 2,
      agentsAvailable: 1,
    });

    const last = async () => (await h.pushed(team.tenantId)).at(-1)?.data;
    await expect.poll(last, { timeout: 10_000 }).toEqual(res.body);
    expect((await h.call('GET', '/api/reports/dashboard', { as: team.admin })).body).toEqual(await last());
  });

  it('coalesces a burst into few pushes, at most one per interval, and pushes nothing unchanged', async () => {
    const team = await h.tenant();
    const events = morning(team, new Date());
    await h.publishApplied(events);
    const final = (await h.call('GET', '/api/reports/dashboard', { as: team.admin })).body;
    await expect
      .poll(async () => (await h.pushed(team.tenantId)).at(-1)?.data, { timeout: 10_000 })
      .toEqual(final);

    const pushes = await h.pushed(team.tenantId);
    expect(pushes.length).toBeLessThan(events.length / 2);
    for (let i = 1; i < pushes.length; i++) {
      const gap = Date.parse(pushes[i]?.occurredAt ?? '') - Date.parse(pushes[i - 1]?.occurredAt ?? '');
      expect(gap).toBeGreaterThanOrEqual(PUSH_MS - 50);
      expect(pushes[i]?.data).not.toEqual(pushes[i - 1]?.data);
    }
    await markAllDirty(h.deps.db, new Date());
    expect(await pushDashboards(h.deps.db, 0)).toBe(0);
    expect(await h.pushed(team.tenantId)).toHaveLength(pushes.length);
  });

  it('is for supervisors, admins and viewers; agents are refused; a quiet tenant is not pushed', async () => {
    const team = await h.tenant();
    expect(await pushDashboards(h.deps.db, 0)).toBe(0); // only users so far: all numbers are 0
    expect(await h.pushed(team.tenantId)).toEqual([]);
    expect((await h.call('GET', '/api/reports/dashboard', { as: team.agent })).status).toBe(403);
    expect((await h.call('GET', '/api/reports/dashboard')).status).toBe(401);
    expect((await h.call('GET', '/api/reports/dashboard', { as: team.supervisor })).status).toBe(200);
  });
});
