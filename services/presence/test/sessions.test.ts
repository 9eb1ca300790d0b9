import { userCreated } from '@switchboard/testing';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityIntervals, agents, workSessions } from '../src/data/schema.js';
import { type PresenceHarness, startPresence, type Team } from './support/presence-harness.js';

let h: PresenceHarness;
let team: Team;
beforeAll(async () => {
  h = await startPresence();
  team = await h.tenant();
});
afterAll(() => h?.stop());

describe('a working day', () => {
  it('clock in, a break with a reason, a call, clock out: intervals and totals exact across midnight', async () => {
    const { agent } = team;
    const steps: [string, unknown?][] = [
      ['/api/sessions/clock-in'],
      ['/api/sessions/break/start', { reason: 'lunch' }],
      ['/api/sessions/break/end'],
      ['/api/sessions/on-call/start'],
      ['/api/sessions/on-call/end'],
      ['/api/sessions/clock-out'],
    ];
    const activities: string[] = [];
    for (const [path, body] of steps) {
      const res = await h.call('POST', path, { as: agent, body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
      activities.push(res.body.activity);
    }
    expect(activities).toEqual(['working', 'break', 'working', 'on_call', 'working', 'clocked_out']);

    // Back-date the day: 20:00 → 04:30 the next morning (UTC).
    const db = h.deps.db;
    const [session] = await db.select().from(workSessions).where(eq(workSessions.agentId, agent.userId));
    if (!session) throw new Error('no session');
    const t = (iso: string) => new Date(iso);
    await db
      .update(workSessions)
      .set({ startedAt: t('2026-03-01T20:00:00Z'), endedAt: t('2026-03-02T04:30:00Z') })
      .where(eq(workSessions.id, session.id));
    const rows = await db
      .select()
      .from(activityIntervals)
      .where(eq(activityIntervals.sessionId, session.id))
      .orderBy(asc(activityIntervals.startedAt));
    expect(rows.map((r) => [r.kind, r.reason, r.endedAt !== null])).toEqual([
      ['working', null, true],
      ['break', 'lunch', true],
      ['working', null, true],
      ['on_call', null, true],
      ['working', null, true],
    ]);
    const spans = [
      ['2026-03-01T20:00:00Z', '2026-03-01T23:45:00Z'],
      ['2026-03-01T23:45:00Z', '2026-03-02T00:30:10Z'],
      ['2026-03-02T00:30:10Z', '2026-03-02T01:00:00Z'],
      ['2026-03-02T01:00:00Z', '2026-03-02T01:20:05Z'],
      ['2026-03-02T01:20:05Z', '2026-03-02T04:30:00Z'],
    ] as const;
    for (const [i, row] of rows.entries()) {
      const [start, end] = spans[i] ?? [];
      await db
        .update(activityIntervals)
        .set({ startedAt: t(start ?? ''), endedAt: t(end ?? '') })
        .where(eq(activityIntervals.id, row.id));
    }

    const res = await h.call('GET', `/api/sessions?from=2026-03-01T00:00:00Z&to=2026-03-03T00:00:00Z`, {
      as: agent,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        id: session.id,
        agentId: agent.userId,
        startedAt: '2026-03-01T20:00:00.000Z',
        endedAt: '2026-03-02T04:30:00.000Z',
        breaks: [
          { startedAt: '2026-03-01T23:45:00.000Z', endedAt: '2026-03-02T00:30:10.000Z', reason: 'lunch' },
        ],
        calls: [{ startedAt: '2026-03-02T01:00:00.000Z', endedAt: '2026-03-02T01:20:05.000Z' }],
        workedSeconds: 8.5 * 3600 - (45 * 60 + 10),
        breakSeconds: 45 * 60 + 10,
        onCallSeconds: 20 * 60 + 5,
      },
    ]);
    // Outside the window: nothing.
    const before = await h.call('GET', '/api/sessions?to=2026-03-01T19:00:00Z', { as: agent });
    expect(before.body.data).toEqual([]);

    // Events in the outbox, in order, with the requests' correlation ids.
    const events = (await h.recorded(agent.userId)).filter((e) => e.type !== 'agent.activity_logged');
    expect(events.map((e) => e.type)).toEqual([
      'agent.clocked_in',
      'agent.break_started',
      'agent.break_ended',
      'agent.clocked_out',
    ]);
    expect(events[1]?.data).toMatchObject({ reason: 'lunch' });
  });

  it('answers illegal moves with 409 CONFLICT', async () => {
    const { otherAgent: a } = team;
    const expectConflict = async (path: string) => {
      const res = await h.call('POST', path, { as: a });
      expect(res.status, path).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'CONFLICT', message: expect.any(String) });
    };
    await expectConflict('/api/sessions/break/start');
    await expectConflict('/api/sessions/clock-out');
    await expectConflict('/api/sessions/on-call/start');
    expect((await h.call('POST', '/api/sessions/clock-in', { as: a })).status).toBe(200);
    await expectConflict('/api/sessions/clock-in');
    await expectConflict('/api/sessions/break/end');
    await expectConflict('/api/sessions/on-call/end');
    expect((await h.call('POST', '/api/sessions/break/start', { as: a })).status).toBe(200);
    await expectConflict('/api/sessions/on-call/start');
    await expectConflict('/api/sessions/break/start');
    expect((await h.call('POST', '/api/sessions/clock-out', { as: a })).status).toBe(200);
    // Clock-out closed the open break too.
    const open = await h.deps.db
      .select()
      .from(activityIntervals)
      .where(eq(activityIntervals.agentId, a.userId));
    expect(open.every((r) => r.endedAt !== null)).toBe(true);
  });

  it('a concurrent double clock-in creates one session', async () => {
    const a = await h.member(team.tenantId, 'agent');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.call('POST', '/api/sessions/clock-in', { as: a })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const sessions = await h.deps.db
      .select()
      .from(workSessions)
      .where(and(eq(workSessions.agentId, a.userId)));
    expect(sessions).toHaveLength(1);
    const clockIns = (await h.recorded(a.userId)).filter((e) => e.type === 'agent.clocked_in');
    expect(clockIns).toHaveLength(1);
  });

  it('someone auth has just created can clock in before presence has heard of them', async () => {
    const { userId, event } = userCreated(team.tenantId, 'agent', 'Billing');
    const newcomer = {
      userId,
      tenantId: team.tenantId,
      role: 'agent' as const,
      token: await h.issuer.tokenFor({ userId, tenantId: team.tenantId, role: 'agent' }),
    };
    const clockIn = await h.call('POST', '/api/sessions/clock-in', { as: newcomer });
    expect(clockIn.status, JSON.stringify(clockIn.body)).toBe(200);
    expect(clockIn.body.activity).toBe('working');
    // The announcement, when it arrives, completes the profile and keeps the session.
    await h.publishApplied([event]);
    const [row] = await h.deps.db.select().from(agents).where(eq(agents.agentId, userId));
    expect(row).toMatchObject({ department: 'Billing', isActive: true });
    const again = await h.call('POST', '/api/sessions/clock-in', { as: newcomer });
    expect(again.status).toBe(409);
  });
});

describe('status and availability', () => {
  it('publishes status and availability changes in order, availability only when it changes', async () => {
    const a = await h.member(team.tenantId, 'agent');
    const headers = { 'x-correlation-id': `corr-${a.userId}` };
    const put = (status: string, as = a) =>
      h.call('PUT', `/api/agents/${a.userId}/status`, { as, body: { status }, headers });
    expect((await h.call('POST', '/api/sessions/clock-in', { as: a, headers })).status).toBe(200);
    expect((await put('online')).body).toMatchObject({ onlineStatus: 'online', availability: 'available' });
    expect((await put('online')).status).toBe(200); // the same again: nothing published
    expect((await put('away')).body).toMatchObject({ availability: 'busy' });
    expect((await put('busy')).body).toMatchObject({ availability: 'busy' }); // busy → busy: no change
    expect((await h.call('POST', '/api/sessions/break/start', { as: a, headers })).body).toMatchObject({
      availability: 'busy',
    });
    const events = (await h.recorded(a.userId)).filter((e) => e.type !== 'agent.activity_logged');
    expect(events.map((e) => [e.type, e.data.status ?? e.data.availability ?? null])).toEqual([
      ['agent.clocked_in', null],
      ['agent.status_changed', 'online'],
      ['agent.availability_changed', 'available'],
      ['agent.status_changed', 'away'],
      ['agent.availability_changed', 'busy'],
      ['agent.status_changed', 'busy'],
      ['agent.break_started', null],
    ]);
    expect(events.every((e) => e.correlationId === `corr-${a.userId}`)).toBe(true);
    expect(events[2]?.data).toMatchObject({
      activity: 'working',
      onlineStatus: 'online',
      openTickets: 0,
      capacity: null,
    });
  });

  it('role rules: a viewer is 403, an agent sets only their own status, a supervisor anyone', async () => {
    const { agent, otherAgent, viewer, supervisor } = team;
    expect((await h.call('POST', '/api/sessions/clock-in', { as: viewer })).status).toBe(403);
    expect((await h.call('POST', '/api/sessions/clock-in')).status).toBe(401);
    const other = `/api/agents/${otherAgent.userId}/status`;
    expect((await h.call('PUT', other, { as: agent, body: { status: 'away' } })).status).toBe(403);
    expect((await h.call('PUT', other, { as: viewer, body: { status: 'away' } })).status).toBe(403);
    const set = await h.call('PUT', other, { as: supervisor, body: { status: 'away' } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ agentId: otherAgent.userId, onlineStatus: 'away' });
    expect((await h.call('PUT', other, { as: supervisor, body: { status: 'gone' } })).status).toBe(400);
    // Agents read only their own sessions; viewers anyone's.
    const mine = await h.call('GET', `/api/sessions?agentId=${otherAgent.userId}`, { as: agent });
    expect(mine.status).toBe(403);
    const seen = await h.call('GET', `/api/sessions?agentId=${otherAgent.userId}`, { as: viewer });
    expect(seen.status).toBe(200);
    expect(seen.body.data.length).toBeGreaterThan(0);
    expect((await h.call('GET', '/api/presence', { as: viewer })).status).toBe(200);
  });

  it('keeps tenants apart: 404 for another tenant’s agent, lists of one tenant only', async () => {
    const other = await h.tenant();
    const status = await h.call('PUT', `/api/agents/${team.agent.userId}/status`, {
      as: other.admin,
      body: { status: 'online' },
    });
    expect(status.status).toBe(404);
    expect(status.body.error.code).toBe('NOT_FOUND');
    const sessions = await h.call('GET', `/api/sessions?agentId=${team.agent.userId}`, { as: other.admin });
    expect(sessions.status).toBe(404);
    const all = await h.call('GET', '/api/sessions', { as: other.supervisor });
    expect(all.body.data).toEqual([]);
    const presence = await h.call('GET', '/api/presence', { as: other.viewer });
    const ids = presence.body.data.map((p: { agentId: string }) => p.agentId).sort();
    expect(ids).toEqual(
      [other.admin.userId, other.supervisor.userId, other.agent.userId, other.otherAgent.userId].sort(),
    );
    const ours = await h.call('GET', '/api/presence', { as: team.viewer });
    expect(ours.body.data.map((p: { agentId: string }) => p.agentId)).not.toContain(other.agent.userId);
    expect(ours.body.data.find((p: { agentId: string }) => p.agentId === team.agent.userId)).toEqual({
      agentId: team.agent.userId,
      onlineStatus: 'offline',
      availability: 'offline',
      activity: 'clocked_out',
      since: expect.any(String),
      openTickets: 0,
      capacity: null,
      connections: 0,
    });
  });
});
