import { type Envelope, uuidv7 } from '@switchboard/contracts';
import { embeddedMode } from '@switchboard/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/data/schema.js';
import { insertTicket } from '../src/data/tickets.repository.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
});
afterAll(() => h?.stop());

type Listed = { id: string; number: number; subject: string };
const open = async (as: Member, subject = 'Printer on fire') => {
  const res = await h.call('POST', '/api/tickets', { as, body: { subject, priority: 'medium' } });
  expect(res.status).toBe(201);
  return res.body as Listed;
};
const search = async (as: Member, q: string) => {
  const res = await h.call('GET', `/api/tickets?q=${encodeURIComponent(q)}&limit=100`, { as });
  expect(res.status).toBe(200);
  return (res.body as { data: Listed[] }).data;
};

describe('ticket numbers', () => {
  // Creates racing on the tenant's counter need sessions of their own: PGlite is one session.
  it.skipIf(embeddedMode)('gives 20 tickets opened at once the numbers 1 to 20, none twice', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, () => open(team.agent)));
    const numbers = created.map((t) => t.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('takes no number from a create that rolled back: the next ticket gets it', async () => {
    const other = await h.tenant();
    expect((await open(other.agent)).number).toBe(1);
    const failed = h.deps.db.transaction(async (tx) => {
      const row = {
        id: uuidv7(),
        tenantId: other.tenantId,
        subject: 'x',
        description: '',
        priority: 'low' as const,
      };
      await insertTicket(tx, { ...row, status: 'NEW' });
      throw new Error('the rest of the create failed');
    });
    await expect(failed).rejects.toThrow('the rest of the create failed');
    expect((await open(other.agent)).number).toBe(2);
  });

  it("counts each tenant's tickets on their own", async () => {
    const other = await h.tenant();
    expect((await open(other.agent)).number).toBe(1);
    expect((await open(other.agent)).number).toBe(2);
  });

  it('shows the number on the ticket and in its events', async () => {
    const ticket = await open(team.supervisor, 'Numbered');
    const res = await h.call('GET', `/api/tickets/${ticket.id}`, { as: team.supervisor });
    expect(res.body).toMatchObject({ number: ticket.number });
    const rows = await h.deps.db
      .select({ envelope: outbox.envelope })
      .from(outbox)
      .where(and(eq(outbox.tenantId, team.tenantId), eq(outbox.type, 'ticket.created')));
    const published = rows.map((r) => (r.envelope as Envelope<Listed>).data).find((d) => d.id === ticket.id);
    expect(published?.number).toBe(ticket.number);
  });

  it('finds a ticket by #number exactly, and by the bare number', async () => {
    const target = await open(team.supervisor, 'Invoice question');
    const mentions = await open(team.supervisor, `About order ${target.number}`);
    expect((await search(team.supervisor, `#${target.number}`)).map((t) => t.id)).toEqual([target.id]);
    const bare = (await search(team.supervisor, String(target.number))).map((t) => t.id);
    expect(bare).toContain(target.id);
    expect(bare).toContain(mentions.id);
    expect(await search(team.supervisor, '#99999')).toEqual([]);
  });

  it("never finds another tenant's ticket by its number", async () => {
    const other = await h.tenant();
    expect(await search(other.supervisor, '#1')).toEqual([]);
  });
});
