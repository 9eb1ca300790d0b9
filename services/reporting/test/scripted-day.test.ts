import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { DAY, scriptedDay } from './support/scripted-day.js';

/*
 * A day of two agents in Berlin (test/support/scripted-day.ts), published through the real bus.
 * Every expected number is worked out by hand below from the script, not by the code under test.
 *
 * A: in 09:05 (not late: allowance to 09:10), break 12:00–12:30, out 17:05, online 09:05–17:05.
 *    T1 09:00 → assigned 09:10, in progress 09:15, replies 09:20 (first) and 09:40 (to the
 *    customer's 09:30), an internal note 09:45, resolved 10:00, CSAT 5.
 *    T2 09:30 → assigned 09:31, in progress 09:35, first-response breach 10:00, reply 10:30,
 *    pending 10:31–11:30 (customer wrote 11:30), reply 11:45, resolved 11:50, CSAT 2.
 *    T5 15:00 (opened by A) → assigned 15:01, in progress 15:10, reply 15:20, still open.
 * B: in 09:25 (late 25 min), out 13:25, online 09:25–11:25 then away.
 *    T3 09:55 → assigned 10:00 (needs approval), in progress 10:05, reply 10:10, resolution
 *    requested 11:00, approved 11:30; reopened by the customer 12:00, reply 12:10, resolved 12:20.
 * T4 14:00 waits unassigned.
 */
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

const agentA = {
  ticketsHandled: 3, // T1, T2, T5
  ticketsResolved: 2, // T1, T2
  messagesSent: 5, // 09:20, 09:40, 10:30, 11:45, 15:20 (the internal note is not sent)
  firstResponseTime: stats(3, 2000, 1200, 3600), // T1 20 min, T2 60 min, T5 20 min
  nextResponseTime: stats(2, 750, 750, 900), // T1 09:30→09:40, T2 11:30→11:45
  handleTime: stats(2, 3900, 3900, 4800), // T1 09:10–10:00 = 50 min; T2 4 + 56 + 20 = 80 min
  resolutionTime: stats(2, 6000, 6000, 8400), // T1 60 min, T2 09:30→11:50 = 140 min
  slaCompliance: 50, // T2 breached
  slaBreachedResolutions: 1,
  csat: { responses: 2, average: 3.5, score: 50, responseRate: 100 }, // 5 and 2 for 2 surveys
  workedSeconds: 27000, // 09:05–12:00 (175 min) + 12:30–17:05 (275 min)
  breakSeconds: 1800,
  onlineSeconds: 28800,
  handlingSeconds: 13500, // 09:10–10:31 (81) + 11:30–11:50 (20) + 15:01–17:05 (124) = 225 min
  occupancy: 0.5, // 13500 / 27000
};

const agentB = {
  ticketsHandled: 1,
  ticketsResolved: 2, // T3 resolved twice
  messagesSent: 2,
  firstResponseTime: stats(1, 900, 900, 900), // 09:55 → 10:10
  nextResponseTime: stats(1, 600, 600, 600), // 12:00 → 12:10
  handleTime: stats(2, 2400, 2400, 3600), // 10:00–11:00 (approval wait excluded); 12:00–12:20
  resolutionTime: stats(2, 3450, 3450, 5700), // 09:55→11:30 = 95 min; 12:00→12:20 = 20 min
  slaCompliance: 100,
  slaBreachedResolutions: 0,
  csat: { responses: 0, average: null, score: null, responseRate: 0 },
  workedSeconds: 14400, // 09:25–13:25
  breakSeconds: 0,
  onlineSeconds: 7200, // 09:25–11:25
  handlingSeconds: 4800, // 10:00–11:00 + 12:00–12:20
  occupancy: 0.333, // 4800 / 14400
};

describe('the agent report', () => {
  it('gives every number of the scripted day, per day and in total, with attendance and level', async () => {
    const res = await h.call(
      'GET',
      `/api/reports/agents/${team.agent.userId}?from=2026-03-09&to=2026-03-11`,
      {
        as: team.supervisor,
      },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { agent, period, performanceLevel, totals, days } = res.body;
    expect(agent).toMatchObject({ id: team.agent.userId, fullName: team.agent.fullName, role: 'agent' });
    expect(period).toEqual({ from: '2026-03-09', to: '2026-03-11', timeZone: 'Europe/Berlin' });
    expect(performanceLevel).toBe('low'); // SLA compliance 50 % is below the medium bar of 80 %
    expect(days.map((d: { date: string }) => d.date)).toEqual(['2026-03-09', DAY, '2026-03-11']);
    expect(days[1]).toEqual({
      date: DAY,
      ...agentA,
      attendance: { firstClockIn: '2026-03-10T08:05:00.000Z', late: false, lateMinutes: 0, absent: false },
    });
    expect(days[0]).toMatchObject({ ticketsResolved: 0, workedSeconds: 0, attendance: { absent: true } });
    expect(totals).toEqual({
      ...agentA,
      attendance: { daysWorked: 1, daysLate: 0, daysAbsent: 2, lateMinutes: 0 }, // Monday and Wednesday
    });
  });

  it('shows B late, with the resolutions of a reopened ticket, and a high level', async () => {
    const res = await h.call('GET', `/api/reports/agents/${team.otherAgent.userId}?from=${DAY}&to=${DAY}`, {
      as: team.otherAgent,
    });
    expect(res.status).toBe(200);
    expect(res.body.performanceLevel).toBe('high'); // SLA 100 %, FRT 15 min, no CSAT answers
    expect(res.body.days[0]).toEqual({
      date: DAY,
      ...agentB,
      attendance: { firstClockIn: '2026-03-10T08:25:00.000Z', late: true, lateMinutes: 25, absent: false },
    });
  });

  it('answers the daily performance rows of the agent management plan (docs/api.md §8.2) in minutes and hours', async () => {
    const res = await h.call('GET', `/api/agents/${team.agent.userId}/performance?from=${DAY}&to=${DAY}`, {
      as: team.viewer,
    });
    expect(res.body).toEqual({
      data: [
        {
          agentId: team.agent.userId,
          date: DAY,
          messagesHandled: 5,
          avgResponseTime: 33.33, // 2000 s
          customerSatisfaction: 3.5,
          ticketsResolved: 2,
          onlineHours: 8,
          slaCompliance: 50,
        },
      ],
    });
  });
});

describe('the team report', () => {
  it('has a row per agent and supervisor and totals over all the tenant’s work', async () => {
    const res = await h.call('GET', `/api/reports/team?from=${DAY}&to=${DAY}`, { as: team.admin });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const row = (id: string) => res.body.agents.find((r: { agent: { id: string } }) => r.agent.id === id);
    expect(res.body.agents).toHaveLength(3); // A, B and the supervisor; not the admin or viewer
    expect(row(team.agent.userId)).toMatchObject({ performanceLevel: 'low', ...agentA });
    expect(row(team.otherAgent.userId)).toMatchObject({ performanceLevel: 'high', ...agentB });
    expect(row(team.supervisor.userId)).toMatchObject({ ticketsHandled: 0, attendance: { daysAbsent: 1 } });
    expect(res.body.totals).toEqual({
      ticketsHandled: 4,
      ticketsResolved: 4,
      messagesSent: 7,
      firstResponseTime: stats(4, 1725, 1200, 3600), // 900, 1200, 1200, 3600
      nextResponseTime: stats(3, 700, 600, 900), // 600, 600, 900
      handleTime: stats(4, 3150, 3300, 4800), // 1200, 3000, 3600, 4800
      resolutionTime: stats(4, 4725, 4650, 8400), // 1200, 3600, 5700, 8400
      slaCompliance: 75,
      slaBreachedResolutions: 1,
      csat: { responses: 2, average: 3.5, score: 50, responseRate: 50 },
      workedSeconds: 41400, // 27000 + 14400
      breakSeconds: 1800,
      onlineSeconds: 36000,
      handlingSeconds: 18300,
      occupancy: 0.442, // 18300 / 41400
      attendance: { daysWorked: 2, daysLate: 1, daysAbsent: 1, lateMinutes: 25 },
    });
  });
});
