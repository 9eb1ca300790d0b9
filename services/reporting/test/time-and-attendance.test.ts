import { DEFAULT_SHIFT_SETTINGS } from '@switchboard/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentStory } from './support/agent-story.js';
import { eventAt } from './support/event-at.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';

let h: ReportingHarness;
let team: Team;
beforeAll(async () => {
  h = await startReporting();
  team = await h.tenant();
  const settings = (timeZone: string, updatedAt: string) =>
    eventAt(
      'shift_settings.updated',
      team.tenantId,
      { ...DEFAULT_SHIFT_SETTINGS, timeZone, updatedAt },
      updatedAt,
      'presence',
    );
  // Berlin (UTC+1 in March) is the newer setting; it arrives first.
  const berlin = settings('Europe/Berlin', '2026-02-01T00:00:00.000Z');
  const newYork = settings('America/New_York', '2026-01-01T00:00:00.000Z');
  // Online since 1 March; a night shift Mon 22:00 → Tue 06:00 local, with a break 23:30 → 00:30.
  const night = agentStory(team.tenantId, team.agent.userId)
    .status('online', '2026-03-01T08:00:00Z')
    .clockIn('2026-03-09T21:00:00Z')
    .breakStart('2026-03-09T22:30:00Z')
    .breakEnd('2026-03-09T23:30:00Z')
    .clockOut('2026-03-10T05:00:00Z')
    .status('offline', '2026-03-10T05:00:00Z');
  const gone = eventAt(
    'user.deactivated',
    team.tenantId,
    { userId: team.otherAgent.userId, deactivatedAt: new Date().toISOString() },
    new Date().toISOString(),
    'auth',
  );
  await h.publishApplied([berlin, newYork, ...night.events, gone]);
});
afterAll(() => h?.stop());

const dayOf = async (date: string) => {
  const url = `/api/reports/agents/${team.agent.userId}?from=${date}&to=${date}`;
  const res = await h.call('GET', url, { as: team.supervisor });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('time across local midnight', () => {
  it('counts a shift and a status that began before the report’s first day', async () => {
    const tuesday = await dayOf('2026-03-10');
    expect(tuesday.period.timeZone).toBe('Europe/Berlin'); // the newest settings, whatever the arrival order
    expect(tuesday.days[0]).toMatchObject({
      workedSeconds: 5.5 * 3600, // 00:00–06:00 less the break until 00:30
      breakSeconds: 30 * 60,
      onlineSeconds: 6 * 3600, // online since 1 March, offline at 06:00
      attendance: { firstClockIn: null, late: false, lateMinutes: 0, absent: false },
    });
  });

  it('gives the shift’s first day its clock-in, lateness and the whole day online', async () => {
    const monday = await dayOf('2026-03-09');
    expect(monday.days[0]).toMatchObject({
      workedSeconds: 90 * 60, // 22:00–24:00 less the break from 23:30
      breakSeconds: 30 * 60,
      onlineSeconds: 24 * 3600,
      attendance: {
        firstClockIn: '2026-03-09T21:00:00.000Z',
        late: true,
        lateMinutes: 13 * 60,
        absent: false,
      },
    });
  });
});

describe('deactivated users', () => {
  it('leave the team rows when they did no work in the period, but their report stays readable', async () => {
    const res = await h.call('GET', '/api/reports/team?from=2026-03-09&to=2026-03-10', { as: team.admin });
    const ids = res.body.agents.map((r: { agent: { id: string } }) => r.agent.id).sort();
    expect(ids).toEqual([team.agent.userId, team.supervisor.userId].sort());
    const report = await h.call('GET', `/api/reports/agents/${team.otherAgent.userId}`, { as: team.admin });
    expect(report.body.agent).toMatchObject({ id: team.otherAgent.userId, isActive: false });
  });
});

describe('absence and the account’s creation', () => {
  it('counts no absence on the days before the account existed', async () => {
    // Created Wednesday 11 March at 13:00 Berlin, after that day's 09:10 lateness deadline.
    const newcomer = await h.member(team.tenantId, 'agent', 'Support', '2026-03-11T12:00:00.000Z');
    const url = `/api/reports/agents/${newcomer.userId}?from=2026-03-09&to=2026-03-13`;
    const res = await h.call('GET', url, { as: team.supervisor });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const absent = res.body.days.map((d: { date: string; attendance: { absent: boolean } }) => [
      d.date,
      d.attendance.absent,
    ]);
    expect(absent).toEqual([
      ['2026-03-09', false],
      ['2026-03-10', false],
      ['2026-03-11', false],
      ['2026-03-12', true],
      ['2026-03-13', true],
    ]);
    expect(res.body.totals.attendance.daysAbsent).toBe(2);
    const team5 = await h.call('GET', '/api/reports/team?from=2026-03-09&to=2026-03-13', { as: team.admin });
    const row = team5.body.agents.find((r: { agent: { id: string } }) => r.agent.id === newcomer.userId);
    expect(row.attendance.daysAbsent).toBe(2);
  });
});
