import { type Agent, uuidv7 } from '@switchboard/contracts';
import { team } from '@switchboard/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitingApproval, startAudit } from './support/audit-harness.js';

let h: Awaited<ReturnType<typeof startAudit>>;
beforeAll(async () => {
  h = await startAudit();
});
afterAll(() => h?.stop());

type Team = Awaited<ReturnType<typeof team<Awaited<ReturnType<typeof h.member>>>>>;

/** The agent's profile after `role` was given to them by `actorId`, as auth announces it. */
const roleChange = (t: Team, actorId: string, role: Agent['role']) => {
  const agent = t.agent.created.data as Agent;
  return h.event('user.updated', t.tenantId, { ...agent, role, changed: ['role'], actorId }, 'auth');
};

const approval = (t: Team, actorId: string, to: 'RESOLVED' | 'IN_PROGRESS', reason: string | null) => {
  const ticket = { ...awaitingApproval(t.tenantId, t.agent.userId), status: to };
  return h.event('ticket.status_changed', t.tenantId, {
    ...ticket,
    ticketId: ticket.id,
    from: 'RESOLUTION_REQUESTED',
    to,
    reason,
    actorId,
  });
};

const log = async (t: Team, query = '') => {
  const res = await h.call('GET', `/api/audit${query}`, { as: t.admin });
  expect(res.status).toBe(200);
  return res.body;
};

describe('GET /api/audit', () => {
  it("records an admin's role change with the role before and after", async () => {
    const t = await team(h.member);
    const change = roleChange(t, t.admin.userId, 'supervisor');
    await h.publish([change]);
    const { data } = await log(t, '?action=user.role_changed');
    expect(data).toEqual([
      {
        id: change.id,
        at: change.occurredAt,
        actorId: t.admin.userId,
        actorRole: 'admin',
        action: 'user.role_changed',
        targetType: 'user',
        targetId: t.agent.userId,
        before: { role: 'agent' },
        after: { role: 'supervisor' },
        ip: null,
        correlationId: change.correlationId,
      },
    ]);
  });

  it("records a supervisor's approval and rejection of a resolution request, newest first", async () => {
    const t = await team(h.member);
    const approved = approval(t, t.supervisor.userId, 'RESOLVED', null);
    const rejected = approval(t, t.supervisor.userId, 'IN_PROGRESS', 'Ask for the receipt first');
    await h.publish([approved]);
    await h.publish([rejected]);
    const { data, meta } = await log(t, '?targetType=ticket');
    expect(meta).toMatchObject({ total: 2, page: 1 });
    expect(data.map((e: { action: string }) => e.action)).toEqual([
      'ticket.resolution_rejected',
      'ticket.resolution_approved',
    ]);
    expect(data[0]).toMatchObject({
      actorRole: 'supervisor',
      before: { status: 'RESOLUTION_REQUESTED' },
      after: { status: 'IN_PROGRESS', reason: 'Ask for the receipt first' },
    });
  });

  it("keeps no entry for an agent's own change, and one for an event delivered twice", async () => {
    const t = await team(h.member);
    const own = h.event('ticket.assigned', t.tenantId, {
      ...awaitingApproval(t.tenantId, t.agent.userId),
      ticketId: uuidv7(),
      previousAssigneeId: null,
      actorId: t.agent.userId,
    });
    const change = roleChange(t, t.admin.userId, 'viewer');
    await h.publish([own, change]);
    await h.publish([change]);
    const { data } = await log(t);
    // The team's own creation came from a test event without an actor: not an audited change.
    expect(data.map((e: { id: string }) => e.id)).toEqual([change.id]);
  });

  it("gives a macro's update the macro as it was, and leaves agents' personal responses out", async () => {
    const t = await team(h.member);
    const at = new Date().toISOString();
    const macro = {
      id: uuidv7(),
      name: 'Refund',
      actions: [],
      createdBy: t.supervisor.userId,
      createdAt: at,
      updatedAt: at,
    };
    const fact = { ...macro, macroId: macro.id, actorId: t.supervisor.userId };
    const personal = {
      id: uuidv7(),
      shortCode: 'hi',
      title: 'Hi',
      body: 'Hello',
      scope: 'personal' as const,
      ownerId: t.supervisor.userId,
      createdAt: at,
      updatedAt: at,
      actorId: t.supervisor.userId,
    };
    await h.publish([h.event('macro.created', t.tenantId, fact)]);
    await h.publish([h.event('macro.updated', t.tenantId, { ...fact, name: 'Full refund' })]);
    await h.publish([h.event('canned_response.created', t.tenantId, personal)]);
    const { data } = await log(t);
    expect(data.map((e: { action: string }) => e.action)).toEqual(['macro.updated', 'macro.created']);
    expect(data[0]).toMatchObject({
      before: { name: 'Refund', actions: [] },
      after: { name: 'Full refund', actions: [] },
    });
  });

  it('filters by actor, action and date range, and pages', async () => {
    const t = await team(h.member);
    await h.publish([roleChange(t, t.admin.userId, 'supervisor')]);
    await h.publish([approval(t, t.supervisor.userId, 'RESOLVED', null)]);
    expect((await log(t, `?actorId=${t.supervisor.userId}`)).data).toHaveLength(1);
    expect((await log(t, '?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).data).toEqual([]);
    const page = await log(t, '?limit=1&page=2');
    expect(page).toMatchObject({
      data: [{ action: 'user.role_changed' }],
      meta: { total: 2, totalPages: 2 },
    });
  });

  it('shows another tenant nothing, and answers 403 to supervisors and agents', async () => {
    const t = await team(h.member);
    const other = await team(h.member);
    await h.publish([roleChange(t, t.admin.userId, 'supervisor')]);
    expect((await log(other)).data).toEqual([]);
    for (const as of [t.supervisor, t.agent])
      expect((await h.call('GET', '/api/audit', { as })).status).toBe(403);
  });

  it('answers 400 for a bad filter', async () => {
    const t = await team(h.member);
    const res = await h.call('GET', '/api/audit?actorId=nope&from=yesterday', { as: t.admin });
    expect(res.status).toBe(400);
  });

  it('refuses to rewrite or remove an entry, even from inside the service', async () => {
    const t = await team(h.member);
    await h.publish([roleChange(t, t.admin.userId, 'supervisor')]);
    const refusal = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(h.deps.db.execute(sql`update audit_entries set action = 'x'`)).rejects.toMatchObject(
      refusal,
    );
    await expect(h.deps.db.execute(sql`delete from audit_entries`)).rejects.toMatchObject(refusal);
  });
});

describe('GET /api/audit/export', () => {
  it('is the filtered log as CSV, the before/after as JSON', async () => {
    const t = await team(h.member);
    await h.publish([roleChange(t, t.admin.userId, 'supervisor')]);
    await h.publish([approval(t, t.supervisor.userId, 'RESOLVED', null)]);
    const res = await h.app.inject({
      method: 'GET',
      url: '/api/audit/export?action=user.role_changed',
      headers: { authorization: `Bearer ${t.admin.token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const [header, ...lines] = res.body.trim().split('\r\n');
    expect(header).toBe('at,actorId,actorRole,action,targetType,targetId,before,after,ip,correlationId');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${t.admin.userId},admin,user.role_changed,user,${t.agent.userId}`);
    expect(lines[0]).toContain('"{""role"":""agent""}","{""role"":""supervisor""}"');
  });
});
