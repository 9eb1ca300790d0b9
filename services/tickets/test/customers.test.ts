import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
  const open = async (customer: Record<string, string>) => {
    const res = await h.call('POST', '/api/tickets', {
      as: team.agent,
      body: { subject: 'Where is my order', priority: 'medium', customer },
    });
    expect(res.status).toBe(201);
  };
  await open({ name: 'Ada Lovelace', email: 'ada@example.com', phone: '+1 (555) 0100' });
  await open({ name: 'Ada Lovelace', email: 'ADA@example.com' });
  await open({ name: 'Grace Hopper', email: 'grace@navy.example', phone: '555-0199' });
  await open({ name: '100% Real_Person' });
});
afterAll(() => h?.stop());

const lookup = (as: Member, query: string) => h.call('GET', `/api/customers${query}`, { as });
const names = (body: unknown) => (body as { data: { name: string }[] }).data.map((c) => c.name);

describe('looking up customers for a new ticket', () => {
  it('finds a customer by part of their name, email or phone, each one once', async () => {
    expect(names((await lookup(team.agent, '?q=lovel')).body)).toEqual(['Ada Lovelace']);
    expect(names((await lookup(team.agent, '?q=NAVY')).body)).toEqual(['Grace Hopper']);
    expect(names((await lookup(team.agent, '?q=555%200100')).body)).toEqual(['Ada Lovelace']);
    expect(names((await lookup(team.agent, '?q=555')).body)).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('shows what it found with its contact details, in pages', async () => {
    const res = await lookup(team.viewer, '?limit=2&page=2');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      data: [{ name: 'Grace Hopper', email: 'grace@navy.example', phone: '555-0199' }],
      meta: { total: 3, page: 2, limit: 2, totalPages: 2 },
    });
  });

  it('takes % and _ as the characters they are', async () => {
    expect(names((await lookup(team.agent, '?q=%25%20real_')).body)).toEqual(['100% Real_Person']);
    expect(names((await lookup(team.agent, '?q=_')).body)).toEqual(['100% Real_Person']);
  });

  it("never shows another tenant's customers", async () => {
    const other = await h.tenant();
    const res = await lookup(other.supervisor, '?q=ada');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ data: [], meta: { total: 0 } });
  });

  it('answers a blank or oversized query with 400 and the field at fault', async () => {
    for (const query of ['?q=%20%20', `?q=${'x'.repeat(201)}`, '?limit=500']) {
      const res = await lookup(team.agent, query);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });
});
