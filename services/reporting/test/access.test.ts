import { uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { DAY, scriptedDay } from './support/scripted-day.js';

let h: ReportingHarness;
let ours: Team;
let theirs: Team;
beforeAll(async () => {
  h = await startReporting();
  [ours, theirs] = await Promise.all([h.tenant(), h.tenant()]);
  await h.publishApplied(scriptedDay(ours).events);
});
afterAll(() => h?.stop());

const range = `from=${DAY}&to=${DAY}`;

describe('who reads which report (docs/api.md §3)', () => {
  it('an agent reads only their own agent report and performance; never the team', async () => {
    const own = `/api/reports/agents/${ours.agent.userId}?${range}`;
    const colleague = `/api/reports/agents/${ours.otherAgent.userId}?${range}`;
    expect((await h.call('GET', own, { as: ours.agent })).status).toBe(200);
    const refused = await h.call('GET', colleague, { as: ours.agent });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const performance = `/api/agents/${ours.otherAgent.userId}/performance`;
    expect((await h.call('GET', performance, { as: ours.agent })).status).toBe(403);
    for (const url of ['/api/reports/team', '/api/reports/trends', '/api/reports/dashboard']) {
      expect((await h.call('GET', url, { as: ours.agent })).status, url).toBe(403);
    }
  });

  it('supervisors, admins and viewers read everyone; nobody reads without a token', async () => {
    for (const as of [ours.supervisor, ours.admin, ours.viewer]) {
      expect((await h.call('GET', `/api/reports/agents/${ours.agent.userId}?${range}`, { as })).status).toBe(
        200,
      );
      expect((await h.call('GET', `/api/reports/team?${range}`, { as })).status).toBe(200);
    }
    expect((await h.call('GET', `/api/reports/team?${range}`)).status).toBe(401);
  });

  it('only an admin rebuilds, and only their own tenant', async () => {
    for (const as of [ours.agent, ours.viewer, ours.supervisor]) {
      expect((await h.call('POST', '/api/reports/rebuild', { as })).status).toBe(403);
    }
    const rebuilt = await h.call('POST', '/api/reports/rebuild', { as: theirs.admin });
    expect(rebuilt.body).toEqual({ events: 5 }); // their five users; none of our events
  });
});

describe('tenants are apart', () => {
  it('another tenant’s agent is not found, even for its admin', async () => {
    for (const url of [
      `/api/reports/agents/${ours.agent.userId}?${range}`,
      `/api/agents/${ours.agent.userId}/performance`,
      `/api/reports/agents/${uuidv7()}`,
    ]) {
      const res = await h.call('GET', url, { as: theirs.admin });
      expect(res.status, url).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
  });

  it('another tenant sees none of our numbers in the dashboard, team report or trends', async () => {
    const dashboard = (await h.call('GET', '/api/reports/dashboard', { as: theirs.admin })).body;
    expect(dashboard).toMatchObject({
      timeZone: 'UTC', // our shift settings are ours
      activeConversations: 0,
      waitingConversations: 0,
      agentsOnline: 0,
      agentsClockedIn: 0,
    });
    const team = (await h.call('GET', `/api/reports/team?${range}`, { as: theirs.admin })).body;
    const ids = team.agents.map((r: { agent: { id: string } }) => r.agent.id).sort();
    expect(ids).toEqual([theirs.supervisor.userId, theirs.agent.userId, theirs.otherAgent.userId].sort());
    expect(team.totals).toMatchObject({ ticketsResolved: 0, messagesSent: 0, workedSeconds: 0 });
    const trends = (await h.call('GET', `/api/reports/trends?${range}`, { as: theirs.viewer })).body;
    expect(trends.buckets).toEqual([
      expect.objectContaining({ ticketsCreated: 0, ticketsResolved: 0, backlog: 0 }),
    ]);
  });
});

describe('bad requests', () => {
  it('answer 400 in the docs/api.md §2 error shape, naming the field at fault', async () => {
    const agent = `/api/reports/agents/${ours.agent.userId}`;
    const bad: [string, string][] = [
      [`${agent}?from=2026-03-11&to=2026-03-10`, 'querystring.from'],
      [`${agent}?from=2026-03-10`, 'querystring.to'],
      [`${agent}?from=2025-01-01&to=2026-01-02`, 'querystring.to'], // 367 days; 366 is the most
      [`${agent}?from=2026-02-30&to=2026-03-01`, 'querystring.from'],
      [`${agent}?period=daily`, 'querystring.period'],
      [`${agent}?period=weekly&${range}`, 'querystring.period'],
      ['/api/reports/agents/not-an-id', 'params.id'],
      [`/api/agents/${ours.agent.userId}/performance?from=tomorrow&to=2026-03-10`, 'querystring.from'],
      [`/api/reports/team?to=${DAY}`, 'querystring.to'],
      [`/api/reports/trends?${range}&interval=minute`, 'querystring.interval'],
      ['/api/reports/trends?from=2026-01-01&to=2026-02-01&interval=hour', 'querystring.interval'], // 32 days
    ];
    for (const [url, field] of bad) {
      const res = await h.call('GET', url, { as: ours.admin });
      expect(res.status, url).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
      expect(res.body.error.details, url).toContainEqual({ field, message: expect.any(String) });
    }
    const longest = await h.call('GET', `${agent}?from=2025-01-01&to=2026-01-01`, { as: ours.admin });
    expect(longest.status).toBe(200);
    expect(longest.body.days).toHaveLength(366);
  });

  it('defaults to the last 7 local days, or 30 for monthly and for performance', async () => {
    const days = async (url: string) => (await h.call('GET', url, { as: ours.admin })).body;
    expect((await days(`/api/reports/agents/${ours.agent.userId}`)).days).toHaveLength(7);
    expect((await days(`/api/reports/agents/${ours.agent.userId}?period=monthly`)).days).toHaveLength(30);
    expect((await days(`/api/agents/${ours.agent.userId}/performance`)).data).toHaveLength(30);
    const team = await days('/api/reports/team?period=weekly');
    expect(team.period.to).toBe(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' }));
  });
});
