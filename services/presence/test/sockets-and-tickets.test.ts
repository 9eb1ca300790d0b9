import { newEvent, type Ticket } from '@switchboard/contracts';
import { waitFor } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, type PresenceHarness, startPresence, type Team } from './support/presence-harness.js';
import { ticket } from './support/ticket-fixture.js';

let h: PresenceHarness;
let team: Team;
beforeAll(async () => {
  h = await startPresence({ PRESENCE_GRACE_SECONDS: '1', PRESENCE_SWEEP_MS: '100' });
  team = await h.tenant();
});
afterAll(() => h?.stop());

const presenceOf = async (m: Member) => {
  const res = await h.call('GET', '/api/presence', { as: team.supervisor });
  return res.body.data.find((p: { agentId: string }) => p.agentId === m.userId);
};

describe('online status from sockets', () => {
  it('two tabs: closing one keeps the user online; closing both takes them offline only after the grace', async () => {
    const a = await h.member(team.tenantId, 'agent');
    await h.socket(a, `${a.userId}-1`, 'connected');
    await h.socket(a, `${a.userId}-2`, 'connected');
    expect(await presenceOf(a)).toMatchObject({ onlineStatus: 'online', connections: 2 });
    await h.socket(a, `${a.userId}-1`, 'disconnected');
    await new Promise((r) => setTimeout(r, 1_300)); // past the grace, one tab still open
    expect(await presenceOf(a)).toMatchObject({ onlineStatus: 'online', connections: 1 });

    await h.socket(a, `${a.userId}-2`, 'disconnected');
    const closedAt = Date.now();
    expect(await presenceOf(a)).toMatchObject({ onlineStatus: 'online', connections: 0 });
    await waitFor('offline after the grace', async () => (await presenceOf(a)).onlineStatus === 'offline');
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(900);
    const statuses = (await h.recorded(a.userId))
      .filter((e) => e.type === 'agent.status_changed')
      .map((e) => e.data.status);
    expect(statuses).toEqual(['online', 'offline']); // the second tab did not publish again
  });

  it('a gateway that died without reporting its disconnects takes its users offline after the grace', async () => {
    const a = await h.member(team.tenantId, 'agent');
    const b = await h.member(team.tenantId, 'agent');
    await h.socket(a, `${a.userId}-crashed`, 'connected', 'gw-killed'); // no heartbeat: that process is gone
    await h.socket(b, `${b.userId}-alive`, 'connected');
    await waitFor(
      'offline once the dead gateway is noticed',
      async () => (await presenceOf(a)).onlineStatus === 'offline',
    );
    expect(await presenceOf(a)).toMatchObject({ connections: 0 });
    expect(await presenceOf(b)).toMatchObject({ onlineStatus: 'online', connections: 1 });
  });

  it('a reconnect within the grace keeps the user online', async () => {
    const a = await h.member(team.tenantId, 'agent');
    await h.socket(a, `${a.userId}-1`, 'connected');
    await h.socket(a, `${a.userId}-1`, 'disconnected');
    await h.socket(a, `${a.userId}-2`, 'connected');
    await new Promise((r) => setTimeout(r, 1_400));
    expect(await presenceOf(a)).toMatchObject({ onlineStatus: 'online', connections: 1 });
  });
});

describe('open tickets from ticket events', () => {
  it('a capacity announced by the ticket service counts: one open ticket at capacity 1 is busy', async () => {
    const a = await h.member(team.tenantId, 'agent');
    expect((await h.call('POST', '/api/sessions/clock-in', { as: a })).status).toBe(200);
    await h.call('PUT', `/api/agents/${a.userId}/status`, { as: a, body: { status: 'online' } });
    const origin = { tenantId: team.tenantId, correlationId: 'capacity-test' };
    const t = ticket(team.tenantId, 'ASSIGNED', a.userId, new Date());
    await h.publishApplied([
      newEvent(
        'ticket.assigned',
        { ...t, ticketId: t.id, previousAssigneeId: null, actorId: null },
        origin,
        'tickets',
      ),
    ]);
    expect(await presenceOf(a)).toMatchObject({ openTickets: 1, availability: 'available' });
    await h.publishApplied([
      newEvent('agent.capacity_changed', { agentId: a.userId, capacity: 1 }, origin, 'tickets'),
    ]);
    expect(await presenceOf(a)).toMatchObject({ openTickets: 1, capacity: 1, availability: 'busy' });
  });

  it('counts assigned work, frees it on unassign and resolve, and turns the agent busy at capacity', async () => {
    const a = await h.member(team.tenantId, 'agent');
    const b = await h.member(team.tenantId, 'agent');
    expect((await h.call('POST', '/api/sessions/clock-in', { as: a })).status).toBe(200);
    expect(
      (await h.call('PUT', `/api/agents/${a.userId}/status`, { as: a, body: { status: 'online' } })).status,
    ).toBe(200);
    const origin = { tenantId: team.tenantId, correlationId: 'tickets-test' };
    let clock = Date.now();
    const tick = () => new Date(++clock);
    const assign = (t: Ticket, to: string | null, from: string | null) => {
      const next = { ...t, assigneeId: to, status: 'ASSIGNED' as const, updatedAt: tick().toISOString() };
      return newEvent(
        'ticket.assigned',
        { ...next, ticketId: t.id, previousAssigneeId: from, actorId: null },
        origin,
        'tickets',
      );
    };
    const tickets = [0, 1, 2].map(() => ticket(team.tenantId, 'NEW', null, tick()));
    await h.publishApplied(tickets.map((t) => assign(t, a.userId, null)));
    expect(await presenceOf(a)).toMatchObject({ openTickets: 3, availability: 'busy', capacity: null });

    // One moves to b, one is resolved: a is back under capacity.
    const [t0, t1, t2] = tickets as [Ticket, Ticket, Ticket];
    await h.publishApplied([assign(t0, b.userId, a.userId)]);
    const resolved = {
      ...t1,
      assigneeId: a.userId,
      status: 'RESOLVED' as const,
      updatedAt: tick().toISOString(),
    };
    await h.publishApplied([
      newEvent(
        'ticket.status_changed',
        {
          ...resolved,
          ticketId: t1.id,
          from: 'IN_PROGRESS',
          to: 'RESOLVED',
          reason: null,
          actorId: a.userId,
        },
        origin,
        'tickets',
      ),
    ]);
    expect(await presenceOf(a)).toMatchObject({ openTickets: 1, availability: 'available' });
    expect(await presenceOf(b)).toMatchObject({ openTickets: 1, availability: 'offline' });

    const unassigned = { ...t2, assigneeId: null, status: 'NEW' as const, updatedAt: tick().toISOString() };
    await h.publishApplied([
      newEvent(
        'ticket.unassigned',
        { ...unassigned, ticketId: t2.id, previousAssigneeId: a.userId, actorId: null },
        origin,
        'tickets',
      ),
    ]);
    expect(await presenceOf(a)).toMatchObject({ openTickets: 0 });
    const availability = (await h.recorded(a.userId))
      .filter((e) => e.type === 'agent.availability_changed')
      .map((e) => [e.data.availability, e.data.openTickets]);
    expect(availability).toEqual([
      ['available', 0],
      ['busy', 3],
      ['available', 2], // the move to b already put a under capacity
    ]);
  });
});
