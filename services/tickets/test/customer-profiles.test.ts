import type { Envelope } from '@switchboard/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, ticketHistory } from '../src/data/schema.js';
import { signatureOf } from '../src/domain/channel-signature.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
let secret: string;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
  secret = (await h.call('GET', '/api/channels', { as: team.admin })).body.secret;
});
afterAll(() => h?.stop());

type From = { name: string; phone?: string; email?: string; channelId?: string };
let seq = 0;
/** A customer's message over the tenant's signed inbound channel (docs/api.md §4.6). */
async function inbound(from: From, text = 'Hello, it is me again') {
  const raw = JSON.stringify({
    externalId: `ext-${++seq}-${Date.now()}`,
    from,
    text,
    timestamp: new Date().toISOString(),
  });
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/channels/inbound/${team.tenantId}`,
    headers: { 'content-type': 'application/json', 'x-signature': signatureOf(secret, raw) },
    payload: raw,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { ticketId: string };
}

const create = (as: Member, body: object) => h.call('POST', '/api/customers', { as, body });
const profile = (as: Member, id: string) => h.call('GET', `/api/customers/${id}`, { as });
const ticketsOf = async (as: Member, id: string, query = '') =>
  (await h.call('GET', `/api/customers/${id}/tickets${query}`, { as })).body;
const merge = (as: Member, id: string, intoCustomerId: string) =>
  h.call('POST', `/api/customers/${id}/merge`, { as, body: { intoCustomerId } });
async function customer(body: object) {
  const res = await create(team.agent, body);
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

async function eventsOf(type: string) {
  const rows = await h.deps.db
    .select({ envelope: outbox.envelope })
    .from(outbox)
    .where(and(eq(outbox.tenantId, team.tenantId), eq(outbox.type, type)))
    .orderBy(asc(outbox.seq));
  return rows.map((r) => (r.envelope as Envelope<Record<string, unknown>>).data);
}

describe('a customer profile', () => {
  it('an agent adds a customer with attributes; the profile shows them, their identities and counts', async () => {
    const res = await create(team.agent, {
      name: 'Olga Orders',
      email: 'Olga@Shop.example',
      phone: '+34 600 100 200',
      attributes: { plan: 'pro', seats: 12, vip: true },
    });
    expect(res.status).toBe(201);
    const read = await profile(team.viewer, res.body.id);
    expect(read.body).toMatchObject({
      name: 'Olga Orders',
      email: 'Olga@Shop.example',
      phone: '+34 600 100 200',
      attributes: { plan: 'pro', seats: 12, vip: true },
      identities: [
        { kind: 'email', value: 'olga@shop.example' },
        { kind: 'phone', value: '+34600100200' },
      ],
      ticketCount: 0,
      openTicketCount: 0,
      lastContactAt: null,
    });
    expect(await eventsOf('customer.created')).toContainEqual(
      expect.objectContaining({
        customerId: res.body.id,
        via: 'staff',
        actorId: team.agent.userId,
        attributes: { plan: 'pro', seats: 12, vip: true },
      }),
    );
  });

  it('answers 409 when another customer already has the email or phone, however it is written', async () => {
    await customer({ name: 'Pia Phone', phone: '+1 (555) 0142' });
    const res = await create(team.supervisor, { name: 'Pia Twin', phone: '1-555-0142' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'CONFLICT', details: [{ field: 'body.phone' }] } });
  });

  it('refuses bad attributes and viewers with a clear 4xx, creating nothing', async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, i]));
    for (const attributes of [
      { nested: { a: 1 } },
      tooMany,
      { 'bad key': 'x' },
      { long: 'x'.repeat(1001) },
    ]) {
      const res = await create(team.agent, { name: 'Bad Attrs', attributes });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await create(team.viewer, { name: 'Viewer Made' })).status).toBe(403);
    const found = await h.call('GET', '/api/customers?q=Viewer%20Made', { as: team.admin });
    expect(found.body.meta.total).toBe(0);
  });
});

describe('every channel finds the same customer', () => {
  it('an inbound message from a known phone lands on that customer’s profile', async () => {
    const known = await customer({ name: 'Kim Known', phone: '+44 20 7946 0101' });
    const { ticketId } = await inbound({ name: 'K', phone: '442079460101' }, 'My router blinks red');
    const page = await ticketsOf(team.supervisor, known.id);
    expect(page.data).toMatchObject([
      { id: ticketId, customerId: known.id, subject: 'My router blinks red' },
    ]);
    const read = await profile(team.agent, known.id);
    expect(read.body).toMatchObject({ ticketCount: 1, openTicketCount: 1, name: 'Kim Known' });
    expect(read.body.lastContactAt).not.toBeNull();
  });

  it('a ticket opened for a known email lands on them too, and their tickets list newest first', async () => {
    const known = await customer({ name: 'Eve Email', email: 'eve@mail.example' });
    const first = await inbound({ name: 'Eve', email: 'EVE@mail.example' }, 'First question');
    const staff = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: {
        subject: 'Phoned in',
        priority: 'low',
        customer: { name: 'Eve E.', email: 'eve@MAIL.example' },
      },
    });
    expect(staff.body.customerId).toBe(known.id);
    const page = await ticketsOf(team.admin, known.id, '?limit=1');
    expect(page).toMatchObject({ data: [{ id: staff.body.id }], meta: { total: 2 } });
    const second = await ticketsOf(team.admin, known.id, '?limit=1&page=2');
    expect(second.data).toMatchObject([{ id: first.ticketId }]);
  });

  it("a channel's own id finds the sender, who is then known by the new email as well", async () => {
    const first = await inbound({ name: 'Chat Chen', channelId: 'chat-user-77' });
    const again = await inbound({ name: 'Chat Chen', channelId: 'chat-user-77', email: 'chen@chat.example' });
    expect(again.ticketId).toBe(first.ticketId);
    const staff = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: {
        subject: 'By email now',
        priority: 'low',
        customer: { name: 'Chen', email: 'chen@chat.example' },
      },
    });
    const read = await profile(team.agent, staff.body.customerId);
    expect(read.body).toMatchObject({
      email: 'chen@chat.example',
      identities: expect.arrayContaining([
        { kind: 'channel', value: 'chat-user-77' },
        { kind: 'email', value: 'chen@chat.example' },
      ]),
      ticketCount: 2,
    });
    const found = await h.call('GET', '/api/customers?q=chat-user', { as: team.viewer });
    expect(found.body.data).toMatchObject([{ id: staff.body.customerId, name: 'Chat Chen' }]);
  });

  it('three first messages at once from one new phone make one customer and one ticket', async () => {
    const sent = await Promise.all(
      ['first', 'second', 'third'].map((text) =>
        inbound({ name: 'Rush Ramos', phone: '+52 55 1234 9876' }, text),
      ),
    );
    expect(new Set(sent.map((s) => s.ticketId)).size).toBe(1);
    const found = await h.call('GET', '/api/customers?q=Rush%20Ramos', { as: team.agent });
    expect(found.body.meta.total).toBe(1);
  });

  it('an agent sees only the tickets of the customer they may read', async () => {
    const known = await customer({ name: 'Vic Visible', email: 'vic@see.example' });
    const { ticketId } = await inbound({ name: 'Vic', email: 'vic@see.example' });
    await h.call('POST', `/api/tickets/${ticketId}/assign`, {
      as: team.admin,
      body: { agentId: team.otherAgent.userId },
    });
    expect((await ticketsOf(team.agent, known.id)).meta.total).toBe(0);
    expect((await ticketsOf(team.otherAgent, known.id)).data).toMatchObject([{ id: ticketId }]);
  });
});

describe('editing a customer', () => {
  it('sets and removes attributes and replaces the primary email as the identity that finds them', async () => {
    const c = await customer({
      name: 'Ed Edit',
      email: 'ed@old.example',
      attributes: { plan: 'free', city: 'Oslo' },
    });
    const res = await h.call('PATCH', `/api/customers/${c.id}`, {
      as: team.agent,
      body: { name: 'Ed Edited', email: 'ed@new.example', attributes: { plan: 'pro', city: null } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Ed Edited',
      email: 'ed@new.example',
      attributes: { plan: 'pro' },
      identities: [{ kind: 'email', value: 'ed@new.example' }],
    });
    expect(await eventsOf('customer.updated')).toContainEqual(
      expect.objectContaining({ customerId: c.id, changed: ['name', 'email', 'attributes'] }),
    );
    // the old address is free again: it makes a new customer
    expect((await create(team.agent, { name: 'Someone', email: 'ed@old.example' })).status).toBe(201);
  });

  it('refuses an email another customer has (409) and a viewer (403), changing nothing', async () => {
    const a = await customer({ name: 'Ann A', email: 'ann@a.example' });
    await customer({ name: 'Ben B', email: 'ben@b.example' });
    const taken = await h.call('PATCH', `/api/customers/${a.id}`, {
      as: team.agent,
      body: { name: 'Ann Renamed', email: 'BEN@b.example' },
    });
    expect(taken.status).toBe(409);
    const viewer = await h.call('PATCH', `/api/customers/${a.id}`, { as: team.viewer, body: { name: 'V' } });
    expect(viewer.status).toBe(403);
    expect((await profile(team.agent, a.id)).body).toMatchObject({ name: 'Ann A', email: 'ann@a.example' });
  });
});

describe('merging duplicates', () => {
  it("moves the duplicate's tickets and identities to the one that stays, deletes it and tells the others", async () => {
    const keep = await customer({ name: 'Mia Main', email: 'mia@main.example', attributes: { plan: 'pro' } });
    const dupe = await customer({
      name: 'Mia (phone)',
      phone: '+1 555 0177',
      attributes: { plan: 'free', city: 'Rome' },
    });
    const { ticketId } = await inbound({ name: 'Mia', phone: '+15550177' });
    const res = await merge(team.supervisor, dupe.id, keep.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: keep.id,
      email: 'mia@main.example',
      phone: '+1 555 0177',
      attributes: { plan: 'pro', city: 'Rome' },
      ticketCount: 1,
    });
    expect((await profile(team.agent, dupe.id)).status).toBe(404);
    expect((await ticketsOf(team.agent, keep.id)).data).toMatchObject([
      { id: ticketId, customerId: keep.id },
    ]);
    // the phone now finds the customer that stayed
    expect((await inbound({ name: 'Mia', phone: '+1 (555) 0177' })).ticketId).toBe(ticketId);
    expect(await eventsOf('customer.merged')).toContainEqual(
      expect.objectContaining({ customerId: keep.id, mergedCustomerId: dupe.id, ticketIds: [ticketId] }),
    );
    expect(await eventsOf('ticket.updated')).toContainEqual(
      expect.objectContaining({
        ticketId,
        customerId: keep.id,
        changed: ['customerId'],
        customer: expect.objectContaining({ name: 'Mia Main' }),
      }),
    );
    const history = await h.deps.db.select().from(ticketHistory).where(eq(ticketHistory.ticketId, ticketId));
    expect(history.map((e) => e.action)).toContain('customer_merged');
  });

  it('is for supervisors and admins; 409 into itself; nothing moves', async () => {
    const a = await customer({ name: 'Sol Self', email: 'sol@self.example' });
    const b = await customer({ name: 'Sol Other', email: 'sol@other.example' });
    expect((await merge(team.agent, a.id, b.id)).status).toBe(403);
    const self = await merge(team.admin, a.id, a.id);
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('CONFLICT');
    expect((await profile(team.agent, a.id)).status).toBe(200);
    expect((await profile(team.agent, b.id)).status).toBe(200);
  });
});

describe("another tenant's customers", () => {
  it('are 404 to read, list tickets of, edit or merge, either way round, and never listed', async () => {
    const mine = await customer({ name: 'Tess Tenant', email: 'tess@iso.example' });
    const other = await h.tenant();
    const theirs = (await create(other.agent, { name: 'Theirs' })).body.id as string;
    const calls = [
      () => profile(other.admin, mine.id),
      () => h.call('GET', `/api/customers/${mine.id}/tickets`, { as: other.admin }),
      () => h.call('PATCH', `/api/customers/${mine.id}`, { as: other.admin, body: { name: 'Hijacked' } }),
      () => merge(other.admin, mine.id, theirs),
      () => merge(other.admin, theirs, mine.id),
    ];
    for (const call of calls) {
      const res = await call();
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
    }
    expect((await profile(team.agent, mine.id)).body).toMatchObject({ name: 'Tess Tenant' });
    const listed = await h.call('GET', '/api/customers?q=tess', { as: other.admin });
    expect(listed.body.meta.total).toBe(0);
    // the same email is free in another tenant
    expect((await create(other.agent, { name: 'Tess Elsewhere', email: 'tess@iso.example' })).status).toBe(
      201,
    );
  });
});
