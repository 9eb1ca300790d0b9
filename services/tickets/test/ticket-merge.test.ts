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

const open = async (as: Member, subject: string) => {
  const res = await h.call('POST', '/api/tickets', {
    as,
    body: { subject, description: 'Duplicate?', priority: 'medium' },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; number: number };
};
const say = async (id: string, body: string, attachmentIds?: string[]) => {
  const res = await h.call('POST', `/api/tickets/${id}/messages`, {
    as: team.supervisor,
    body: { body, attachmentIds },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string };
};
const merge = (as: Member, id: string, intoTicketId: string) =>
  h.call('POST', `/api/tickets/${id}/merge`, { as, body: { intoTicketId } });
const get = (id: string) => h.call('GET', `/api/tickets/${id}`, { as: team.admin });
const thread = async (id: string) =>
  (await h.call('GET', `/api/tickets/${id}/messages`, { as: team.admin })).body.data as {
    id: string;
    body: string;
    attachments: { id: string }[];
  }[];
const history = async (id: string) =>
  (await h.call('GET', `/api/tickets/${id}/history`, { as: team.admin })).body.data as {
    action: string;
    changes: Record<string, unknown>;
  }[];

async function upload(ticketId: string) {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('receipt')], { type: 'text/plain' }), 'receipt.txt');
  const res = await fetch(`${h.url}/api/tickets/${ticketId}/attachments`, {
    method: 'POST',
    headers: { authorization: `Bearer ${team.supervisor.token}` },
    body: form,
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function eventsOf(type: string) {
  const rows = await h.deps.db
    .select({ envelope: outbox.envelope })
    .from(outbox)
    .where(and(eq(outbox.tenantId, team.tenantId), eq(outbox.type, type)))
    .orderBy(asc(outbox.seq));
  return rows.map((r) => (r.envelope as Envelope<Record<string, unknown>>).data);
}

describe('merging tickets', () => {
  it('moves the conversation in time order with its files and closes the source with a trail on both', async () => {
    const target = await open(team.agent, 'Card declined');
    const source = await open(team.agent, 'Card declined again');
    await say(target.id, 'first, on the target');
    const file = await upload(source.id);
    const second = await say(source.id, 'second, on the duplicate', [file]);
    await say(target.id, 'third, on the target');
    await say(source.id, 'fourth, on the duplicate');

    const res = await merge(team.supervisor, source.id, target.id);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(target.id);

    const merged = await thread(target.id);
    expect(merged.map((m) => m.body)).toEqual([
      'first, on the target',
      'second, on the duplicate',
      'third, on the target',
      'fourth, on the duplicate',
    ]);
    expect(merged[1]).toMatchObject({ id: second.id, attachments: [{ id: file }] });
    expect(await thread(source.id)).toEqual([]);
    const download = await fetch(`${h.url}/api/attachments/${file}`, {
      headers: { authorization: `Bearer ${team.agent.token}` },
    });
    expect(download.status).toBe(200);

    const closed = (await get(source.id)).body;
    expect(closed).toMatchObject({ status: 'CLOSED', mergedIntoId: target.id });
    expect(closed.closedAt).not.toBeNull();
    expect((await get(target.id)).body.mergedIntoId).toBeNull();

    expect(await history(source.id)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'status_changed',
          changes: expect.objectContaining({ to: 'CLOSED' }),
        }),
        expect.objectContaining({
          action: 'merged_into',
          changes: expect.objectContaining({ ticketId: target.id, targetNumber: target.number }),
        }),
      ]),
    );
    expect(await history(target.id)).toContainEqual(
      expect.objectContaining({
        action: 'merged_from',
        changes: expect.objectContaining({ ticketId: source.id, sourceNumber: source.number }),
      }),
    );

    const event = (await eventsOf('ticket.merged')).find((e) => e.sourceTicketId === source.id);
    expect(event).toMatchObject({
      targetTicketId: target.id,
      movedMessageIds: [second.id, merged[3]?.id],
      actorId: team.supervisor.userId,
    });
    const statusChanged = (await eventsOf('ticket.status_changed')).filter((e) => e.ticketId === source.id);
    expect(statusChanged.at(-1)).toMatchObject({ to: 'CLOSED', mergedIntoId: target.id });
  });

  it('refuses self-merge, a closed source and a closed target with 409, changing nothing', async () => {
    const a = await open(team.agent, 'A');
    const b = await open(team.agent, 'B');
    const c = await open(team.agent, 'C');
    await say(c.id, 'stays on c');
    expect((await merge(team.admin, a.id, a.id)).status).toBe(409);
    expect((await merge(team.admin, a.id, b.id)).status).toBe(200);
    const again = await merge(team.admin, a.id, c.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    const intoClosed = await merge(team.admin, c.id, a.id);
    expect(intoClosed.status).toBe(409);
    expect((await get(c.id)).body).toMatchObject({ status: 'NEW', mergedIntoId: null });
    expect((await thread(c.id)).map((m) => m.body)).toEqual(['stays on c']);
  });

  it('is for supervisors and admins (403) and never reaches another tenant (404)', async () => {
    const a = await open(team.agent, 'A');
    const b = await open(team.agent, 'B');
    expect((await merge(team.agent, a.id, b.id)).status).toBe(403);
    expect((await merge(team.viewer, a.id, b.id)).status).toBe(403);
    const other = await h.tenant();
    const theirs = await open(other.agent, 'Theirs');
    expect((await merge(other.supervisor, a.id, b.id)).status).toBe(404);
    expect((await merge(team.supervisor, a.id, theirs.id)).status).toBe(404);
    expect((await merge(other.supervisor, theirs.id, a.id)).status).toBe(404);
    expect((await get(a.id)).body.status).toBe('NEW');
    expect((await merge(team.supervisor, a.id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('A→B and B→A at once: one wins, the other is refused, no deadlock', async () => {
    const a = await open(team.agent, 'A');
    const b = await open(team.agent, 'B');
    await say(a.id, 'on a');
    await say(b.id, 'on b');
    const results = await Promise.all([merge(team.supervisor, a.id, b.id), merge(team.admin, b.id, a.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)?.body.id as string;
    expect((await thread(winner)).map((m) => m.body).sort()).toEqual(['on a', 'on b']);
  });
});
