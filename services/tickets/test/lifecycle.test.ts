import type { TicketStatus } from '@switchboard/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../src/data/schema.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

const open = async (as: Member, extra: Record<string, unknown> = {}) => {
  const res = await h.call('POST', '/api/tickets', {
    as,
    body: { subject: 'Printer on fire', description: 'Help', priority: 'high', ...extra },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; status: TicketStatus };
};
const patch = (as: Member, id: string, body: Record<string, unknown>) =>
  h.call('PATCH', `/api/tickets/${id}`, { as, body });
const assign = (as: Member, id: string, agentId: string | null) =>
  h.call('POST', `/api/tickets/${id}/assign`, { as, body: { agentId } });

describe('opening tickets', () => {
  it('an agent opens a NEW ticket with its customer', async () => {
    const team = await h.tenant();
    const res = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: {
        subject: 'Refund',
        description: 'Charged twice',
        priority: 'medium',
        category: 'billing',
        tags: ['refund'],
        customer: { name: 'Cora Customer', email: 'cora@example.com' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'NEW',
      assigneeId: null,
      priority: 'medium',
      tags: ['refund'],
      customer: { name: 'Cora Customer', email: 'cora@example.com' },
      createdBy: team.agent.userId,
    });
  });

  it('refuses a viewer and a bad body, storing nothing', async () => {
    const team = await h.tenant();
    expect(
      (await h.call('POST', '/api/tickets', { as: team.viewer, body: { subject: 'x', priority: 'low' } }))
        .status,
    ).toBe(403);
    const bad = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: { subject: '', priority: 'whenever' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.subject', 'body.priority']),
    );
    expect((await h.call('GET', '/api/tickets', { as: team.admin })).body.meta.total).toBe(0);
  });
});

describe('the status table, through the API', () => {
  it('walks every legal transition of a ticket without approval', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    expect((await assign(team.agent, id, team.agent.userId)).body.status).toBe('ASSIGNED');
    expect((await assign(team.supervisor, id, null)).body).toMatchObject({ status: 'NEW', assigneeId: null });
    await assign(team.agent, id, team.agent.userId);
    for (const status of ['IN_PROGRESS', 'PENDING', 'IN_PROGRESS', 'RESOLVED'] as const) {
      const res = await patch(team.agent, id, { status });
      expect([res.status, res.body.status]).toEqual([200, status]);
    }
    expect((await patch(team.supervisor, id, { status: 'IN_PROGRESS' })).body).toMatchObject({
      status: 'IN_PROGRESS',
      resolvedAt: null,
    });
    await patch(team.agent, id, { status: 'RESOLVED' });
    expect((await patch(team.supervisor, id, { status: 'CLOSED' })).body).toMatchObject({
      status: 'CLOSED',
      closedAt: expect.any(String),
    });
  });

  it('routes a supervisor-assigned ticket through approval, with a reason to reject', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    expect((await assign(team.supervisor, id, team.agent.userId)).body.requiresApproval).toBe(true);
    await patch(team.agent, id, { status: 'IN_PROGRESS' });
    expect((await patch(team.agent, id, { status: 'RESOLVED' })).status).toBe(403);
    expect((await patch(team.agent, id, { status: 'RESOLUTION_REQUESTED' })).body.status).toBe(
      'RESOLUTION_REQUESTED',
    );
    expect((await patch(team.agent, id, { status: 'RESOLVED' })).status).toBe(403);
    const noReason = await patch(team.supervisor, id, { status: 'IN_PROGRESS' });
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(
      (await patch(team.supervisor, id, { status: 'IN_PROGRESS', reason: 'Attach the invoice' })).body.status,
    ).toBe('IN_PROGRESS');
    await patch(team.agent, id, { status: 'RESOLUTION_REQUESTED' });
    // The supervisor took ten minutes to look at it: approval time, not the agent's handling time.
    await h.deps.db
      .update(tickets)
      .set({ statusChangedAt: sql`now() - interval '10 minutes'` })
      .where(eq(tickets.id, id));
    const approved = (await patch(team.supervisor, id, { status: 'RESOLVED' })).body;
    expect(approved.status).toBe('RESOLVED');
    expect(approved.approvalWaitSeconds).toBeGreaterThanOrEqual(600);
    expect(approved.approvalWaitSeconds).toBeLessThan(660);
  });

  it('a supervisor cannot approve their own resolution request', async () => {
    const team = await h.tenant();
    const { id } = await open(team.supervisor, { requiresApproval: true });
    await assign(team.supervisor, id, team.supervisor.userId);
    await patch(team.supervisor, id, { status: 'IN_PROGRESS' });
    await patch(team.supervisor, id, { status: 'RESOLUTION_REQUESTED' });
    const own = await patch(team.supervisor, id, { status: 'RESOLVED' });
    expect([own.status, own.body.error.message]).toEqual([403, expect.stringMatching(/own/)]);
  });

  it.each([
    ['NEW', 'RESOLVED', ['ASSIGNED']],
    ['NEW', 'IN_PROGRESS', ['ASSIGNED']],
    ['ASSIGNED', 'PENDING', ['IN_PROGRESS', 'NEW']],
    ['IN_PROGRESS', 'CLOSED', ['PENDING', 'RESOLUTION_REQUESTED', 'RESOLVED']],
    ['RESOLVED', 'PENDING', ['IN_PROGRESS', 'CLOSED']],
  ] as const)('a %s ticket cannot move to %s: 409 naming the allowed targets', async (from, to, allowed) => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const path: Record<string, TicketStatus[]> = {
      NEW: [],
      ASSIGNED: [],
      IN_PROGRESS: ['IN_PROGRESS'],
      RESOLVED: ['IN_PROGRESS', 'RESOLVED'],
    };
    if (from !== 'NEW') await assign(team.agent, id, team.agent.userId);
    for (const status of path[from] ?? []) await patch(team.agent, id, { status });
    const res = await patch(team.supervisor, id, { status: to });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: [{ allowed }] });
  });

  it('keeps a per-ticket history of who changed what', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    await assign(team.agent, id, team.agent.userId);
    await patch(team.agent, id, { priority: 'urgent', status: 'IN_PROGRESS' });
    const history = await h.call('GET', `/api/tickets/${id}/history`, { as: team.viewer });
    expect(history.body.data.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ['created', team.agent.userId],
      ['assigned', team.agent.userId],
      ['updated', team.agent.userId],
      ['status_changed', team.agent.userId],
    ]);
    expect(history.body.data[2].changes).toEqual({
      before: { priority: 'high' },
      after: { priority: 'urgent' },
    });
  });
});

describe('who sees and works which ticket', () => {
  it('an agent sees their own tickets and the unassigned queue, not a colleague’s', async () => {
    const team: Team = await h.tenant();
    const mine = await open(team.agent);
    const theirs = await open(team.otherAgent);
    const queue = await open(team.supervisor);
    await assign(team.agent, mine.id, team.agent.userId);
    await assign(team.otherAgent, theirs.id, team.otherAgent.userId);
    const list = await h.call('GET', '/api/tickets?sort=createdAt', { as: team.agent });
    expect(list.body.data.map((t: { id: string }) => t.id)).toEqual([mine.id, queue.id]);
    expect((await h.call('GET', `/api/tickets/${theirs.id}`, { as: team.agent })).status).toBe(404);
    expect((await h.call('GET', '/api/tickets', { as: team.viewer })).body.meta.total).toBe(3);
    expect((await patch(team.viewer, mine.id, { priority: 'low' })).status).toBe(403);
  });

  it('an agent cannot assign a ticket to someone else', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    expect((await assign(team.agent, id, team.otherAgent.userId)).status).toBe(403);
  });

  it('tenant B gets 404 for tenant A’s ticket, messages and history, and an empty list', async () => {
    const a = await h.tenant();
    const b = await h.tenant();
    const { id } = await open(a.agent);
    for (const path of [`/api/tickets/${id}`, `/api/tickets/${id}/messages`, `/api/tickets/${id}/history`]) {
      expect((await h.call('GET', path, { as: b.admin })).status).toBe(404);
    }
    expect((await patch(b.admin, id, { priority: 'low' })).status).toBe(404);
    expect((await assign(b.admin, id, b.agent.userId)).status).toBe(404);
    expect(
      (await h.call('POST', `/api/tickets/${id}/messages`, { as: b.admin, body: { body: 'hi' } })).status,
    ).toBe(404);
    expect((await h.call('GET', '/api/tickets', { as: b.admin })).body.meta.total).toBe(0);
  });
});
