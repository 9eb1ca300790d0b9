import { uuidv7 } from '@switchboard/contracts';
import { userCreated } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildAll } from '../src/actions/rebuild.js';
import { consumedEvents } from '../src/data/schema.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { scriptedDay } from './support/scripted-day.js';
import { shuffled } from './support/shuffled.js';

/*
 * The read models are a pure function of the stored events (docs/reporting.md): redelivery,
 * arrival order and a rebuild leave every number as it was. The numbers themselves are checked in
 * scripted-day.test.ts.
 */
let h: ReportingHarness;
let team: Team;
let day: ReturnType<typeof scriptedDay>;
beforeAll(async () => {
  h = await startReporting();
  team = await h.tenant();
  day = scriptedDay(team);
  await h.publishApplied(day.events);
});
afterAll(() => h?.stop());

describe('the read models are a pure function of the stored events', () => {
  /** Every report of the tenant over the scripted days, without the names that differ by tenant. */
  const reportsOf = async (t: Team) => {
    const q = 'from=2026-03-09&to=2026-03-11';
    const get = async (url: string) => (await h.call('GET', url, { as: t.admin })).body;
    const agentReport = async (id: string) => {
      const { agent: _, ...numbers } = await get(`/api/reports/agents/${id}?${q}`);
      return numbers;
    };
    const teamReport = await get(`/api/reports/team?${q}`);
    return {
      a: await agentReport(t.agent.userId),
      b: await agentReport(t.otherAgent.userId),
      teamTotals: teamReport.totals,
      trends: await get(`/api/reports/trends?${q}&interval=hour`),
    };
  };

  it('redelivered events change nothing', async () => {
    const before = await reportsOf(team);
    const stored = await h.deps.db.$count(consumedEvents);
    // The same envelopes again, then a marker: the consumer works in order, so they were seen first.
    const marker = userCreated(uuidv7(), 'agent').event;
    await h.bus.publish(day.events);
    await h.publishApplied([marker]);
    expect(await h.deps.db.$count(consumedEvents)).toBe(stored + 1);
    expect(await reportsOf(team)).toEqual(before);
  });

  it('a rebuild from the stored events gives the same numbers; only admins may start one', async () => {
    const before = await reportsOf(team);
    expect((await h.call('POST', '/api/reports/rebuild', { as: team.supervisor })).status).toBe(403);
    const rebuilt = await h.call('POST', '/api/reports/rebuild', { as: team.admin });
    expect(rebuilt.status, JSON.stringify(rebuilt.body)).toBe(200);
    expect(rebuilt.body.events).toBe(day.events.length + 5); // and the five users' user.created
    expect(await reportsOf(team)).toEqual(before);
    // ./manage.sh rebuild-reports: every tenant at once.
    expect(await rebuildAll(h.deps.db)).toMatchObject({ tenants: expect.any(Number) });
    expect(await reportsOf(team)).toEqual(before);
  });

  it('the same day published in a shuffled order gives the same numbers', async () => {
    const other = await h.tenant();
    await h.publishApplied(shuffled(scriptedDay(other).events, 7));
    const mine = await reportsOf(team);
    const theirs = await reportsOf(other);
    expect(theirs.a).toEqual(mine.a);
    expect(theirs.b).toEqual(mine.b);
    expect(theirs.teamTotals).toEqual(mine.teamTotals);
    expect(theirs.trends).toEqual(mine.trends);
  });
});
