import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { DAY, scriptedDay } from './support/scripted-day.js';

/* The scripted day of test/support/scripted-day.ts (told in scripted-day.test.ts) as trends. */
let h: ReportingHarness;
let team: Team;
beforeAll(async () => {
  h = await startReporting();
  team = await h.tenant();
  await h.publishApplied(scriptedDay(team).events);
});
afterAll(() => h?.stop());

const stats = (count: number, avg: number | null, median: number | null, p90: number | null) => ({
  count,
  avg,
  median,
  p90,
});

describe('trends', () => {
  it('counts volume, backlog and clocks per local day and hour', async () => {
    const daily = await h.call('GET', '/api/reports/trends?from=2026-03-09&to=2026-03-11&interval=day', {
      as: team.viewer,
    });
    expect(daily.status, JSON.stringify(daily.body)).toBe(200);
    const pick = (b: Record<string, any>) => [b.label, b.ticketsCreated, b.ticketsResolved, b.backlog];
    expect(daily.body.buckets.map(pick)).toEqual([
      ['2026-03-09', 0, 0, 0],
      [DAY, 5, 4, 2], // T4 and T5 are open at the end of the day
      ['2026-03-11', 0, 0, 2],
    ]);
    expect(daily.body.buckets[1].firstResponseTime).toEqual(stats(4, 1725, 1200, 3600));

    const hourly = await h.call('GET', `/api/reports/trends?from=${DAY}&to=${DAY}&interval=hour`, {
      as: team.viewer,
    });
    const hour = (label: string) => hourly.body.buckets.find((b: { label: string }) => b.label === label);
    expect(hourly.body.buckets).toHaveLength(24);
    // 09:00–10:00: T1, T2, T3 created, none resolved, all three open at 09:59:59; T1 answered in 20 min.
    expect(hour('2026-03-10T09:00')).toMatchObject({ ticketsCreated: 3, ticketsResolved: 0, backlog: 3 });
    expect(hour('2026-03-10T09:00').firstResponseTime).toEqual(stats(1, 1200, 1200, 1200));
    // 10:00–11:00: T1 resolved at 10:00 (60 min); T3 answered 10:10 (15 min), T2 10:30 (60 min).
    expect(hour('2026-03-10T10:00')).toMatchObject({ ticketsResolved: 1, backlog: 2 });
    expect(hour('2026-03-10T10:00').firstResponseTime).toEqual(stats(2, 2250, 2250, 3600));
    expect(hour('2026-03-10T10:00').resolutionTime).toEqual(stats(1, 3600, 3600, 3600));
  });
});
