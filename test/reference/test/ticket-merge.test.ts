import {
  connectAuthenticated,
  createAgent,
  customerWrites,
  sharedStack,
  signupTenant,
  type TenantAdmin,
} from '@switchboard/testing';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * Issue 20's merge acceptance through the gateway (docs/api.md §4.19): merging moves the
 * conversation and closes the source; open tabs hear ticket_merged; agents and other tenants may not.
 */

const stack = sharedStack(inject('sharedStack'));
const call = stack.call;
type Member = { id: string; token: string };

let admin: TenantAdmin;
let supervisor: Member;
let agent: Member;
beforeAll(async () => {
  admin = await signupTenant(call, 'Ticket merges');
  [supervisor, agent] = await Promise.all([
    createAgent(call, admin, { role: 'supervisor' }),
    createAgent(call, admin),
  ]);
});

const reply = async (ticketId: string, body: string) => {
  const res = await call('POST', `/api/tickets/${ticketId}/messages`, {
    token: supervisor.token,
    body: { body },
  });
  expect(res.status).toBe(201);
};
const get = async (path: string) => (await call('GET', path, { token: supervisor.token })).body;
const merge = (as: { token: string }, id: string, intoTicketId: string) =>
  call('POST', `/api/tickets/${id}/merge`, { token: as.token, body: { intoTicketId } });

describe('merging tickets through the gateway', () => {
  it('moves the conversation in time order, closes the source and tells open tabs', async () => {
    const from = { name: 'Mona Merge', email: `mona-${Date.now()}@example.com` };
    const { ticketId: target } = await customerWrites(call, admin, 'My card was charged twice', from);
    await reply(target, 'Looking into it');
    const other = await call('POST', '/api/tickets', {
      token: supervisor.token,
      body: { subject: 'Charged twice (phone call)', priority: 'high' },
    });
    const source = other.body.id as string;
    await reply(source, 'Customer called about the double charge');
    await reply(target, 'Refund issued');

    expect((await merge(agent, source, target)).status).toBe(403);
    const tab = await connectAuthenticated(stack.baseUrl, { token: supervisor.token });
    const merged = await merge(supervisor, source, target);
    expect(merged.status).toBe(200);
    expect(await tab.next('ticket_merged', (e) => e.sourceTicketId === source)).toMatchObject({
      targetTicketId: target,
      targetNumber: merged.body.number,
    });
    tab.close();

    const thread = (await get(`/api/tickets/${target}/messages`)).data.map((m: { body: string }) => m.body);
    expect(thread.slice(-3)).toEqual([
      'Looking into it',
      'Customer called about the double charge',
      'Refund issued',
    ]);
    expect(await get(`/api/tickets/${source}`)).toMatchObject({ status: 'CLOSED', mergedIntoId: target });
    expect(
      (await get(`/api/tickets/${source}/history`)).data.map((h: { action: string }) => h.action),
    ).toContain('merged_into');
    expect(
      (await get(`/api/tickets/${target}/history`)).data.map((h: { action: string }) => h.action),
    ).toContain('merged_from');
    expect((await merge(supervisor, source, target)).status).toBe(409);

    const stranger = await signupTenant(call, 'Merge strangers');
    expect((await merge(stranger, target, source)).status).toBe(404);
  });
});
