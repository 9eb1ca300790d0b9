import { type Envelope, newEvent, type TicketStatus, uuidv7 } from '@switchboard/contracts';
import { embeddedMode, waitFor } from '@switchboard/testing';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAssignmentPass } from '../src/actions/auto-assign.js';
import { connectDb } from '../src/data/db.js';
import { outbox, ticketHistory, tickets } from '../src/data/schema.js';
import { insertTicket } from '../src/data/tickets.repository.js';
import { startAssignmentSweep } from '../src/jobs/assignment-sweep.js';
import { type Member, startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

type Row = typeof tickets.$inferSelect;

/* Presence, as the presence service will publish it. */
const origin = (m: Member) => ({ tenantId: m.tenantId, correlationId: `presence-${m.userId}` });
const iso = (offsetMinutes = 0) => new Date(Date.now() + offsetMinutes * 60_000).toISOString();

const publish = (events: Envelope[]) => h.publishApplied(events);
const clockedIn = (m: Member, at = iso()) =>
  newEvent('agent.clocked_in', { agentId: m.userId, at }, origin(m), 'presence');
const status = (m: Member, s: 'online' | 'away' | 'busy' | 'offline', at = iso()) =>
  newEvent('agent.status_changed', { agentId: m.userId, status: s, at }, origin(m), 'presence');
/** Clocked in and online since `at`. */
const ready = (m: Member, at = iso()) => publish([clockedIn(m, at), status(m, 'online', at)]);

/** Waits until this process has no assignment pass left for the tenant that could still change it. */
const settle = (tenantId: string) => h.deps.assigner.kick(tenantId);

const rowsOf = (tenantId: string) => h.deps.db.select().from(tickets).where(eq(tickets.tenantId, tenantId));
const rowOf = async (id: string): Promise<Row> => {
  const [row] = await h.deps.db.select().from(tickets).where(eq(tickets.id, id));
  if (!row) throw new Error(`no ticket ${id}`);
  return row;
};
const assignedTo = (id: string, agent: Member) =>
  waitFor(`${id} assigned to ${agent.userId}`, async () => (await rowOf(id)).assigneeId === agent.userId);

const open = async (as: Member, body: Record<string, unknown> = {}) => {
  const res = await h.call('POST', '/api/tickets', {
    as,
    body: { subject: 'Help', description: 'Please', priority: 'medium', ...body },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; status: TicketStatus };
};
const setCapacity = async (admin: Member, agent: Member, capacity: number | null, skills?: string[]) => {
  const res = await h.call('PUT', `/api/assignment/agents/${agent.userId}`, {
    as: admin,
    body: { capacity, ...(skills ? { skills } : {}) },
  });
  expect(res.status).toBe(200);
};
const putSettings = (as: Member, body: Record<string, unknown>) =>
  h.call('PUT', '/api/assignment/settings', {
    as,
    body: { enabled: true, defaultCapacity: 3, reassignAfterMinutes: null, categoryDepartments: {}, ...body },
  });

/** The tenant's published-or-pending events of one type, from the outbox. */
async function eventsOf(tenantId: string, type: string) {
  const rows = await h.deps.db
    .select({ envelope: outbox.envelope })
    .from(outbox)
    .where(and(eq(outbox.tenantId, tenantId), eq(outbox.type, type)))
    .orderBy(asc(outbox.seq));
  return rows.map((r) => (r.envelope as Envelope<Record<string, unknown>>).data);
}

async function team(roles: { department?: string }[]) {
  const tenantId = uuidv7();
  const [admin, ...agents] = await Promise.all([
    h.member(tenantId, 'admin'),
    ...roles.map((r) => h.member(tenantId, 'agent', r.department)),
  ]);
  if (!admin) throw new Error('no admin');
  return { tenantId, admin, agents: agents as Member[] };
}

describe('auto-assignment under concurrency', () => {
  // Replicas racing on row locks need sessions of their own: PGlite (embedded mode) is one session.
  it.skipIf(embeddedMode)(
    '30 tickets at once to 3 agents of capacity 2: exactly 6 given out, none twice, none beyond capacity',
    async () => {
      const { tenantId, admin, agents } = await team([{}, {}, {}]);
      for (const agent of agents) await setCapacity(admin, agent, 2);
      await Promise.all(agents.map((a) => ready(a)));

      const priorities = ['low', 'medium', 'high', 'urgent'];
      // Besides the passes the creations ask for, raw passes (not coalesced) run back to back from
      // this pool and a second one, as other replicas of the service would, until every ticket exists.
      const replica = connectDb(h.deps.config.DATABASE_URL);
      let creating = true;
      const hammer = async (db: typeof replica.db) => {
        let passes = 0;
        for (; creating || passes === 0; passes++) await runAssignmentPass(db, tenantId);
        return passes;
      };
      const hammers = [hammer(replica.db), hammer(replica.db), hammer(h.deps.db), hammer(h.deps.db)];
      try {
        const created = await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            h.call('POST', '/api/tickets', {
              as: admin,
              body: { subject: `Ticket ${i}`, priority: priorities[i % 4] },
            }),
          ),
        );
        expect(created.map((r) => r.status)).toEqual(Array(30).fill(201));
      } finally {
        creating = false;
        expect((await Promise.all(hammers)).every((n) => n > 0)).toBe(true);
        await replica.pool.end();
      }

      await waitFor(
        'six assigned',
        async () => (await rowsOf(tenantId)).filter((r) => r.assigneeId).length >= 6,
      );
      await settle(tenantId);

      const rows = await rowsOf(tenantId);
      const assigned = rows.filter((r) => r.assigneeId !== null);
      expect(assigned).toHaveLength(6);
      for (const agent of agents)
        expect(assigned.filter((r) => r.assigneeId === agent.userId)).toHaveLength(2);
      for (const r of assigned) expect([r.status, r.requiresApproval]).toEqual(['ASSIGNED', false]);
      expect(rows.filter((r) => r.status === 'NEW' && r.assigneeId === null)).toHaveLength(24);

      const assignedEvents = await eventsOf(tenantId, 'ticket.assigned');
      const ids = assignedEvents.map((e) => e.ticketId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(assigned.map((r) => r.id).sort());
      expect(assignedEvents.every((e) => e.actorId === null && e.previousAssigneeId === null)).toBe(true);
      const statusEvents = (await eventsOf(tenantId, 'ticket.status_changed')).filter(
        (e) => e.to === 'ASSIGNED',
      );
      expect(statusEvents.map((e) => [e.from, e.actorId])).toEqual(Array(6).fill(['NEW', null]));

      const history = await h.deps.db
        .select()
        .from(ticketHistory)
        .where(and(eq(ticketHistory.tenantId, tenantId), eq(ticketHistory.action, 'assigned')));
      expect(history.map((e) => e.actorId)).toEqual(Array(6).fill(null));
    },
  );

  // A lock held by another session needs Postgres: PGlite (embedded mode) is one session.
  it.skipIf(embeddedMode)(
    'skips a ticket another transaction holds (a manual change in flight) instead of waiting or overwriting',
    async () => {
      const { tenantId, admin, agents } = await team([{}]);
      const [agent] = agents as [Member];
      const held = await open(admin, { priority: 'urgent' });
      const next = await open(admin, { priority: 'low' });
      // A second session of its own, as another request's transaction would be.
      const client = new pg.Client({ connectionString: h.deps.config.DATABASE_URL });
      await client.connect();
      try {
        await client.query('begin');
        await client.query('select 1 from tickets where id = $1 for update', [held.id]);
        await ready(agent); // its pass runs while the urgent ticket is held
        await assignedTo(next.id, agent);
        await settle(tenantId);
        expect((await rowOf(held.id)).status).toBe('NEW');
        await client.query('commit');
      } finally {
        await client.end();
      }
      await settle(tenantId);
      expect(await rowOf(held.id)).toMatchObject({ status: 'ASSIGNED', assigneeId: agent.userId });
      const ids = (await eventsOf(tenantId, 'ticket.assigned')).map((e) => e.ticketId);
      expect(ids).toEqual([next.id, held.id]);
    },
  );
});

describe('freeing capacity pulls work', () => {
  it('resolving a ticket gives its agent the oldest highest-priority NEW ticket', async () => {
    const { tenantId, admin, agents } = await team([{}]);
    const [agent] = agents as [Member];
    await setCapacity(admin, agent, 1);
    await ready(agent);
    const first = await open(admin, { priority: 'low' });
    await assignedTo(first.id, agent);

    const lowOld = await open(admin, { priority: 'low' });
    const highOld = await open(admin, { priority: 'high' });
    const highNew = await open(admin, { priority: 'high' });
    const medium = await open(admin, { priority: 'medium' });
    await settle(tenantId);
    for (const t of [lowOld, highOld, highNew, medium]) expect((await rowOf(t.id)).status).toBe('NEW');

    const as = { as: agent };
    expect(
      (await h.call('PATCH', `/api/tickets/${first.id}`, { ...as, body: { status: 'IN_PROGRESS' } })).status,
    ).toBe(200);
    await settle(tenantId);
    expect((await rowOf(highOld.id)).status).toBe('NEW'); // IN_PROGRESS still counts against capacity
    expect(
      (await h.call('PATCH', `/api/tickets/${first.id}`, { ...as, body: { status: 'RESOLVED' } })).status,
    ).toBe(200);

    await assignedTo(highOld.id, agent);
    await settle(tenantId);
    for (const t of [lowOld, highNew, medium]) expect((await rowOf(t.id)).assigneeId).toBeNull();
    const history = await h.call('GET', `/api/tickets/${highOld.id}/history`, { as: admin });
    expect(
      history.body.data.map((e: { action: string; actorId: string | null }) => [e.action, e.actorId]),
    ).toEqual([
      ['created', admin.userId],
      ['assigned', null],
    ]);
    const ticket = await h.call('GET', `/api/tickets/${highOld.id}`, { as: agent });
    expect(ticket.body).toMatchObject({
      status: 'ASSIGNED',
      assigneeId: agent.userId,
      requiresApproval: false,
    });
  });
});

describe('who gets what', () => {
  it('routes a category to its department or to an agent with the skill; raising capacity pulls work', async () => {
    const { tenantId, admin, agents } = await team([
      { department: 'Finance' },
      { department: 'Tech' },
      { department: 'Support' },
    ]);
    const [finance, tech, generalist] = agents as [Member, Member, Member];
    const settings = await putSettings(admin, {
      defaultCapacity: 1,
      categoryDepartments: { billing: 'Finance', hardware: 'tech' },
    });
    expect(settings.status).toBe(200);
    await setCapacity(admin, generalist, null, ['Hardware']);
    await ready(tech, iso(-2));
    await ready(generalist, iso(-1));
    await ready(finance);

    const hardware1 = await open(admin, { category: 'hardware' });
    await assignedTo(hardware1.id, tech); // idle the longest
    const hardware2 = await open(admin, { category: 'Hardware' });
    await assignedTo(hardware2.id, generalist); // not Tech, but has the skill
    const billing1 = await open(admin, { category: 'billing' });
    await assignedTo(billing1.id, finance);
    const billing2 = await open(admin, { category: 'billing' });
    await settle(tenantId);
    expect((await rowOf(billing2.id)).status).toBe('NEW'); // Finance is full; nobody else may take billing

    await setCapacity(admin, generalist, 2, ['hardware', 'billing']);
    await assignedTo(billing2.id, generalist);
  });

  it('nothing for an agent on a break, clocked out, offline or away; ending the break pulls work', async () => {
    const { tenantId, admin, agents } = await team([{}, {}, {}, {}, {}]);
    const [onBreak, neverIn, offline, away, gone] = agents as [Member, Member, Member, Member, Member];
    await publish([
      clockedIn(onBreak),
      status(onBreak, 'online'),
      newEvent(
        'agent.break_started',
        { agentId: onBreak.userId, at: iso(), reason: 'lunch' },
        origin(onBreak),
        'presence',
      ),
      status(neverIn, 'online'),
      clockedIn(offline),
      status(offline, 'offline'),
      clockedIn(away),
      status(away, 'away'),
      clockedIn(gone),
      status(gone, 'online'),
      newEvent('agent.clocked_out', { agentId: gone.userId, at: iso() }, origin(gone), 'presence'),
    ]);
    const ticket = await open(admin);
    await settle(tenantId);
    expect(await rowOf(ticket.id)).toMatchObject({ status: 'NEW', assigneeId: null });

    await publish([
      newEvent('agent.break_ended', { agentId: onBreak.userId, at: iso() }, origin(onBreak), 'presence'),
    ]);
    await assignedTo(ticket.id, onBreak);
  });

  it('the whole picture at once (availability_changed) counts too, and a tenant can turn it all off', async () => {
    const { tenantId, admin, agents } = await team([{}]);
    const [agent] = agents as [Member];
    expect((await putSettings(admin, { enabled: false })).status).toBe(200);
    const snapshot = {
      agentId: agent.userId,
      availability: 'available' as const,
      activity: 'working' as const,
      onlineStatus: 'online' as const,
      openTickets: 0,
      capacity: null,
      at: iso(),
    };
    await publish([newEvent('agent.availability_changed', snapshot, origin(agent), 'presence')]);
    const ticket = await open(admin);
    await settle(tenantId);
    expect((await rowOf(ticket.id)).status).toBe('NEW');

    expect((await putSettings(admin, { enabled: true })).status).toBe(200);
    await assignedTo(ticket.id, agent);
  });
});

describe('assignment settings', () => {
  const defaults = { enabled: true, defaultCapacity: 3, reassignAfterMinutes: null, categoryDepartments: {} };

  it('are per tenant, with defaults until set', async () => {
    const a = await h.tenant();
    const b = await h.tenant();
    expect((await h.call('GET', '/api/assignment/settings', { as: a.admin })).body).toEqual(defaults);
    const chosen = {
      enabled: false,
      defaultCapacity: 5,
      reassignAfterMinutes: 15,
      categoryDepartments: { billing: 'Finance' },
    };
    const put = await h.call('PUT', '/api/assignment/settings', { as: a.supervisor, body: chosen });
    expect([put.status, put.body]).toEqual([200, chosen]);
    expect((await h.call('GET', '/api/assignment/settings', { as: a.admin })).body).toEqual(chosen);
    expect((await h.call('GET', '/api/assignment/settings', { as: b.supervisor })).body).toEqual(defaults);
  });

  it('refuse a bad body with the fields at fault, and agents and viewers', async () => {
    const a = await h.tenant();
    const bad = await h.call('PUT', '/api/assignment/settings', {
      as: a.admin,
      body: {
        enabled: 'yes',
        defaultCapacity: 0,
        reassignAfterMinutes: -5,
        categoryDepartments: { billing: 7 },
      },
    });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining([
        'body.enabled',
        'body.defaultCapacity',
        'body.reassignAfterMinutes',
        'body.categoryDepartments.billing',
      ]),
    );
    const twice = await putSettings(a.admin, {
      categoryDepartments: { Billing: 'Finance', billing: 'Sales' },
    });
    expect(twice.status).toBe(400);
    expect((await putSettings(a.admin, { surprise: true })).status).toBe(400);
    expect((await h.call('PUT', '/api/assignment/settings', { as: a.admin, body: {} })).status).toBe(400);
    expect((await h.call('GET', '/api/assignment/settings', { as: a.admin })).body).toEqual(defaults);

    for (const who of [a.agent, a.viewer]) {
      expect((await h.call('GET', '/api/assignment/settings', { as: who })).status).toBe(403);
      expect((await putSettings(who, {})).status).toBe(403);
      const res = await h.call('PUT', `/api/assignment/agents/${a.agent.userId}`, {
        as: who,
        body: { capacity: 9 },
      });
      expect(res.status).toBe(403);
    }
    expect((await h.call('GET', '/api/assignment/settings')).status).toBe(401);
  });

  it("shows whether presence's facts have made an agent ready for work, to the tenant's managers", async () => {
    const a = await h.tenant();
    const b = await h.tenant();
    const path = `/api/assignment/agents/${a.agent.userId}`;
    const readyForWork = async () => (await h.call('GET', path, { as: a.supervisor })).body.readyForWork;
    expect(await readyForWork()).toBe(false);
    await ready(a.agent);
    expect(await readyForWork()).toBe(true);
    await publish([
      newEvent(
        'agent.break_started',
        { agentId: a.agent.userId, at: iso(), reason: 'lunch' },
        origin(a.agent),
        'presence',
      ),
    ]);
    expect(await readyForWork()).toBe(false);

    expect((await h.call('GET', path, { as: b.admin })).status).toBe(404);
    expect((await h.call('GET', path, { as: a.agent })).status).toBe(403);
    expect((await h.call('GET', '/api/assignment/agents/nope', { as: a.admin })).status).toBe(400);
  });

  it("set an agent's capacity and skills within the tenant only", async () => {
    const a = await h.tenant();
    const b = await h.tenant();
    const path = `/api/assignment/agents/${a.agent.userId}`;
    const res = await h.call('PUT', path, {
      as: a.supervisor,
      body: { capacity: 4, skills: ['billing', ' Billing ', 'tech'] },
    });
    expect([res.status, res.body]).toEqual([
      200,
      {
        agentId: a.agent.userId,
        role: 'agent',
        department: 'Support',
        capacity: 4,
        skills: ['billing', 'tech'],
        readyForWork: false,
      },
    ]);
    const keepSkills = await h.call('PUT', path, { as: a.admin, body: { capacity: null } });
    expect(keepSkills.body).toMatchObject({ capacity: null, skills: ['billing', 'tech'] });
    // presence hears the capacity that applies: the agent's own, then the tenant's default again
    expect(await eventsOf(a.tenantId, 'agent.capacity_changed')).toEqual([
      { agentId: a.agent.userId, capacity: 4 },
      { agentId: a.agent.userId, capacity: 3 },
    ]);
    expect((await putSettings(a.admin, { defaultCapacity: 2 })).status).toBe(200);
    expect((await eventsOf(a.tenantId, 'agent.capacity_changed')).slice(2)).toContainEqual({
      agentId: a.agent.userId,
      capacity: 2,
    });

    expect((await h.call('PUT', path, { as: b.admin, body: { capacity: 1 } })).status).toBe(404);
    expect(
      (await h.call('PUT', `/api/assignment/agents/${uuidv7()}`, { as: a.admin, body: { capacity: 1 } }))
        .status,
    ).toBe(404);
    const bad = await h.call('PUT', '/api/assignment/agents/nope', { as: a.admin, body: { capacity: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['params.id']),
    );
    const negative = await h.call('PUT', path, { as: a.admin, body: { capacity: -1, skills: [''] } });
    expect(negative.body.error.details.map((d: { field: string }) => d.field)).toEqual(
      expect.arrayContaining(['body.capacity', 'body.skills.0']),
    );
  });
});

describe('no reply in time, and the sweep', () => {
  it('moves a ticket unanswered past reassignAfterMinutes to another agent; assigns what no trigger did', async () => {
    const { tenantId, admin, agents } = await team([{}, {}]);
    const [slow, spare] = agents as [Member, Member];
    expect((await putSettings(admin, { reassignAfterMinutes: 30 })).status).toBe(200);
    await ready(slow);
    const ignored = await open(admin);
    const answered = await open(admin);
    await assignedTo(ignored.id, slow);
    await assignedTo(answered.id, slow);
    const post = (id: string, internal: boolean) =>
      h.call('POST', `/api/tickets/${id}/messages`, { as: slow, body: { body: 'On it', internal } });
    expect((await post(ignored.id, true)).status).toBe(201); // an internal note is no reply
    expect((await post(answered.id, false)).status).toBe(201);
    await ready(spare);
    await settle(tenantId);
    expect((await rowOf(ignored.id)).assigneeId).toBe(slow.userId); // not overdue yet

    // Both were assigned 45 minutes ago; only `answered` got a public reply since.
    await h.deps.db
      .update(tickets)
      .set({ assignedAt: sql`${tickets.assignedAt} - interval '45 minutes'` })
      .where(inArray(tickets.id, [ignored.id, answered.id]));
    const sweep = startAssignmentSweep(h.deps.db, h.deps.assigner, 50, h.deps.logger);
    try {
      await assignedTo(ignored.id, spare); // the tenant had no NEW ticket: found by the no-reply rule
      // A NEW ticket that came in by a path that asked for no pass.
      const missed = await insertTicket(h.deps.db, {
        id: uuidv7(),
        tenantId,
        subject: 'Missed',
        description: '',
        priority: 'low',
        status: 'NEW',
      });
      await waitFor('the missed ticket assigned', async () => (await rowOf(missed.id)).status === 'ASSIGNED');
    } finally {
      await sweep.stop();
    }
    await settle(tenantId);
    expect((await rowOf(answered.id)).assigneeId).toBe(slow.userId);
    expect((await rowOf(ignored.id)).status).toBe('ASSIGNED');

    const moved = (await eventsOf(tenantId, 'ticket.assigned')).filter((e) => e.ticketId === ignored.id);
    expect(moved.map((e) => [e.previousAssigneeId, e.assigneeId, e.actorId])).toEqual([
      [null, slow.userId, null],
      [slow.userId, spare.userId, null],
    ]);
    const history = await h.call('GET', `/api/tickets/${ignored.id}/history`, { as: admin });
    expect(history.body.data.at(-1)).toMatchObject({
      action: 'assigned',
      actorId: null,
      changes: { from: slow.userId, to: spare.userId },
    });
  });
});
