import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outbox } from '../src/data/schema.js';
import { startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

it('resolving issues a one-time survey the customer answers without logging in', async () => {
  const team = await h.tenant();
  const { id } = (
    await h.call('POST', '/api/tickets', { as: team.agent, body: { subject: 'Slow', priority: 'low' } })
  ).body;
  await h.call('POST', `/api/tickets/${id}/assign`, { as: team.agent, body: { agentId: team.agent.userId } });
  await h.call('PATCH', `/api/tickets/${id}`, { as: team.agent, body: { status: 'IN_PROGRESS' } });
  await h.call('PATCH', `/api/tickets/${id}`, { as: team.agent, body: { status: 'RESOLVED' } });
  const resolved = (await h.deps.db.select().from(outbox).where(eq(outbox.type, 'ticket.resolved'))).find(
    (r) => (r.envelope as { data: { ticketId: string } }).data.ticketId === id,
  );
  const token = (resolved?.envelope as { data: { csatToken: string } } | undefined)?.data.csatToken;

  expect((await h.call('POST', `/api/csat/${token}`, { body: { rating: 6 } })).status).toBe(400);
  const answer = await h.call('POST', `/api/csat/${token}`, {
    body: { rating: 5, comment: 'Quick and kind' },
  });
  expect([answer.status, answer.body.rating]).toEqual([201, 5]);
  expect((await h.call('POST', `/api/csat/${token}`, { body: { rating: 1 } })).status).toBe(409);
  expect((await h.call('POST', '/api/csat/aaaaaaaaaaaaaaaaaaaaaaaa', { body: { rating: 3 } })).status).toBe(
    404,
  );

  const submitted = (await h.deps.db.select().from(outbox).where(eq(outbox.type, 'csat.submitted'))).map(
    (r) => r.envelope as { tenantId: string; data: object },
  );
  expect(submitted).toContainEqual(
    expect.objectContaining({
      tenantId: team.tenantId,
      data: expect.objectContaining({ ticketId: id, agentId: team.agent.userId, rating: 5 }),
    }),
  );
});
