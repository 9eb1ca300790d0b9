import { newEvent, uuidv7 } from '@switchboard/contracts';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { broadcastRecipients, broadcasts, helpRequests } from '../src/data/schema.js';
import { type Member, type PresenceHarness, startPresence, type Team } from './support/presence-harness.js';
import { ticket } from './support/ticket-fixture.js';

let h: PresenceHarness;
let team: Team;
let billing: Member;
let other: Team;
beforeAll(async () => {
  h = await startPresence();
  [team, other] = await Promise.all([h.tenant(), h.tenant()]);
  billing = await h.member(team.tenantId, 'agent', 'Billing');
});
afterAll(() => h?.stop());

const recipientsOf = async (broadcastId: string) =>
  (await h.deps.db.select().from(broadcastRecipients).where(eq(broadcastRecipients.broadcastId, broadcastId)))
    .map((r) => r.agentId)
    .sort();
const sorted = (...ids: string[]) => [...ids].sort();
const eventsOf = async (type: string) => (await h.recorded()).filter((e) => e.type === type);

describe('broadcasts', () => {
  it('resolves each audience to the tenant’s active users it names, the sender left out', async () => {
    const { admin, supervisor, agent, otherAgent, viewer } = team;
    const send = async (audience: unknown) => {
      const res = await h.call('POST', '/api/broadcasts', {
        as: supervisor,
        body: { message: 'Heads up', audience },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    };
    const all = await send({ type: 'all' });
    expect(all).toMatchObject({
      senderId: supervisor.userId,
      message: 'Heads up',
      audience: { type: 'all', value: null },
      recipientCount: 5,
      acknowledgedCount: 0,
    });
    expect(await recipientsOf(all.id)).toEqual(
      sorted(admin.userId, agent.userId, otherAgent.userId, viewer.userId, billing.userId),
    );

    const agents = await send({ type: 'role', value: 'agent' });
    expect(await recipientsOf(agents.id)).toEqual(sorted(agent.userId, otherAgent.userId, billing.userId));

    const dept = await send({ type: 'department', value: 'Billing' });
    expect(dept.audience).toEqual({ type: 'department', value: 'Billing' });
    expect(await recipientsOf(dept.id)).toEqual([billing.userId]);

    const listed = await send({ type: 'agents', value: [agent.userId, agent.userId, viewer.userId] });
    expect(listed.audience.value).toEqual([agent.userId, viewer.userId]);
    expect(await recipientsOf(listed.id)).toEqual(sorted(agent.userId, viewer.userId));

    const events = await eventsOf('broadcast.sent');
    const sent = events.find((e) => e.data.broadcastId === agents.id);
    expect(sent).toMatchObject({
      tenantId: team.tenantId,
      data: {
        broadcastId: agents.id,
        senderId: supervisor.userId,
        message: 'Heads up',
        audience: { type: 'role', value: 'agent' },
        sentAt: agents.sentAt,
      },
    });
  });

  it('refuses a bad body or audience with 400 and stores nothing', async () => {
    const before = (await h.deps.db.select().from(broadcasts)).length;
    const eventsBefore = (await eventsOf('broadcast.sent')).length;
    const bad = [
      { message: '', audience: { type: 'all' } },
      { message: 'x'.repeat(2001), audience: { type: 'all' } },
      { message: 'hi', audience: { type: 'everyone' } },
      { message: 'hi', audience: { type: 'role', value: 'boss' } },
      { message: 'hi', audience: { type: 'role' } },
      { message: 'hi', audience: { type: 'department', value: '  ' } },
      { message: 'hi', audience: { type: 'agents', value: [] } },
      { message: 'hi', audience: { type: 'agents', value: ['not-a-uuid'] } },
      // Not users of this tenant: unknown, and another tenant's.
      { message: 'hi', audience: { type: 'agents', value: [uuidv7()] } },
      { message: 'hi', audience: { type: 'agents', value: [team.agent.userId, other.agent.userId] } },
    ];
    for (const body of bad) {
      const res = await h.call('POST', '/api/broadcasts', { as: team.admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await h.deps.db.select().from(broadcasts)).length).toBe(before);
    expect((await eventsOf('broadcast.sent')).length).toBe(eventsBefore);
  });

  it('only supervisors and admins send', async () => {
    for (const as of [team.agent, team.viewer]) {
      const res = await h.call('POST', '/api/broadcasts', {
        as,
        body: { message: 'hi', audience: { type: 'all' } },
      });
      expect(res.status).toBe(403);
    }
    const res = await h.call('POST', '/api/broadcasts', {
      body: { message: 'hi', audience: { type: 'all' } },
    });
    expect(res.status).toBe(401);
  });

  it('the first acknowledgement of each recipient publishes the new count; a repeat publishes nothing', async () => {
    const { supervisor, agent, otherAgent } = await h.tenant();
    const sent = await h.call('POST', '/api/broadcasts', {
      as: supervisor,
      body: {
        message: 'Stand-up at 10',
        audience: { type: 'agents', value: [agent.userId, otherAgent.userId] },
      },
    });
    const id: string = sent.body.id;
    await h.call('POST', `/api/broadcasts/${id}/ack`, { as: agent });
    await h.call('POST', `/api/broadcasts/${id}/ack`, { as: agent });
    await h.call('POST', `/api/broadcasts/${id}/ack`, { as: otherAgent });
    const acks = (await eventsOf('broadcast.acknowledged')).filter((e) => e.data.broadcastId === id);
    expect(acks.map((e) => [e.data.agentId, e.data.acknowledgedCount, e.data.recipientCount])).toEqual([
      [agent.userId, 1, 2],
      [otherAgent.userId, 2, 2],
    ]);
  });

  it('a recipient acknowledges once; staff see counts, others only what was addressed to them', async () => {
    const { admin, agent, otherAgent, viewer } = team;
    const sent = await h.call('POST', '/api/broadcasts', {
      as: admin,
      body: { message: 'Only for Alex', audience: { type: 'agents', value: [agent.userId] } },
    });
    expect(sent.status).toBe(201);
    const id: string = sent.body.id;

    const first = await h.call('POST', `/api/broadcasts/${id}/ack`, { as: agent });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ broadcastId: id, agentId: agent.userId });
    const again = await h.call('POST', `/api/broadcasts/${id}/ack`, { as: agent });
    expect(again.status).toBe(200);
    expect(again.body.acknowledgedAt).toBe(first.body.acknowledgedAt);
    const rows = await h.deps.db
      .select()
      .from(broadcastRecipients)
      .where(eq(broadcastRecipients.broadcastId, id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.acknowledgedAt?.toISOString()).toBe(first.body.acknowledgedAt);

    // Not addressed to them, or another tenant's: 404.
    expect((await h.call('POST', `/api/broadcasts/${id}/ack`, { as: otherAgent })).status).toBe(404);
    expect((await h.call('POST', `/api/broadcasts/${id}/ack`, { as: other.agent })).status).toBe(404);
    expect((await h.call('POST', `/api/broadcasts/${id}/ack`, { as: other.admin })).status).toBe(404);
    expect((await h.call('POST', `/api/broadcasts/${uuidv7()}/ack`, { as: agent })).status).toBe(404);

    const staffList = await h.call('GET', '/api/broadcasts?limit=100', { as: team.supervisor });
    expect(staffList.status).toBe(200);
    expect(staffList.body.meta).toMatchObject({ page: 1, limit: 100, total: staffList.body.data.length });
    expect(staffList.body.data[0]).toMatchObject({ id, recipientCount: 1, acknowledgedCount: 1 });
    expect(staffList.body.data.length).toBeGreaterThanOrEqual(5);

    const mine = await h.call('GET', '/api/broadcasts?limit=100', { as: agent });
    expect(mine.body.data[0]).toMatchObject({ id, acknowledgedAt: first.body.acknowledgedAt });
    expect(mine.body.data[0]).not.toHaveProperty('recipientCount');
    const theirs = await h.call('GET', '/api/broadcasts?limit=100', { as: otherAgent });
    expect(theirs.body.data.map((b: { id: string }) => b.id)).not.toContain(id);
    expect(theirs.body.data.every((b: { acknowledgedAt: unknown }) => b.acknowledgedAt === null)).toBe(true);
    // The viewer got the 'all' and the listed one earlier, not this one.
    const viewed = await h.call('GET', '/api/broadcasts', { as: viewer });
    expect(viewed.body.meta.total).toBe(2);

    // Pagination.
    const page2 = await h.call('GET', '/api/broadcasts?limit=2&page=2', { as: team.supervisor });
    expect(page2.body.data).toHaveLength(2);
    expect(page2.body.data[0].id).toBe(staffList.body.data[2].id);

    // The other tenant sees none of it.
    const otherList = await h.call('GET', '/api/broadcasts', { as: other.admin });
    expect(otherList.body).toEqual({ data: [], meta: { total: 0, page: 1, limit: 20, totalPages: 0 } });
  });
});

describe('help requests', () => {
  const ask = async (as: Member, body: unknown = { message: 'Customer is shouting' }) =>
    h.call('POST', '/api/help-requests', { as, body });
  /** A ticket of the tenant that presence has heard of (ticket.created). */
  const knownTicket = async (tenantId: string) => {
    const made = ticket(tenantId, 'NEW', null, new Date());
    await h.publishApplied([
      newEvent('ticket.created', { ...made, ticketId: made.id }, { tenantId, correlationId: 'c' }, 'tickets'),
    ]);
    return made;
  };

  it('open → accepted → resolved, with the events in the outbox and 409s for illegal moves', async () => {
    const { agent, supervisor } = team;
    const ticketId = (await knownTicket(team.tenantId)).id;
    const created = await ask(agent, { ticketId, message: 'Refund over my limit' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      requesterId: agent.userId,
      ticketId,
      message: 'Refund over my limit',
      status: 'open',
    });
    const id: string = created.body.id;

    const accepted = await h.call('POST', `/api/help-requests/${id}/accept`, { as: supervisor });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedBy: supervisor.userId });
    const twice = await h.call('POST', `/api/help-requests/${id}/accept`, { as: team.admin });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('CONFLICT');

    const resolved = await h.call('POST', `/api/help-requests/${id}/resolve`, { as: agent });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: agent.userId });
    expect((await h.call('POST', `/api/help-requests/${id}/resolve`, { as: supervisor })).status).toBe(409);
    expect((await h.call('POST', `/api/help-requests/${id}/accept`, { as: supervisor })).status).toBe(409);

    const requested = (await eventsOf('help.requested')).find((e) => e.data.helpRequestId === id);
    expect(requested?.data).toEqual({
      helpRequestId: id,
      requesterId: agent.userId,
      ticketId,
      message: 'Refund over my limit',
      requestedAt: created.body.createdAt,
    });
    const updates = (await eventsOf('help.updated')).filter((e) => e.data.helpRequestId === id);
    expect(updates.map((e) => e.data)).toEqual([
      {
        helpRequestId: id,
        requesterId: agent.userId,
        status: 'accepted',
        actorId: supervisor.userId,
        ticketId,
        at: accepted.body.acceptedAt,
      },
      {
        helpRequestId: id,
        requesterId: agent.userId,
        status: 'resolved',
        actorId: agent.userId,
        ticketId,
        at: resolved.body.resolvedAt,
      },
    ]);
  });

  it('a supervisor resolves an open request directly; a concurrent double accept is one 200', async () => {
    const direct = await ask(team.otherAgent);
    expect(direct.body.ticketId).toBeNull();
    const res = await h.call('POST', `/api/help-requests/${direct.body.id}/resolve`, { as: team.admin });
    expect(res.body).toMatchObject({ status: 'resolved', resolvedBy: team.admin.userId, acceptedBy: null });

    const raced = await ask(team.otherAgent);
    const results = await Promise.all(
      [team.admin, team.supervisor, team.admin].map((as) =>
        h.call('POST', `/api/help-requests/${raced.body.id}/accept`, { as }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  it('role rules: who asks, who accepts, who resolves, who sees what', async () => {
    const { agent, otherAgent, supervisor, admin, viewer } = team;
    expect((await ask(viewer)).status).toBe(403);
    expect((await ask(admin)).status).toBe(403);
    const bySupervisor = await ask(supervisor);
    expect(bySupervisor.status).toBe(201);
    expect((await ask(agent, { message: '' })).status).toBe(400);
    expect((await ask(agent, { message: 'hi', ticketId: 'nope' })).status).toBe(400);

    const open = await ask(agent, { message: 'Mine' });
    const id: string = open.body.id;
    // An agent does not accept; another agent cannot touch or see it.
    expect((await h.call('POST', `/api/help-requests/${id}/accept`, { as: agent })).status).toBe(403);
    expect((await h.call('POST', `/api/help-requests/${id}/resolve`, { as: otherAgent })).status).toBe(404);
    expect((await h.call('POST', `/api/help-requests/${id}/resolve`, { as: viewer })).status).toBe(403);

    const own = await h.call('GET', '/api/help-requests?limit=100', { as: agent });
    expect(own.status).toBe(200);
    expect(own.body.data.every((r: { requesterId: string }) => r.requesterId === agent.userId)).toBe(true);
    expect(own.body.data.map((r: { id: string }) => r.id)).toContain(id);
    const theirs = await h.call('GET', '/api/help-requests?limit=100', { as: otherAgent });
    expect(theirs.body.data.map((r: { id: string }) => r.id)).not.toContain(id);

    const all = await h.call('GET', '/api/help-requests?limit=100', { as: supervisor });
    const requesters = new Set(all.body.data.map((r: { requesterId: string }) => r.requesterId));
    expect(requesters).toEqual(new Set([agent.userId, otherAgent.userId, supervisor.userId]));
    expect(all.body.meta.total).toBe(all.body.data.length);

    const openOnly = await h.call('GET', '/api/help-requests?status=open&limit=100', { as: admin });
    expect(openOnly.body.data.every((r: { status: string }) => r.status === 'open')).toBe(true);
    expect(openOnly.body.data.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining([id, bySupervisor.body.id]),
    );
    expect((await h.call('GET', '/api/help-requests?status=closed', { as: admin })).status).toBe(400);
    expect((await h.call('GET', '/api/help-requests', { as: viewer })).status).toBe(403);
  });

  it('a help request naming another tenant’s ticket, or one that does not exist, is the same 404 and stores nothing', async () => {
    const theirs = await knownTicket(other.tenantId);
    const nowhere = uuidv7();
    const foreign = await ask(team.agent, { ticketId: theirs.id, message: 'Whose is this?' });
    const unknown = await ask(team.agent, { ticketId: nowhere, message: 'Whose is this?' });
    expect([foreign.status, foreign.body.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect([unknown.status, unknown.body]).toEqual([foreign.status, foreign.body]);
    const rows = await h.deps.db
      .select()
      .from(helpRequests)
      .where(inArray(helpRequests.ticketId, [theirs.id, nowhere]));
    expect(rows).toEqual([]);
  });

  it('another tenant’s request is a 404 and never listed', async () => {
    const theirs = await ask(other.agent, { message: 'Elsewhere' });
    const id: string = theirs.body.id;
    expect((await h.call('POST', `/api/help-requests/${id}/accept`, { as: team.supervisor })).status).toBe(
      404,
    );
    expect((await h.call('POST', `/api/help-requests/${id}/resolve`, { as: team.admin })).status).toBe(404);
    const list = await h.call('GET', '/api/help-requests?limit=100', { as: team.admin });
    expect(list.body.data.map((r: { id: string }) => r.id)).not.toContain(id);
    const [row] = await h.deps.db.select().from(helpRequests).where(eq(helpRequests.id, id));
    expect(row).toMatchObject({ tenantId: other.tenantId, status: 'open' });
  });
});
