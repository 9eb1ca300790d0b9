import { demoTenantOf } from '@switchboard/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedTicketHistory } from '../src/bin/seed-history.js';
import { cannedResponses, csatSurveys, messages, outbox, slaBreaches, tickets } from '../src/data/schema.js';
import { startTickets, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
beforeAll(async () => {
  h = await startTickets();
});
afterAll(() => h?.stop());

it('the demo history is two weeks of varied work, and seeding it again adds nothing', {
  timeout: 120_000,
}, async () => {
  const team = await h.tenant();
  const demo = demoTenantOf(team);
  const first = await seedTicketHistory(h.deps, demo);
  const counts = await countsOf(team.tenantId);
  const again = await seedTicketHistory(h.deps, demo);

  expect([first.outcome, again.outcome]).toEqual(['created', 'present']);
  expect(await countsOf(team.tenantId)).toEqual(counts);
  expect(counts.tickets).toBeGreaterThan(40);
  expect(counts.messages).toBeGreaterThan(counts.tickets);
  expect(counts.breaches).toBeGreaterThan(5);
  expect(counts.answered).toBeGreaterThan(10);
  expect(counts.statuses).toEqual(expect.arrayContaining(['CLOSED', 'RESOLVED', 'IN_PROGRESS']));
  expect(counts.statuses.length).toBeGreaterThanOrEqual(4);
  expect(counts.oldestEventDaysAgo).toBeGreaterThanOrEqual(13);
  expect(counts.cannedCodes).toEqual(['bye', 'greet', 'refund']);
});

async function countsOf(tenantId: string) {
  const rows = await h.deps.db.select().from(tickets).where(eq(tickets.tenantId, tenantId));
  const [m] = await h.deps.db.select({ n: count() }).from(messages).where(eq(messages.tenantId, tenantId));
  const [b] = await h.deps.db
    .select({ n: count() })
    .from(slaBreaches)
    .where(eq(slaBreaches.tenantId, tenantId));
  const canned = await h.deps.db.select().from(cannedResponses).where(eq(cannedResponses.tenantId, tenantId));
  const surveys = await h.deps.db.select().from(csatSurveys).where(eq(csatSurveys.tenantId, tenantId));
  const events = await h.deps.db.select({ envelope: outbox.envelope }).from(outbox);
  const times = events
    .map((e) => e.envelope as { tenantId: string; occurredAt: string })
    .filter((e) => e.tenantId === tenantId)
    .map((e) => Date.parse(e.occurredAt));
  return {
    tickets: rows.length,
    statuses: [...new Set(rows.map((r) => r.status))].sort(),
    messages: m?.n ?? 0,
    breaches: b?.n ?? 0,
    answered: surveys.filter((s) => s.answeredAt).length,
    events: times.length,
    cannedCodes: canned.map((c) => c.shortCode).sort(),
    oldestEventDaysAgo: Math.floor((Date.now() - Math.min(...times)) / 86_400_000),
  };
}
