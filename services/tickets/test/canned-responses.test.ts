import { type Envelope, newEvent } from '@switchboard/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agents, outbox } from '../src/data/schema.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
});
afterAll(() => h?.stop());

type Canned = { id: string; shortCode: string; scope: string; ownerId: string | null };
const GREET = 'Hi {{customer.name}}, {{agent.name}} here about "{{ticket.subject}}". {{order.id}}';

const create = (as: Member, body: Record<string, unknown>) =>
  h.call('POST', '/api/canned-responses', { as, body: { title: 'A title', body: 'Hello', ...body } });
const list = async (as: Member, query = '') =>
  ((await h.call('GET', `/api/canned-responses${query}`, { as })).body as { data: Canned[] }).data;
const codes = async (as: Member, query = '') => (await list(as, query)).map((c) => c.shortCode);
const openTicket = async (
  as: Member,
  customer: { name: string; email?: string } = { name: 'Ada Lovelace', email: 'ada@example.com' },
) =>
  (
    await h.call('POST', '/api/tickets', {
      as,
      body: { subject: 'Where is my order', priority: 'medium', customer },
    })
  ).body as { id: string };
const nameOf = async (m: Member) =>
  (await h.deps.db.select({ name: agents.name }).from(agents).where(eq(agents.agentId, m.userId)))[0]?.name;
const eventsOf = async (tenantId: string, type: string) =>
  (
    await h.deps.db
      .select({ envelope: outbox.envelope })
      .from(outbox)
      .where(and(eq(outbox.tenantId, tenantId), eq(outbox.type, type)))
      .orderBy(asc(outbox.seq))
  ).map((r) => (r.envelope as Envelope<Record<string, unknown>>).data);

describe('replying with a canned response', () => {
  it("stores the reply filled in with this ticket's customer, the agent's name and the subject", async () => {
    const greet = (await create(team.supervisor, { shortCode: 'greet', body: GREET, scope: 'tenant' })).body;
    const { id } = await openTicket(team.agent);
    const sent = await h.call('POST', `/api/tickets/${id}/messages`, {
      as: team.agent,
      body: { cannedResponseId: greet.id },
    });
    expect(sent.status).toBe(201);
    const expected = `Hi Ada Lovelace, ${await nameOf(team.agent)} here about "Where is my order". {{order.id}}`;
    expect(sent.body.body).toBe(expected);
    const thread = await h.call('GET', `/api/tickets/${id}/messages`, { as: team.supervisor });
    expect(thread.body.data.map((m: { body: string }) => m.body)).toEqual([expected]);
    const [created] = (await eventsOf(team.tenantId, 'message.created')).slice(-1);
    expect(created).toMatchObject({ body: expected, authorName: await nameOf(team.agent) });
  });

  it('previews the same text for the composer to edit, with the agent name auth last announced', async () => {
    const { id: cannedId } = (
      await create(team.supervisor, {
        shortCode: 'sig',
        body: '— {{agent.name}} ({{customer.email}})',
        scope: 'tenant',
      })
    ).body;
    const { id } = await openTicket(team.agent, { name: 'No Email' });
    const agent = (await h.deps.db.select().from(agents).where(eq(agents.agentId, team.agent.userId)))[0];
    const renamed = {
      id: team.agent.userId,
      tenantId: team.tenantId,
      username: 'renamed',
      email: 'renamed@example.com',
      fullName: 'Rita Renamed',
      role: 'agent' as const,
      department: agent?.department ?? 'Support',
      phone: null,
      isActive: true,
      onlineStatus: 'offline' as const,
      lastSeen: null,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      changed: ['fullName'],
    };
    const origin = { tenantId: team.tenantId, correlationId: 'rename' };
    await h.publishApplied([newEvent('user.updated', renamed, origin, 'auth')]);
    const preview = await h.call('GET', `/api/tickets/${id}/canned-responses/${cannedId}/rendered`, {
      as: team.agent,
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ cannedResponseId: cannedId, body: '— Rita Renamed ()' });
  });

  it('takes either a body or a canned response, not both nor neither (400, nothing stored)', async () => {
    const { id } = await openTicket(team.agent);
    const [greet] = await list(team.agent, '?q=greet');
    for (const body of [{}, { body: 'Hi', cannedResponseId: greet?.id }, { cannedResponseId: 'nope' }]) {
      const res = await h.call('POST', `/api/tickets/${id}/messages`, { as: team.agent, body });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    expect((await h.call('GET', `/api/tickets/${id}/messages`, { as: team.agent })).body.meta.total).toBe(0);
  });
});

describe('who keeps which canned responses', () => {
  it('lets only supervisors and admins add shared ones; agents keep personal ones', async () => {
    const t = await h.tenant();
    expect((await create(t.agent, { shortCode: 'refund', scope: 'tenant' })).status).toBe(403);
    expect((await create(t.viewer, { shortCode: 'mine', scope: 'personal' })).status).toBe(403);
    expect((await create(t.admin, { shortCode: 'refund', scope: 'tenant' })).status).toBe(201);
    const mine = await create(t.agent, { shortCode: 'Thanks', scope: 'personal' });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ shortCode: 'thanks', scope: 'personal', ownerId: t.agent.userId });
    expect(await codes(t.agent)).toEqual(['refund', 'thanks']);
    expect(await codes(t.otherAgent)).toEqual(['refund']);
    expect(await codes(t.supervisor)).toEqual(['refund']);
    expect(await codes(t.viewer)).toEqual(['refund']);
    expect(await eventsOf(t.tenantId, 'canned_response.created')).toMatchObject([
      { shortCode: 'refund', scope: 'tenant', actorId: t.admin.userId },
      { shortCode: 'thanks', scope: 'personal', ownerId: t.agent.userId },
    ]);
  });

  it("keeps a personal one its owner's: others get 404 on edit, delete and preview", async () => {
    const t = await h.tenant();
    const mine = (await create(t.agent, { shortCode: 'mine', scope: 'personal' })).body as Canned;
    const { id: ticketId } = await openTicket(t.otherAgent);
    for (const as of [t.otherAgent, t.supervisor, t.admin]) {
      expect(
        (await h.call('PATCH', `/api/canned-responses/${mine.id}`, { as, body: { title: 'X' } })).status,
      ).toBe(404);
      expect((await h.call('DELETE', `/api/canned-responses/${mine.id}`, { as })).status).toBe(404);
    }
    const preview = `/api/tickets/${ticketId}/canned-responses/${mine.id}/rendered`;
    expect((await h.call('GET', preview, { as: t.otherAgent })).status).toBe(404);
    const edited = await h.call('PATCH', `/api/canned-responses/${mine.id}`, {
      as: t.agent,
      body: { title: 'Mine!' },
    });
    expect(edited).toMatchObject({ status: 200, body: { title: 'Mine!', shortCode: 'mine' } });
  });

  it('lets an agent use but not change a shared one (403), a supervisor change and delete it', async () => {
    const t = await h.tenant();
    const shared = (await create(t.supervisor, { shortCode: 'hours', scope: 'tenant' })).body as Canned;
    const path = `/api/canned-responses/${shared.id}`;
    expect((await h.call('PATCH', path, { as: t.agent, body: { body: 'Changed' } })).status).toBe(403);
    expect((await h.call('DELETE', path, { as: t.agent })).status).toBe(403);
    expect((await h.call('PATCH', path, { as: t.admin, body: { body: 'Open 9-5' } })).body.body).toBe(
      'Open 9-5',
    );
    expect((await h.call('DELETE', path, { as: t.supervisor })).status).toBe(204);
    expect(await codes(t.agent)).toEqual([]);
    const { id } = await openTicket(t.agent);
    const gone = await h.call('POST', `/api/tickets/${id}/messages`, {
      as: t.agent,
      body: { cannedResponseId: shared.id },
    });
    expect(gone.status).toBe(404);
    expect(await eventsOf(t.tenantId, 'canned_response.deleted')).toEqual([
      { id: shared.id, scope: 'tenant', ownerId: null, actorId: t.supervisor.userId },
    ]);
  });

  it('refuses a short code already used in the same scope (409), allows it in another', async () => {
    const t = await h.tenant();
    expect((await create(t.supervisor, { shortCode: 'bye', scope: 'tenant' })).status).toBe(201);
    const clash = await create(t.admin, { shortCode: 'BYE', scope: 'tenant' });
    expect(clash).toMatchObject({
      status: 409,
      body: { error: { code: 'CONFLICT', details: [{ field: 'shortCode' }] } },
    });
    expect((await create(t.agent, { shortCode: 'bye', scope: 'personal' })).status).toBe(201);
    expect((await create(t.agent, { shortCode: 'bye', scope: 'personal' })).status).toBe(409);
    expect((await create(t.otherAgent, { shortCode: 'bye', scope: 'personal' })).status).toBe(201);
    const other = (await create(t.agent, { shortCode: 'later', scope: 'personal' })).body as Canned;
    const renamed = await h.call('PATCH', `/api/canned-responses/${other.id}`, {
      as: t.agent,
      body: { shortCode: 'bye' },
    });
    expect(renamed.status).toBe(409);
    expect(await codes(t.agent)).toEqual(['bye', 'bye', 'later']);
  });

  it('answers a bad short code, title or body with 400 naming the field', async () => {
    for (const [body, field] of [
      [{ shortCode: 'two words' }, 'body.shortCode'],
      [{ shortCode: 'x'.repeat(33) }, 'body.shortCode'],
      [{ shortCode: 'ok', title: ' ' }, 'body.title'],
      [{ shortCode: 'ok', body: '' }, 'body.body'],
      [{ shortCode: 'ok', scope: 'global' }, 'body.scope'],
    ] as const) {
      const res = await create(team.supervisor, { scope: 'tenant', ...body });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('answers an empty or unknown change with 400, the response unchanged', async () => {
    const t = await h.tenant();
    const mine = (await create(t.agent, { shortCode: 'same', scope: 'personal' })).body as Canned;
    for (const body of [{}, { scope: 'tenant' }, { ownerId: t.otherAgent.userId }]) {
      const res = await h.call('PATCH', `/api/canned-responses/${mine.id}`, { as: t.agent, body });
      expect(res.status).toBe(400);
    }
    expect(await list(t.agent)).toMatchObject([
      { shortCode: 'same', scope: 'personal', ownerId: t.agent.userId },
    ]);
    expect(await eventsOf(t.tenantId, 'canned_response.updated')).toEqual([]);
  });

  it('finds responses by part of the short code, title or body', async () => {
    const t = await h.tenant();
    await create(t.supervisor, {
      shortCode: 'ship',
      title: 'Shipping times',
      body: 'Three days',
      scope: 'tenant',
    });
    await create(t.supervisor, {
      shortCode: 'pay',
      title: 'Payment',
      body: 'We take cards',
      scope: 'tenant',
    });
    expect(await codes(t.agent, '?q=SHI')).toEqual(['ship']);
    expect(await codes(t.agent, '?q=card')).toEqual(['pay']);
    expect(await codes(t.agent, '?q=zzz')).toEqual([]);
  });
});

describe("another tenant's canned responses", () => {
  it('are invisible: empty lists, and 404 for edit, delete, preview and replying with one', async () => {
    const t = await h.tenant();
    const stranger = await h.tenant();
    const shared = (await create(t.supervisor, { shortCode: 'secret', scope: 'tenant' })).body as Canned;
    expect(await codes(stranger.admin)).toEqual([]);
    const path = `/api/canned-responses/${shared.id}`;
    expect((await h.call('PATCH', path, { as: stranger.admin, body: { title: 'Hijack' } })).status).toBe(404);
    expect((await h.call('DELETE', path, { as: stranger.admin })).status).toBe(404);
    const { id } = await openTicket(stranger.agent);
    const preview = await h.call('GET', `/api/tickets/${id}/canned-responses/${shared.id}/rendered`, {
      as: stranger.agent,
    });
    expect(preview.status).toBe(404);
    const reply = await h.call('POST', `/api/tickets/${id}/messages`, {
      as: stranger.agent,
      body: { cannedResponseId: shared.id },
    });
    expect(reply.status).toBe(404);
    expect((await h.call('GET', `/api/tickets/${id}/messages`, { as: stranger.agent })).body.meta.total).toBe(
      0,
    );
    expect(await codes(t.agent)).toEqual(['secret']);
  });
});
