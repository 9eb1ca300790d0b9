import {
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * SPEC §8.1 acceptance, through the gateway: tags filter the queue and appear in the tickets
 * export (one row per ticket, with its customer); a macro that sets the status, adds a tag and
 * replies applies atomically, and one whose last step fails leaves nothing changed.
 */

const stack = sharedStack(inject('sharedStack'));
const call = stack.call;
type Member = { id: string; token: string };
type Ticket = { id: string; number: number; status: string; tags: string[] };

let admin: TenantAdmin;
let supervisor: Member;
let agent: Member;
beforeAll(async () => {
  admin = await signupTenant(call, 'Helpdesk tags');
  [supervisor, agent] = await Promise.all([
    createAgent(call, admin, { role: 'supervisor' }),
    createAgent(call, admin),
  ]);
});

const open = async (subject: string, customer?: { name: string; email: string }) => {
  const res = await call('POST', '/api/tickets', {
    token: supervisor.token,
    body: { subject, priority: 'medium', ...(customer ? { customer } : {}) },
  });
  expect(res.status).toBe(201);
  return res.body as Ticket;
};
const get = async (path: string, as: Member = supervisor) =>
  (await call('GET', path, { token: as.token })).body;

/** The Tickets sheet of a fresh export of today, as records keyed by header. */
async function exportedTickets(): Promise<Record<string, unknown>[]> {
  const today = new Date().toISOString().slice(0, 10);
  const res = await call('POST', '/api/reports/export', {
    token: supervisor.token,
    body: { report: 'tickets', from: today, to: today },
  });
  expect(res.status).toBe(202);
  const jobId = res.body.jobId as string;
  await waitFor('export done', async () => (await get(`/api/jobs/${jobId}`)).status === 'COMPLETED', 30_000);
  const file = await fetch(`${stack.baseUrl}/api/jobs/${jobId}/download`, {
    headers: { authorization: `Bearer ${supervisor.token}` },
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.getWorksheet('Tickets')?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  const [headers = [], ...data] = rows;
  return data.map((cells) => Object.fromEntries(headers.map((h, i) => [String(h), cells[i] ?? null])));
}

describe('tags through the gateway', () => {
  it('filter the queue, are counted, and appear in the tickets export with the customer', async () => {
    const refund = await open('Refund my order', {
      name: 'Rita Refund',
      email: `rita-${Date.now()}@example.com`,
    });
    const other = await open('Change my address');
    const tab = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });
    const put = await call('PUT', `/api/tickets/${refund.id}/tags`, {
      token: supervisor.token,
      body: { tags: ['Refund', 'VIP', 'refund'] },
    });
    expect(put.status).toBe(200);
    expect(put.body.tags).toEqual(['refund', 'vip']);
    expect(await tab.next('ticket_tags_changed', (e) => e.id === refund.id)).toMatchObject({
      number: refund.number,
      added: ['refund', 'vip'],
      removed: [],
      tags: ['refund', 'vip'],
    });
    tab.close();

    const queue = await get('/api/tickets?tag=refund&status=NEW,ASSIGNED');
    expect(queue.data.map((t: Ticket) => t.id)).toEqual([refund.id]);
    expect((await get(`/api/tickets?q=%23${refund.number}`)).data.map((t: Ticket) => t.id)).toEqual([
      refund.id,
    ]);
    expect(await get('/api/tags')).toEqual({
      data: [
        { tag: 'refund', count: 1 },
        { tag: 'vip', count: 1 },
      ],
    });

    // Reporting learns the tags from the events: the export shows them once it has.
    const rows = await waitFor(
      'the export shows the tags',
      async () => {
        const all = await exportedTickets();
        return all.find((r) => r['Ticket ID'] === refund.id)?.Tags === 'refund, vip' ? all : undefined;
      },
      30_000,
    );
    expect(rows?.find((r) => r['Ticket ID'] === refund.id)).toMatchObject({
      Number: refund.number,
      Tags: 'refund, vip',
      Customer: 'Rita Refund',
    });
    expect(rows?.find((r) => r['Ticket ID'] === other.id)).toMatchObject({
      Number: other.number,
      Customer: null,
    });
  });
});

describe('macros through the gateway', () => {
  const taken = async () => {
    const ticket = await open('Parcel lost');
    const res = await call('POST', `/api/tickets/${ticket.id}/assign`, {
      token: agent.token,
      body: { agentId: agent.id },
    });
    expect(res.status).toBe(200);
    return ticket.id;
  };
  const macro = async (name: string, actions: unknown[]) => {
    const res = await call('POST', '/api/macros', { token: supervisor.token, body: { name, actions } });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const state = async (id: string) => ({
    ticket: await get(`/api/tickets/${id}`),
    messages: (await get(`/api/tickets/${id}/messages`)).data,
    history: (await get(`/api/tickets/${id}/history`)).data,
  });

  it('set the status, add a tag and reply in one step, or change nothing when a step fails', async () => {
    const working = await macro('Working on it', [
      { type: 'set_status', value: 'IN_PROGRESS' },
      { type: 'add_tags', value: ['in-hand'] },
      { type: 'reply', value: 'We are on it.' },
    ]);
    const id = await taken();
    const applied = await call('POST', `/api/tickets/${id}/macros/${working}`, { token: agent.token });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ status: 'IN_PROGRESS', tags: ['in-hand'] });
    expect((await state(id)).messages).toMatchObject([{ body: 'We are on it.', authorId: agent.id }]);

    const failing = await macro('Close at once', [
      { type: 'add_tags', value: ['closing'] },
      { type: 'reply', value: 'Closing this.' },
      { type: 'set_status', value: 'CLOSED' },
    ]);
    const before = await state(id);
    const refused = await call('POST', `/api/tickets/${id}/macros/${failing}`, { token: agent.token });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('INVALID_TRANSITION');
    expect(await state(id)).toEqual(before);

    const stranger = await signupTenant(call, 'Helpdesk stranger');
    const foreign = await call('POST', `/api/tickets/${id}/macros/${working}`, { token: stranger.token });
    expect(foreign.status).toBe(404);
  });
});
