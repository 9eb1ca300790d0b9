import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, ticketHistory, tickets } from '../src/data/schema.js';
import { scanSla } from '../src/jobs/sla-scan.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

const policy = (priority: string, extra: object = {}) => ({
  priority,
  firstResponseMinutes: 60,
  resolutionMinutes: 480,
  ...extra,
});

/** A ticket opened `minutesAgo` minutes ago (its history moved back with it). */
async function ticketFrom(as: Member, minutesAgo: number, priority = 'high') {
  const { id } = (
    await h.call('POST', '/api/tickets', { as, body: { subject: `Aged ${minutesAgo}`, priority } })
  ).body;
  const shift = sql`make_interval(mins => ${minutesAgo})`;
  await h.deps.db
    .update(tickets)
    .set({ createdAt: sql`created_at - ${shift}` })
    .where(eq(tickets.id, id));
  await h.deps.db
    .update(ticketHistory)
    .set({ at: sql`at - ${shift}` })
    .where(eq(ticketHistory.ticketId, id));
  return id as string;
}

const slaEvents = async (ticketId: string) =>
  (await h.deps.db.select().from(outbox).orderBy(asc(outbox.seq)))
    .filter(
      (r) =>
        r.type.startsWith('sla.') &&
        (r.envelope as { data: { ticketId: string } }).data.ticketId === ticketId,
    )
    .map((r) => [r.type, (r.envelope as { data: { target: string } }).data.target]);

describe('SLA policies and calendar', () => {
  it('a supervisor sets a policy per priority; agents read it; bad values are 400', async () => {
    const team = await h.tenant();
    expect(
      (await h.call('POST', '/api/sla/policies', { as: team.supervisor, body: policy('urgent') })).status,
    ).toBe(201);
    expect(
      (
        await h.call('PUT', '/api/sla/policies', {
          as: team.supervisor,
          body: policy('urgent', { resolutionMinutes: 240 }),
        })
      ).body.resolutionMinutes,
    ).toBe(240);
    expect(
      (await h.call('PUT', '/api/sla/policies', { as: team.supervisor, body: policy('low') })).status,
    ).toBe(404);
    expect((await h.call('POST', '/api/sla/policies', { as: team.agent, body: policy('low') })).status).toBe(
      403,
    );
    expect(
      (
        await h.call('POST', '/api/sla/policies', {
          as: team.supervisor,
          body: policy('low', { firstResponseMinutes: 0 }),
        })
      ).status,
    ).toBe(400);
    expect((await h.call('GET', '/api/sla/policies', { as: team.agent })).body.data).toHaveLength(1);
  });

  it('refuses a calendar with a bad time zone or overlapping hours', async () => {
    const team = await h.tenant();
    const open = [{ start: '09:00', end: '17:00' }];
    const weekly = { 0: [], 1: open, 2: open, 3: open, 4: open, 5: open, 6: [] };
    const bad = await h.call('PUT', '/api/sla/calendar', {
      as: team.admin,
      body: {
        timeZone: 'Mars/Olympus',
        weekly: { ...weekly, 1: [...open, { start: '16:00', end: '18:00' }] },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.length).toBeGreaterThanOrEqual(2);
    const good = await h.call('PUT', '/api/sla/calendar', {
      as: team.admin,
      body: { timeZone: 'Europe/Berlin', weekly, holidays: ['2026-12-25'] },
    });
    expect(good.status).toBe(200);
    expect((await h.call('GET', '/api/sla/calendar', { as: team.agent })).body.timeZone).toBe(
      'Europe/Berlin',
    );
  });
});

describe('breaches', () => {
  it('a first response overdue is recorded once, published once as sla.breached, and listed', async () => {
    const team: Team = await h.tenant();
    await h.call('POST', '/api/sla/policies', {
      as: team.admin,
      body: policy('high', { firstResponseMinutes: 30 }),
    });
    const late = await ticketFrom(team.agent, 45);
    const fine = await ticketFrom(team.agent, 5);
    await scanSla(h.deps.db);
    await scanSla(h.deps.db);
    expect(await slaEvents(late)).toEqual([['sla.breached', 'first_response']]);
    expect(await slaEvents(fine)).toEqual([]);
    const listed = await h.call('GET', '/api/sla/breaches?hours=2', { as: team.supervisor });
    expect(listed.body.data.map((b: { ticketId: string; target: string }) => [b.ticketId, b.target])).toEqual(
      [[late, 'first_response']],
    );
    const other = await h.tenant();
    expect((await h.call('GET', '/api/sla/breaches', { as: other.supervisor })).body.meta.total).toBe(0);
  });

  it('warns at 80 % of the target, once', async () => {
    const team = await h.tenant();
    await h.call('POST', '/api/sla/policies', {
      as: team.admin,
      body: policy('medium', { firstResponseMinutes: 100 }),
    });
    const id = await ticketFrom(team.agent, 85, 'medium');
    await scanSla(h.deps.db);
    await scanSla(h.deps.db);
    expect(await slaEvents(id)).toEqual([['sla.warning', 'first_response']]);
  });

  it('a reply in time means no breach; time waiting on the customer does not count', async () => {
    const team = await h.tenant();
    await h.call('POST', '/api/sla/policies', {
      as: team.admin,
      body: policy('high', { firstResponseMinutes: 30, resolutionMinutes: 60 }),
    });
    const id = await ticketFrom(team.agent, 50);
    await h.call('POST', `/api/tickets/${id}/messages`, { as: team.agent, body: { body: 'On it' } });
    // It then waited on the customer from minute 10 on: only 10 of the 60 resolution minutes ran.
    await h.deps.db
      .update(tickets)
      .set({ firstResponseAt: sql`created_at + interval '5 minutes'` })
      .where(eq(tickets.id, id));
    await h.deps.db.insert(ticketHistory).values({
      id: crypto.randomUUID(),
      tenantId: team.tenantId,
      ticketId: id,
      actorId: null,
      action: 'status_changed',
      changes: { from: 'IN_PROGRESS', to: 'PENDING' },
      at: sql`now() - interval '40 minutes'`,
    });
    await h.deps.db.update(tickets).set({ status: 'PENDING' }).where(eq(tickets.id, id));
    await scanSla(h.deps.db);
    expect(await slaEvents(id)).toEqual([]);
  });
});

describe('escalation', () => {
  it('climbs the ladder one rung per run: priority, supervisors, another agent', async () => {
    const team = await h.tenant();
    await h.call('POST', '/api/sla/policies', {
      as: team.admin,
      body: policy('high', { firstResponseMinutes: 30 }),
    });
    const id = await ticketFrom(team.agent, 45);
    await h.call('POST', `/api/tickets/${id}/assign`, {
      as: team.agent,
      body: { agentId: team.agent.userId },
    });
    await scanSla(h.deps.db);
    const run = async () => {
      const res = await h.call('POST', '/api/sla/automate', { as: team.supervisor });
      if (res.status !== 200) throw new Error(JSON.stringify(res.body));
      return res.body;
    };

    expect((await run()).actions).toEqual([
      expect.objectContaining({
        ticketId: id,
        action: 'raise_priority',
        priority: 'urgent',
        outcome: 'done',
      }),
    ]);
    expect((await run()).actions).toEqual([
      expect.objectContaining({ action: 'notify_supervisors', outcome: 'done' }),
    ]);
    expect((await run()).actions).toEqual([
      expect.objectContaining({
        action: 'reassign',
        outcome: 'no_agent_available',
        assigneeId: team.agent.userId,
      }),
    ]);
    await h.ready(team.otherAgent);
    const moved = await run();
    expect(moved).toMatchObject({
      escalated: 1,
      actions: [{ action: 'reassign', outcome: 'done', assigneeId: team.otherAgent.userId }],
    });
    expect((await h.call('GET', `/api/tickets/${id}`, { as: team.supervisor })).body).toMatchObject({
      priority: 'urgent',
      assigneeId: team.otherAgent.userId,
    });
    const escalations = (await slaEvents(id)).filter(([type]) => type === 'sla.escalated');
    expect(escalations).toHaveLength(3);
    expect((await h.call('POST', '/api/sla/automate', { as: team.agent })).status).toBe(403);
  });
});
