import type { Envelope } from '@switchboard/contracts';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/data/schema.js';
import { type Member, startTickets, type Team, type TicketsHarness } from './support/tickets-harness.js';

let h: TicketsHarness;
let team: Team;
beforeAll(async () => {
  h = await startTickets();
  team = await h.tenant();
});
afterAll(() => h?.stop());

type Listed = { id: string; tags: string[] };
const open = async (as: Member, tags: string[] = []) => {
  const res = await h.call('POST', '/api/tickets', {
    as,
    body: { subject: 'Refund please', priority: 'low', tags },
  });
  expect(res.status).toBe(201);
  return res.body as Listed;
};
const putTags = (as: Member, id: string, tags: unknown) =>
  h.call('PUT', `/api/tickets/${id}/tags`, { as, body: { tags } });
const ids = async (as: Member, query: string) =>
  ((await h.call('GET', `/api/tickets${query}`, { as })).body as { data: Listed[] }).data.map((t) => t.id);
const tagEvents = async (ticketId: string) => {
  const rows = await h.deps.db
    .select({ envelope: outbox.envelope })
    .from(outbox)
    .where(and(eq(outbox.tenantId, team.tenantId), eq(outbox.type, 'ticket.tags_changed')))
    .orderBy(asc(outbox.seq));
  return rows
    .map((r) => (r.envelope as Envelope<Listed & { added: string[]; removed: string[] }>).data)
    .filter((d) => d.id === ticketId);
};

describe('tagging a ticket', () => {
  it('stores the tags trimmed, lower-cased and once each, audited and announced', async () => {
    const ticket = await open(team.supervisor, ['VIP']);
    const res = await putTags(team.supervisor, ticket.id, [' Refund ', 'vip', 'REFUND']);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tags: ['refund', 'vip'] });
    const history = await h.call('GET', `/api/tickets/${ticket.id}/history`, { as: team.viewer });
    expect((history.body as { data: unknown[] }).data).toContainEqual(
      expect.objectContaining({
        action: 'tags_changed',
        actorId: team.supervisor.userId,
        changes: { added: ['refund'], removed: [], tags: ['refund', 'vip'] },
      }),
    );
    await putTags(team.supervisor, ticket.id, ['vip']);
    expect(await tagEvents(ticket.id)).toMatchObject([
      { added: ['refund'], removed: [], tags: ['refund', 'vip'] },
      { added: [], removed: ['refund'], tags: ['vip'] },
    ]);
  });

  it('changes nothing and announces nothing when the tags are the same', async () => {
    const ticket = await open(team.supervisor, ['billing']);
    expect((await putTags(team.supervisor, ticket.id, ['Billing'])).status).toBe(200);
    expect(await tagEvents(ticket.id)).toEqual([]);
  });

  it('refuses a blank or overlong tag and more than 20 tags with 400, changing nothing', async () => {
    const ticket = await open(team.supervisor, ['kept']);
    const tooMany = Array.from({ length: 21 }, (_, i) => `t${i}`);
    for (const tags of [[' '], ['x'.repeat(41)], tooMany, 'kept', [3]]) {
      const res = await putTags(team.supervisor, ticket.id, tags);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    const after = await h.call('GET', `/api/tickets/${ticket.id}`, { as: team.supervisor });
    expect(after.body).toMatchObject({ tags: ['kept'] });
    // 21 given, 20 once deduplicated: allowed.
    expect((await putTags(team.supervisor, ticket.id, [...tooMany.slice(0, 20), 'T0'])).status).toBe(200);
  });

  it('lets viewers read but not tag', async () => {
    const ticket = await open(team.supervisor);
    expect((await putTags(team.viewer, ticket.id, ['nosy'])).status).toBe(403);
  });

  it('filters the list by tag and counts the tags of the tenant', async () => {
    const other = await h.tenant();
    const a = await open(other.supervisor, ['urgent-refund', 'vip']);
    const b = await open(other.supervisor, ['urgent-refund']);
    await open(other.supervisor, ['vip']);
    expect((await ids(other.supervisor, '?tag=urgent-refund')).sort()).toEqual([a.id, b.id].sort());
    expect(await ids(other.supervisor, '?tag=URGENT-REFUND&limit=1&sort=createdAt')).toEqual([a.id]);
    const counts = await h.call('GET', '/api/tags', { as: other.agent });
    expect(counts.body).toEqual({
      data: [
        { tag: 'urgent-refund', count: 2 },
        { tag: 'vip', count: 2 },
      ],
    });
  });

  it("never shows or tags another tenant's tickets", async () => {
    const ticket = await open(team.supervisor, ['secret-tag']);
    const other = await h.tenant();
    expect((await putTags(other.admin, ticket.id, ['hijacked'])).status).toBe(404);
    expect(await ids(other.admin, '?tag=secret-tag')).toEqual([]);
    const counts = (await h.call('GET', '/api/tags', { as: other.admin })).body as {
      data: { tag: string }[];
    };
    expect(counts.data.map((c) => c.tag)).not.toContain('secret-tag');
  });
});
