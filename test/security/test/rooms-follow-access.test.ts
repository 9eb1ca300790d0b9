import {
  type Client,
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * Issue 15 item 4: a socket keeps a ticket's room only while its user may read the ticket. Two
 * gateways, the agent's tab on one and the supervisor's on the other, so the leave works across
 * processes. Typing would stop by itself after TYPING_TIMEOUT_MS: set far beyond the test, so
 * only losing access can stop it in time.
 */

let stack: Stack;
let admin: TenantAdmin;
const tabs: Client[] = [];
beforeAll(async () => {
  stack = await startStack({ gateways: 2, gatewayEnv: { TYPING_TIMEOUT_MS: '120000' } });
  admin = await signupTenant(stack.call, 'Rooms');
});
afterAll(async () => {
  for (const tab of tabs) tab.close();
  await stack?.stop();
});

const tab = async (url: string, token: string) => {
  const client = await connectAuthenticated(url, { token });
  tabs.push(client);
  return client;
};

async function assignWhenKnown(ticketId: string, agentId: string) {
  return waitFor('agent known to the ticket service', async () => {
    const res = await stack.call('POST', `/api/tickets/${ticketId}/assign`, {
      token: admin.token,
      body: { agentId },
    });
    return res.status === 200 ? res.body : null;
  });
}

describe('ticket rooms follow access', () => {
  it('an agent whose unassigned ticket goes to someone else leaves its room: no messages, no notes, typing stopped', async () => {
    const [first, second] = [await createAgent(stack.call, admin), await createAgent(stack.call, admin)];
    const ticket = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Queue ticket', priority: 'high' },
    });
    expect(ticket.status).toBe(201);
    const id: string = ticket.body.id;
    const [gatewayA, gatewayB] = stack.gateways.map((g) => g.url) as [string, string];
    const agentTab = await tab(gatewayB, first.token);
    const supervisorTab = await tab(gatewayA, admin.token);
    // Unassigned: in the agent queue, so the agent may open it.
    expect(await agentTab.socket.timeout(10_000).emitWithAck('join_ticket', id)).toEqual({ ok: true });
    expect(await supervisorTab.socket.timeout(10_000).emitWithAck('join_ticket', id)).toEqual({ ok: true });
    agentTab.socket.emit('typing_start', { ticketId: id });
    await supervisorTab.next('typing_start', (t) => t.userId === first.id);

    await assignWhenKnown(id, second.id);
    expect(await supervisorTab.next('typing_stop', (t) => t.userId === first.id, 10_000)).toEqual({
      ticketId: id,
      userId: first.id,
    });
    await agentTab.next('conversation_assigned', (t) => t.id === id); // told it left them

    for (const internal of [false, true]) {
      const posted = await stack.call('POST', `/api/tickets/${id}/messages`, {
        token: admin.token,
        body: { body: internal ? 'internal note' : 'public reply', internal },
      });
      expect(posted.status).toBe(201);
      await supervisorTab.next('new_message', (m) => m.id === posted.body.id);
    }
    agentTab.socket.emit('typing_start', { ticketId: id });
    // A marker after it: once the supervisor has it, the agent's typing would have arrived too.
    const marker = await stack.call('POST', `/api/tickets/${id}/messages`, {
      token: admin.token,
      body: { body: 'marker' },
    });
    await supervisorTab.next('new_message', (m) => m.id === marker.body.id);
    expect(agentTab.of('new_message', (m) => m.ticketId === id)).toEqual([]);
    expect(supervisorTab.of('typing_start', (t) => t.userId === first.id)).toHaveLength(1);
  });

  it('an agent who may still read the ticket keeps its room: unassigned back to the queue, typing still reaches it', async () => {
    const agent = await createAgent(stack.call, admin);
    const ticket = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Stays readable', priority: 'low' },
    });
    const id: string = ticket.body.id;
    await assignWhenKnown(id, agent.id);
    const agentTab = await tab(stack.gateways[1]?.url ?? stack.baseUrl, agent.token);
    const supervisorTab = await tab(stack.baseUrl, admin.token);
    for (const t of [agentTab, supervisorTab])
      expect(await t.socket.timeout(10_000).emitWithAck('join_ticket', id)).toEqual({ ok: true });
    const unassigned = await stack.call('PATCH', `/api/tickets/${id}`, {
      token: admin.token,
      body: { status: 'NEW' },
    });
    expect(unassigned.status, JSON.stringify(unassigned.body)).toBe(200);
    await agentTab.next('conversation_unassigned', (t) => t.id === id);
    // typing goes to the ticket's room only: it arrives only if the agent is still in it
    agentTab.socket.emit('typing_start', { ticketId: id });
    expect(await supervisorTab.next('typing_start', (t) => t.userId === agent.id)).toEqual({
      ticketId: id,
      userId: agent.id,
    });
  });
});
