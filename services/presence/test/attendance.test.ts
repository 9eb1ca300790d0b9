import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityIntervals, agents, workSessions } from '../src/data/schema.js';
import { closeIdleSessions, IDLE_CLEANUP_CORRELATION } from '../src/jobs/idle-sessions.js';
import { type Member, type PresenceHarness, startPresence } from './support/presence-harness.js';

let h: PresenceHarness;
beforeAll(async () => {
  h = await startPresence();
});
afterAll(() => h?.stop());

const defaults = {
  timeZone: 'UTC',
  shiftStart: '09:00',
  lateAfterMinutes: 10,
  workdays: [1, 2, 3, 4, 5],
  idleSessionLimitMinutes: 30,
};

/** Clocks `m` in and out through the API, then moves that session and its intervals to the given times. */
async function backDatedSession(m: Member, spans: [kind: string, start: string, end: string][]) {
  for (const path of ['/api/sessions/clock-in', '/api/sessions/break/start', '/api/sessions/break/end']) {
    expect((await h.call('POST', path, { as: m })).status).toBe(200);
  }
  expect((await h.call('POST', '/api/sessions/clock-out', { as: m })).status).toBe(200);
  const db = h.deps.db;
  const [session] = await db.select().from(workSessions).where(eq(workSessions.agentId, m.userId));
  if (!session) throw new Error('no session');
  const rows = await db
    .select()
    .from(activityIntervals)
    .where(eq(activityIntervals.sessionId, session.id))
    .orderBy(activityIntervals.startedAt);
  expect(rows.map((r) => r.kind)).toEqual(spans.map(([kind]) => kind));
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last) throw new Error('no spans');
  await db
    .update(workSessions)
    .set({ startedAt: new Date(first[1]), endedAt: new Date(last[2]) })
    .where(eq(workSessions.id, session.id));
  for (const [i, row] of rows.entries()) {
    const [, start, end] = spans[i] ?? [];
    await db
      .update(activityIntervals)
      .set({ startedAt: new Date(start ?? ''), endedAt: new Date(end ?? '') })
      .where(eq(activityIntervals.id, row.id));
  }
}

describe('shift settings', () => {
  it('reads the defaults, lets staff change some fields, refuses agents and viewers', async () => {
    const team = await h.tenant();
    const read = await h.call('GET', '/api/sessions/settings', { as: team.agent });
    expect(read).toEqual({ status: 200, body: { ...defaults, updatedAt: null } });

    for (const as of [team.agent, team.viewer]) {
      const res = await h.call('PUT', '/api/sessions/settings', { as, body: { shiftStart: '08:00' } });
      expect(res.status).toBe(403);
    }
    expect((await h.call('PUT', '/api/sessions/settings', { body: { shiftStart: '08:00' } })).status).toBe(
      401,
    );

    const put = await h.call('PUT', '/api/sessions/settings', {
      as: team.supervisor,
      body: { timeZone: 'Europe/Berlin', workdays: [6, 1, 2] },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body).toEqual({
      ...defaults,
      timeZone: 'Europe/Berlin',
      workdays: [1, 2, 6],
      updatedAt: expect.any(String),
    });
    const full = { ...defaults, timeZone: 'America/New_York', shiftStart: '07:30', lateAfterMinutes: 0 };
    const admin = await h.call('PUT', '/api/sessions/settings', { as: team.admin, body: full });
    expect(admin.body).toEqual({ ...full, updatedAt: expect.any(String) });
    expect((await h.call('GET', '/api/sessions/settings', { as: team.viewer })).body).toEqual(admin.body);

    const announced = (await h.recorded()).filter(
      (e) => e.type === 'shift_settings.updated' && e.tenantId === team.tenantId,
    );
    expect(announced.map((e) => e.data)).toEqual([put.body, admin.body]);
  });

  it('refuses invalid settings with 400 and the fields at fault, and saves nothing', async () => {
    const team = await h.tenant();
    const bad: [unknown, string][] = [
      [{ timeZone: 'Mars/Olympus_Mons' }, 'body.timeZone'],
      [{ timeZone: '' }, 'body.timeZone'],
      [{ shiftStart: '9:00' }, 'body.shiftStart'],
      [{ shiftStart: '24:00' }, 'body.shiftStart'],
      [{ lateAfterMinutes: -1 }, 'body.lateAfterMinutes'],
      [{ lateAfterMinutes: 2.5 }, 'body.lateAfterMinutes'],
      [{ workdays: [1, 7] }, 'body.workdays.1'],
      [{ workdays: [1, 1] }, 'body.workdays'],
      [{ idleSessionLimitMinutes: 0 }, 'body.idleSessionLimitMinutes'],
      [{ weekStart: 1 }, 'body.'], // the whole body, as the shared error handler names it
      [{}, 'body.'],
    ];
    for (const [body, field] of bad) {
      const res = await h.call('PUT', '/api/sessions/settings', { as: team.admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      expect(res.body.error.details, JSON.stringify(body)).toContainEqual({
        field,
        message: expect.any(String),
      });
    }
    const read = await h.call('GET', '/api/sessions/settings', { as: team.admin });
    expect(read.body).toEqual({ ...defaults, updatedAt: null });
  });

  it('keeps tenants apart', async () => {
    const [ours, theirs] = await Promise.all([h.tenant(), h.tenant()]);
    await h.call('PUT', '/api/sessions/settings', { as: ours.admin, body: { timeZone: 'Asia/Tokyo' } });
    await h.call('PUT', '/api/sessions/settings', { as: theirs.admin, body: { shiftStart: '06:00' } });
    const mine = await h.call('GET', '/api/sessions/settings', { as: ours.agent });
    expect(mine.body).toMatchObject({ timeZone: 'Asia/Tokyo', shiftStart: '09:00' });
    const other = await h.call('GET', '/api/sessions/settings', { as: theirs.agent });
    expect(other.body).toMatchObject({ timeZone: 'UTC', shiftStart: '06:00' });
  });
});

describe('attendance', () => {
  it('counts a Berlin night shift on both local days, with lateness, absence and occupancy', async () => {
    const team = await h.tenant();
    await h.call('PUT', '/api/sessions/settings', { as: team.admin, body: { timeZone: 'Europe/Berlin' } });
    // Thu 2026-01-15 22:00 → Fri 06:00 Berlin time (UTC+1), a break 23:30 → 00:30.
    await backDatedSession(team.agent, [
      ['working', '2026-01-15T21:00:00Z', '2026-01-15T22:30:00Z'],
      ['break', '2026-01-15T22:30:00Z', '2026-01-15T23:30:00Z'],
      ['working', '2026-01-15T23:30:00Z', '2026-01-16T05:00:00Z'],
    ]);
    const url = `/api/sessions/attendance?agentId=${team.agent.userId}&from=2026-01-14&to=2026-01-17`;
    const res = await h.call('GET', url, { as: team.agent });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const none = { firstClockIn: null, late: false, lateMinutes: 0, workedSeconds: 0, breakSeconds: 0 };
    expect(res.body).toEqual({
      data: [
        {
          agentId: team.agent.userId,
          days: [
            { date: '2026-01-14', ...none, absent: true, onCallSeconds: 0, occupancy: 0 },
            {
              date: '2026-01-15',
              firstClockIn: '2026-01-15T21:00:00.000Z',
              late: true,
              lateMinutes: 13 * 60,
              absent: false,
              workedSeconds: 90 * 60,
              breakSeconds: 30 * 60,
              onCallSeconds: 0,
              occupancy: 0,
            },
            {
              date: '2026-01-16',
              firstClockIn: null,
              late: false,
              lateMinutes: 0,
              absent: false,
              workedSeconds: 5.5 * 3600,
              breakSeconds: 30 * 60,
              onCallSeconds: 0,
              occupancy: 0,
            },
            { date: '2026-01-17', ...none, absent: false, onCallSeconds: 0, occupancy: 0 }, // Saturday
          ],
        },
      ],
    });
  });

  it('role rules, every worker when no agent is named, tenant isolation and validation', async () => {
    const team = await h.tenant();
    const q = (agentId?: string, from = '2026-02-02', to = '2026-02-03') =>
      `/api/sessions/attendance?${agentId ? `agentId=${agentId}&` : ''}from=${from}&to=${to}`;
    expect((await h.call('GET', q(team.otherAgent.userId), { as: team.agent })).status).toBe(403);
    const own = await h.call('GET', q(), { as: team.agent });
    expect(own.body.data.map((d: { agentId: string }) => d.agentId)).toEqual([team.agent.userId]);
    for (const as of [team.viewer, team.supervisor, team.admin]) {
      const res = await h.call('GET', q(team.agent.userId), { as });
      expect(res.status).toBe(200);
      expect(res.body.data[0].days).toHaveLength(2);
    }
    const all = await h.call('GET', q(), { as: team.viewer });
    expect(all.body.data.map((d: { agentId: string }) => d.agentId).sort()).toEqual(
      [team.admin, team.supervisor, team.agent, team.otherAgent].map((m) => m.userId).sort(),
    );

    const other = await h.tenant();
    const foreign = await h.call('GET', q(team.agent.userId), { as: other.admin });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('NOT_FOUND');

    const bad = [
      q(undefined, '2026-02-03', '2026-02-02'),
      q(undefined, '2026-01-01', '2026-04-03'), // 92 days is the most; this is 93
      q(undefined, '2026-02-30', '2026-03-01'),
      q('not-an-id'),
      '/api/sessions/attendance?from=2026-02-02',
    ];
    for (const url of bad) expect((await h.call('GET', url, { as: team.admin })).status, url).toBe(400);
    const longest = await h.call('GET', q(team.agent.userId, '2026-01-01', '2026-04-02'), { as: team.admin });
    expect(longest.status).toBe(200);
    expect(longest.body.data[0].days).toHaveLength(92);
  });
});

describe('idle-session cleanup', () => {
  it('clocks out a session idle past the tenant limit, once, like a clock-out; spares live ones', async () => {
    const team = await h.tenant();
    const [idle, connected, recent] = [team.agent, team.otherAgent, team.supervisor];
    const limit = await h.call('PUT', '/api/sessions/settings', {
      as: team.admin,
      body: { idleSessionLimitMinutes: 1 },
    });
    expect(limit.status).toBe(200);
    for (const m of [idle, connected, recent]) {
      expect((await h.call('POST', '/api/sessions/clock-in', { as: m })).status).toBe(200);
    }
    expect((await h.call('POST', '/api/sessions/break/start', { as: idle })).status).toBe(200);
    await h.socket(connected, `s-${connected.userId}`, 'connected');
    const db = h.deps.db;
    const fiveMinutesAgo = new Date(Date.now() - 5 * 60_000);
    for (const m of [idle, connected]) {
      await db
        .update(workSessions)
        .set({ startedAt: fiveMinutesAgo })
        .where(eq(workSessions.agentId, m.userId));
      await db
        .update(activityIntervals)
        .set({ startedAt: fiveMinutesAgo })
        .where(eq(activityIntervals.agentId, m.userId));
    }

    await closeIdleSessions(db, h.deps.logger);
    await closeIdleSessions(db, h.deps.logger); // a second pass finds nothing more

    const open = await db.select().from(workSessions).where(isNull(workSessions.endedAt));
    const openOf = (m: Member) => open.filter((s) => s.agentId === m.userId).length;
    expect([openOf(idle), openOf(connected), openOf(recent)]).toEqual([0, 1, 1]);
    const openActivities = await db
      .select()
      .from(activityIntervals)
      .where(and(eq(activityIntervals.agentId, idle.userId), isNull(activityIntervals.endedAt)));
    expect(openActivities).toEqual([]);
    const [agent] = await db.select().from(agents).where(eq(agents.agentId, idle.userId));
    expect(agent?.availability).toBe('offline');

    const clockOuts = (await h.recorded(idle.userId)).filter((e) => e.type === 'agent.clocked_out');
    expect(clockOuts).toHaveLength(1);
    expect(clockOuts[0]?.correlationId.startsWith(IDLE_CLEANUP_CORRELATION)).toBe(true);
    expect(clockOuts[0]?.data.closedBy).toBe('idle_cleanup');
    const timeline = await h.call('GET', `/api/agents/${idle.userId}/activity`, { as: team.supervisor });
    expect(timeline.body.data[0]).toMatchObject({
      type: 'logout',
      description: 'Clocked out (idle session closed automatically)',
      metadata: { closedBy: 'idle_cleanup' },
    });
    expect((await h.recorded(connected.userId)).map((e) => e.type)).not.toContain('agent.clocked_out');
    // The agent sees themself clocked out and may clock in again.
    expect((await h.call('POST', '/api/sessions/clock-in', { as: idle })).status).toBe(200);
  });
});
