import { and, count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, outbox, ticketHistory } from '../src/data/schema.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
});
afterAll(() => h?.stop());

type Ticket = { id: string; status: string; tags: string[]; priority: string; assigneeId: string | null };
type Action = { type: string; value: unknown };

/** A ticket the agent has taken (ASSIGNED to them), tagged `vip`. */
async function takenTicket(agent: Member) {
  const created = await h.call('POST', '/api/tickets', {
    as: agent,
    body: { subject: 'Parcel lost', priority: 'low', tags: ['vip'] },
  });
  const id = (created.body as Ticket).id;
  expect(
    (await h.call('POST', `/api/tickets/${id}/assign`, { as: agent, body: { agentId: agent.userId } }))
      .status,
  ).toBe(200);
  return id;
}
const newMacro = async (name: string, actions: Action[], as = team.supervisor) => {
  const res = await h.call('POST', '/api/macros', { as, body: { name, actions } });
  expect(res.status).toBe(201);
  return res.body as { id: string };
};
const apply = (as: Member, ticketId: string, macroId: string) =>
  h.call('POST', `/api/tickets/${ticketId}/macros/${macroId}`, { as });

/** What a macro could have touched: the ticket, its messages, its history and the tenant's outbox. */
async function footprint(ticketId: string) {
  const ticket = (await h.call('GET', `/api/tickets/${ticketId}`, { as: team.supervisor })).body as Ticket;
  const n = async (table: typeof messages | typeof ticketHistory) =>
    (await h.deps.db.select({ n: count() }).from(table).where(eq(table.ticketId, ticketId)))[0]?.n;
  const [events] = await h.deps.db
    .select({ n: count() })
    .from(outbox)
    .where(eq(outbox.tenantId, team.tenantId));
  const { status, tags, priority, assigneeId } = ticket;
  return {
    status,
    tags,
    priority,
    assigneeId,
    messages: await n(messages),
    history: await n(ticketHistory),
    events: events?.n,
  };
}
const eventTypesOf = async (ticketId: string) =>
  (
    await h.deps.db
      .select({ type: outbox.type, envelope: outbox.envelope })
      .from(outbox)
      .where(eq(outbox.tenantId, team.tenantId))
  )
    .filter((r) => (r.envelope as { data: { ticketId?: string } }).data.ticketId === ticketId)
    .map((r) => r.type);

describe('applying a macro', () => {
  it('sets the status, adds a tag and replies in one go, as the single actions would', async () => {
    const id = await takenTicket(team.agent);
    const macro = await newMacro('Working on it', [
      { type: 'set_status', value: 'IN_PROGRESS' },
      { type: 'add_tags', value: ['Waiting-Customer'] },
      { type: 'set_priority', value: 'high' },
      { type: 'reply', value: 'We are on it and will write back today.' },
    ]);
    const res = await apply(team.agent, id, macro.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'IN_PROGRESS',
      tags: ['vip', 'waiting-customer'],
      priority: 'high',
    });
    expect((res.body as { firstResponseAt: string | null }).firstResponseAt).not.toBeNull();
    const thread = await h.call('GET', `/api/tickets/${id}/messages`, { as: team.agent });
    expect((thread.body as { data: { body: string; authorId: string }[] }).data).toMatchObject([
      { body: 'We are on it and will write back today.', authorId: team.agent.userId },
    ]);
    const history = (await h.call('GET', `/api/tickets/${id}/history`, { as: team.agent })).body as {
      data: { action: string }[];
    };
    expect(history.data.map((e) => e.action)).toEqual([
      'created',
      'assigned',
      'status_changed',
      'tags_changed',
      'updated',
      'macro_applied',
    ]);
    expect(await eventTypesOf(id)).toEqual(
      expect.arrayContaining([
        'ticket.status_changed',
        'ticket.tags_changed',
        'ticket.updated',
        'message.created',
      ]),
    );
  });

  it('changes nothing at all when its last step is refused: ticket, tags, messages, history and outbox', async () => {
    const id = await takenTicket(team.agent);
    const macro = await newMacro('Close it fast', [
      { type: 'set_status', value: 'IN_PROGRESS' },
      { type: 'add_tags', value: ['closed-fast'] },
      { type: 'reply', value: 'Closing this now.' },
      { type: 'set_status', value: 'CLOSED' }, // IN_PROGRESS → CLOSED is not in the status table
    ]);
    const before = await footprint(id);
    const res = await apply(team.agent, id, macro.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    expect((res.body as { error: { message: string } }).error.message).toMatch(/^Step 4 \(set_status\)/);
    expect(await footprint(id)).toEqual(before);
  });

  it('changes nothing when it assigns someone who is not an agent of the tenant', async () => {
    const id = await takenTicket(team.agent);
    const stranger = (await h.tenant()).agent;
    const macro = await newMacro('Hand over', [
      { type: 'add_tags', value: ['handover'] },
      { type: 'assign', value: stranger.userId },
    ]);
    const before = await footprint(id);
    const res = await apply(team.supervisor, id, macro.id);
    expect(res.status).toBe(404);
    expect(await footprint(id)).toEqual(before);
  });

  it('refuses viewers applying a macro, and agents managing one, with 403', async () => {
    const id = await takenTicket(team.agent);
    const macro = await newMacro('Tag only', [{ type: 'add_tags', value: ['x'] }]);
    expect((await apply(team.viewer, id, macro.id)).status).toBe(403);
    expect(
      (
        await h.call('POST', '/api/macros', {
          as: team.agent,
          body: { name: 'Mine', actions: [{ type: 'reply', value: 'hi' }] },
        })
      ).status,
    ).toBe(403);
    expect((await h.call('DELETE', `/api/macros/${macro.id}`, { as: team.agent })).status).toBe(403);
  });
});

describe('managing macros', () => {
  it('lists, renames, changes and deletes a macro, each announced', async () => {
    const macro = await newMacro('Greet', [{ type: 'reply', value: 'Hello!' }]);
    const renamed = await h.call('PATCH', `/api/macros/${macro.id}`, {
      as: team.admin,
      body: { name: 'Greet warmly', actions: [{ type: 'reply', value: 'Hello there!' }] },
    });
    expect(renamed.status).toBe(200);
    const list = (await h.call('GET', '/api/macros', { as: team.agent })).body as {
      data: { id: string; name: string; actions: Action[] }[];
    };
    expect(list.data.find((m) => m.id === macro.id)).toMatchObject({
      name: 'Greet warmly',
      actions: [{ type: 'reply', value: 'Hello there!' }],
    });
    expect((await h.call('DELETE', `/api/macros/${macro.id}`, { as: team.supervisor })).status).toBe(204);
    expect(
      (await h.call('PATCH', `/api/macros/${macro.id}`, { as: team.supervisor, body: { name: 'Back' } }))
        .status,
    ).toBe(404);
    const rows = await h.deps.db
      .select({ type: outbox.type, envelope: outbox.envelope })
      .from(outbox)
      .where(and(eq(outbox.tenantId, team.tenantId), like(outbox.type, 'macro.%')));
    const types = rows.filter((r) => (r.envelope as { data: { macroId: string } }).data.macroId === macro.id);
    expect(types.map((t) => t.type).sort()).toEqual(['macro.created', 'macro.deleted', 'macro.updated']);
  });

  it('refuses a bad macro with 400 and a second macro of the same name with 409', async () => {
    for (const actions of [
      [],
      [{ type: 'explode', value: 1 }],
      [{ type: 'set_status', value: 'DONE' }],
      [{ type: 'add_tags', value: [' '] }],
    ]) {
      const res = await h.call('POST', '/api/macros', {
        as: team.supervisor,
        body: { name: 'Bad', actions },
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    await newMacro('Escalate', [{ type: 'set_priority', value: 'urgent' }]);
    const again = await h.call('POST', '/api/macros', {
      as: team.supervisor,
      body: { name: 'ESCALATE', actions: [{ type: 'set_priority', value: 'high' }] },
    });
    expect(again.status).toBe(409);
  });

  it("never shows, changes or applies another tenant's macro", async () => {
    const macro = await newMacro('Ours only', [{ type: 'add_tags', value: ['ours'] }]);
    const other = await h.tenant();
    const list = (await h.call('GET', '/api/macros', { as: other.admin })).body as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).not.toContain(macro.id);
    expect(
      (await h.call('PATCH', `/api/macros/${macro.id}`, { as: other.admin, body: { name: 'Stolen' } }))
        .status,
    ).toBe(404);
    expect((await h.call('DELETE', `/api/macros/${macro.id}`, { as: other.admin })).status).toBe(404);
    const theirs = await takenTicket(other.agent);
    expect((await apply(other.agent, theirs, macro.id)).status).toBe(404);
    const ours = await takenTicket(team.agent);
    const theirMacro = await newMacro('Theirs', [{ type: 'add_tags', value: ['theirs'] }], other.supervisor);
    expect((await apply(other.supervisor, ours, theirMacro.id)).status).toBe(404);
  });
});
