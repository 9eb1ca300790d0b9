import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/data/schema.js';
import { type Member, startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

const open = async (as: Member, subject = 'Cannot log in') =>
  (
    await h.call('POST', '/api/tickets', {
      as,
      body: { subject, description: 'Since Monday', priority: 'medium' },
    })
  ).body as { id: string };
const say = (as: Member, id: string, body: string, internal = false) =>
  h.call('POST', `/api/tickets/${id}/messages`, { as, body: { body, internal } });

describe('messages on a ticket', () => {
  it('keeps read receipts: the thread names each reader once after any number of reads', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const message = (await say(team.agent, id, 'Ping')).body;
    const read = (as: Member) => h.call('POST', `/api/tickets/${id}/messages/${message.id}/read`, { as });
    await read(team.supervisor);
    await read(team.supervisor);
    await read(team.admin);
    const thread = await h.call('GET', `/api/tickets/${id}/messages`, { as: team.agent });
    expect(thread.body.data[0].readBy).toEqual([team.supervisor.userId, team.admin.userId]);
  });

  it('shows another tenant neither the thread nor its receipts', async () => {
    const team = await h.tenant();
    const other = await h.tenant();
    const { id } = await open(team.agent);
    const message = (await say(team.agent, id, 'Ping')).body;
    await h.call('POST', `/api/tickets/${id}/messages/${message.id}/read`, { as: team.supervisor });
    const stranger = await h.call('POST', `/api/tickets/${id}/messages/${message.id}/read`, {
      as: other.supervisor,
    });
    expect(stranger.status).toBe(404);
    expect((await h.call('GET', `/api/tickets/${id}/messages`, { as: other.supervisor })).status).toBe(404);
    const own = await h.call('GET', `/api/tickets/${id}/messages`, { as: team.agent });
    expect(own.body.data[0].readBy).toEqual([team.supervisor.userId]);
  });

  it('an agent replies and adds an internal note; the first public reply stamps the first response', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const note = await say(team.agent, id, 'Customer sounds upset', true);
    expect(note.body).toMatchObject({ internal: true, authorType: 'agent', deliveryStatus: 'sent' });
    expect((await h.call('GET', `/api/tickets/${id}`, { as: team.agent })).body.firstResponseAt).toBeNull();
    const reply = await say(team.agent, id, 'We are on it');
    expect(reply.status).toBe(201);
    expect((await h.call('GET', `/api/tickets/${id}`, { as: team.agent })).body.firstResponseAt).toBe(
      reply.body.createdAt,
    );
    const thread = await h.call('GET', `/api/tickets/${id}/messages`, { as: team.viewer });
    expect(thread.body.data.map((m: { body: string }) => m.body)).toEqual([
      'Customer sounds upset',
      'We are on it',
    ]);
    expect(thread.body.meta).toEqual({ total: 2, page: 1, limit: 20, totalPages: 1 });
  });

  it('refuses an empty message and a viewer’s message', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    expect((await say(team.agent, id, '   ')).status).toBe(400);
    expect((await say(team.viewer, id, 'hello')).status).toBe(403);
  });

  it('stores HTML verbatim: it is data, not markup', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const body = '<script>alert(1)</script> & <b>bold</b>';
    expect((await say(team.agent, id, body)).body.body).toBe(body);
  });

  it('records a read receipt once per reader and publishes message.read once', async () => {
    const team = await h.tenant();
    const { id } = await open(team.agent);
    const message = (await say(team.agent, id, 'Ping')).body;
    const first = await h.call('POST', `/api/tickets/${id}/messages/${message.id}/read`, {
      as: team.supervisor,
    });
    const again = await h.call('POST', `/api/tickets/${id}/messages/${message.id}/read`, {
      as: team.supervisor,
    });
    expect(first.body).toMatchObject({ messageId: message.id, readerId: team.supervisor.userId });
    expect(again.body.readAt).toBe(first.body.readAt);
    const reads = (await h.deps.db.select().from(outbox).where(eq(outbox.type, 'message.read'))).filter(
      (r) => (r.envelope as { data: { messageId: string } }).data.messageId === message.id,
    );
    expect(reads).toHaveLength(1);
    const missing = await h.call(
      'POST',
      `/api/tickets/${id}/messages/0190a0a0-0000-7000-8000-000000000000/read`,
      { as: team.supervisor },
    );
    expect(missing.status).toBe(404);
  });
});

describe('searching', () => {
  it('finds tickets by words in the subject, description or any message', async () => {
    const team = await h.tenant();
    const printer = await open(team.agent, 'Printer jammed');
    const invoice = await open(team.agent, 'Invoice question');
    await say(team.agent, invoice.id, 'The duplicate charge was refunded');
    const search = async (q: string) =>
      (await h.call('GET', `/api/tickets?q=${encodeURIComponent(q)}`, { as: team.agent })).body.data.map(
        (t: { id: string }) => t.id,
      );
    expect(await search('printer')).toEqual([printer.id]);
    expect(await search('refunded')).toEqual([invoice.id]);
    expect(await search("'; drop table tickets; --")).toEqual([]);
    expect(await search('"unbalanced')).toEqual([]);
  });

  it("finds tickets by their customer's name, email or phone", async () => {
    const team = await h.tenant();
    const ask = (customer: Record<string, string>) =>
      h.call('POST', '/api/tickets', {
        as: team.agent,
        body: { subject: 'Question', description: 'Hello', priority: 'low', customer },
      });
    const cora = (await ask({ name: 'Cora Quigley', email: 'cora@example.com' })).body;
    const dan = (await ask({ name: 'Dan Smith', phone: '+44 20 7946 0991' })).body;
    const search = async (q: string) =>
      (await h.call('GET', `/api/tickets?q=${encodeURIComponent(q)}`, { as: team.agent })).body.data.map(
        (t: { id: string }) => t.id,
      );
    expect(await search('quigley')).toEqual([cora.id]);
    expect(await search('cora@example.com')).toEqual([cora.id]);
    expect(await search('7946')).toEqual([dan.id]);
    expect(await search('question')).toHaveLength(2);
  });

  it('filters by status, priority and the unassigned queue', async () => {
    const team = await h.tenant();
    const a = await open(team.agent);
    await open(team.agent);
    await h.call('POST', `/api/tickets/${a.id}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    const ids = async (query: string) =>
      (await h.call('GET', `/api/tickets?${query}`, { as: team.supervisor })).body.meta.total;
    expect(await ids('status=ASSIGNED')).toBe(1);
    expect(await ids('status=NEW,ASSIGNED')).toBe(2);
    expect(await ids('status=RESOLVED,CLOSED')).toBe(0);
    expect(await ids('assigneeId=none')).toBe(1);
    expect(await ids(`assigneeId=${team.agent.userId}`)).toBe(1);
    expect(await ids('priority=urgent')).toBe(0);
    expect((await h.call('GET', '/api/tickets?status=DONE', { as: team.supervisor })).status).toBe(400);
    expect((await h.call('GET', '/api/tickets?status=NEW,DONE', { as: team.supervisor })).status).toBe(400);
    expect((await h.call('GET', '/api/tickets?status=', { as: team.supervisor })).status).toBe(400);
  });
});

describe('events', () => {
  it('every change goes through the outbox with the request’s correlation id', async () => {
    const team = await h.tenant();
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { authorization: `Bearer ${team.agent.token}`, 'x-correlation-id': 'corr-ticket-1' },
      payload: { subject: 'Traced', priority: 'low' },
    });
    const id = res.json().id;
    await h.call('POST', `/api/tickets/${id}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    await say(team.agent, id, 'Hello');
    const rows = await h.deps.db
      .select()
      .from(outbox)
      .where(eq(outbox.tenantId, team.tenantId))
      .orderBy(asc(outbox.seq));
    const types = rows.map((r) => r.type).filter((t) => !t.startsWith('user.'));
    expect(types).toEqual(['ticket.created', 'ticket.assigned', 'ticket.status_changed', 'message.created']);
    const created = rows.find((r) => r.type === 'ticket.created');
    expect((created?.envelope as { correlationId?: string } | undefined)?.correlationId).toBe(
      'corr-ticket-1',
    );
  });
});
