import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, outbox, tickets } from '../src/data/schema.js';
import { signatureOf } from '../src/domain/channel-signature.js';
import { type Member, startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

const secretOf = async (admin: Member) =>
  (await h.call('GET', '/api/channels', { as: admin })).body.secret as string;

/** What a channel provider sends: the JSON body signed with the tenant's secret. */
async function deliver(
  kind: 'inbound' | 'status',
  tenantId: string,
  body: object,
  secret: string,
  signature?: string,
) {
  const raw = JSON.stringify(body);
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/channels/${kind}/${tenantId}`,
    headers: { 'content-type': 'application/json', 'x-signature': signature ?? signatureOf(secret, raw) },
    payload: raw,
  });
  return { status: res.statusCode, body: res.json() };
}

const customerSays = (externalId: string, text: string, phone = '+49 30 1234567') => ({
  externalId,
  from: { name: 'Wanda Whatsapp', phone },
  text,
  timestamp: new Date().toISOString(),
});

const ticketsOf = (tenantId: string) =>
  h.deps.db.select().from(tickets).where(eq(tickets.tenantId, tenantId));
const messagesOf = (tenantId: string) =>
  h.deps.db.select().from(messages).where(eq(messages.tenantId, tenantId)).orderBy(asc(messages.createdAt));

describe('the inbound channel', () => {
  it('a signed customer message opens a ticket, and the next one appends to it', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const first = await deliver(
      'inbound',
      team.tenantId,
      customerSays('wa-1', 'My order never arrived'),
      secret,
    );
    expect(first.status).toBe(201);
    const second = await deliver('inbound', team.tenantId, customerSays('wa-2', 'Any news?'), secret);
    expect(second.body.ticketId).toBe(first.body.ticketId);
    const [ticket] = await ticketsOf(team.tenantId);
    expect(ticket).toMatchObject({ subject: 'My order never arrived', status: 'NEW', createdBy: null });
    expect((await messagesOf(team.tenantId)).map((m) => [m.authorType, m.body])).toEqual([
      ['customer', 'My order never arrived'],
      ['customer', 'Any news?'],
    ]);
  });

  it('message.created names the customer and their address, and says which message opened the ticket', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    await deliver('inbound', team.tenantId, customerSays('wa-o1', 'Where is my parcel?'), secret);
    await deliver('inbound', team.tenantId, customerSays('wa-o2', 'Hello?'), secret);
    const created = (
      await h.deps.db.select().from(outbox).where(eq(outbox.type, 'message.created')).orderBy(asc(outbox.seq))
    )
      .map((r) => r.envelope as { tenantId: string; data: Record<string, unknown> })
      .filter((e) => e.tenantId === team.tenantId)
      .map((e) => e.data);
    const author = { authorName: 'Wanda Whatsapp', authorAddress: '+49 30 1234567' };
    expect(created).toEqual([
      expect.objectContaining({ body: 'Where is my parcel?', ...author, opensTicket: true }),
      expect.objectContaining({ body: 'Hello?', ...author, opensTicket: false }),
    ]);
  });

  it('stores the same externalId once', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const again = await Promise.all(
      [1, 2, 3].map(() => deliver('inbound', team.tenantId, customerSays('wa-dup', 'Hello?'), secret)),
    );
    expect(again.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(await messagesOf(team.tenantId)).toHaveLength(1);
  });

  it('a bad signature is 401 and nothing is stored', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const body = customerSays('wa-bad', 'Let me in');
    for (const signature of ['sha256=00', signatureOf('wrong-secret', JSON.stringify(body)), '']) {
      const res = await deliver('inbound', team.tenantId, body, secret, signature);
      expect([res.status, res.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
    }
    const other = await h.tenant();
    expect((await deliver('inbound', other.tenantId, body, secret)).status).toBe(401);
    expect(await ticketsOf(team.tenantId)).toEqual([]);
  });

  it('a rotated secret replaces the old one at once', async () => {
    const team = await h.tenant();
    const old = await secretOf(team.admin);
    const rotated = (await h.call('POST', '/api/channels/rotate-secret', { as: team.admin })).body.secret;
    expect(rotated).not.toBe(old);
    expect((await deliver('inbound', team.tenantId, customerSays('wa-r1', 'Hi'), old)).status).toBe(401);
    expect((await deliver('inbound', team.tenantId, customerSays('wa-r2', 'Hi'), rotated)).status).toBe(201);
    expect((await h.call('GET', '/api/channels', { as: team.agent })).status).toBe(403);
  });

  it('a valid signature over an invalid body is 400, storing nothing', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const res = await deliver(
      'inbound',
      team.tenantId,
      { externalId: 'x', from: { name: 'No Contact' }, text: '' },
      secret,
    );
    expect(res.status).toBe(400);
    expect(await ticketsOf(team.tenantId)).toEqual([]);
  });

  it('a customer reply wakes a ticket waiting on them and reopens a resolved one', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const { ticketId } = (await deliver('inbound', team.tenantId, customerSays('wa-w1', 'Broken'), secret))
      .body;
    await h.call('POST', `/api/tickets/${ticketId}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    await h.call('PATCH', `/api/tickets/${ticketId}`, { as: team.agent, body: { status: 'IN_PROGRESS' } });
    await h.call('POST', `/api/tickets/${ticketId}/messages`, {
      as: team.agent,
      body: { body: 'Which model?' },
    });
    await h.call('PATCH', `/api/tickets/${ticketId}`, { as: team.agent, body: { status: 'PENDING' } });
    await deliver('inbound', team.tenantId, customerSays('wa-w2', 'Model X'), secret);
    const woken = (await h.call('GET', `/api/tickets/${ticketId}`, { as: team.agent })).body;
    expect(woken.status).toBe('IN_PROGRESS');
    await h.call('PATCH', `/api/tickets/${ticketId}`, { as: team.agent, body: { status: 'RESOLVED' } });
    await deliver('inbound', team.tenantId, customerSays('wa-w3', 'It broke again'), secret);
    expect((await h.call('GET', `/api/tickets/${ticketId}`, { as: team.agent })).body.status).toBe(
      'IN_PROGRESS',
    );
    const [row] = await ticketsOf(team.tenantId);
    expect(row?.awaitingReplySince).toBeInstanceOf(Date);
  });
});

describe('the status callback', () => {
  it('moves a reply’s delivery status forward and publishes message.status_updated', async () => {
    const team = await h.tenant();
    const secret = await secretOf(team.admin);
    const { ticketId } = (await deliver('inbound', team.tenantId, customerSays('wa-s1', 'Hi'), secret)).body;
    await h.call('POST', `/api/tickets/${ticketId}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    const reply = (
      await h.call('POST', `/api/tickets/${ticketId}/messages`, { as: team.agent, body: { body: 'Hello!' } })
    ).body;
    expect(
      (await deliver('status', team.tenantId, { externalId: reply.id, status: 'delivered' }, secret)).body,
    ).toEqual({ messageId: reply.id, status: 'delivered' });
    await deliver('status', team.tenantId, { externalId: reply.id, status: 'read' }, secret);
    expect(
      (await deliver('status', team.tenantId, { externalId: reply.id, status: 'delivered' }, secret)).body
        .status,
    ).toBe('read');
    const updates = (
      await h.deps.db
        .select()
        .from(outbox)
        .where(eq(outbox.type, 'message.status_updated'))
        .orderBy(asc(outbox.seq))
    )
      .map((r) => (r.envelope as { data: { messageId: string; status: string } }).data)
      .filter((d) => d.messageId === reply.id);
    expect(updates.map((d) => d.status)).toEqual(['delivered', 'read']);
    expect(
      (await deliver('status', team.tenantId, { externalId: 'nope', status: 'read' }, secret)).status,
    ).toBe(404);
    expect(
      (await deliver('status', team.tenantId, { externalId: reply.id, status: 'read' }, secret, 'sha256=1'))
        .status,
    ).toBe(401);
  });
});
