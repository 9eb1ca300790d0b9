import { createHmac } from 'node:crypto';
import {
  connectAuthenticated,
  createAgent,
  type Stack,
  signupTenant,
  startStack,
  waitFor,
} from '@switchboard/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gatewayEnv: { TYPING_TIMEOUT_MS: '800' } });
});
afterAll(() => stack?.stop());

/** A ticket opened by `token`, once the ticket service knows the tenant's agents. */
async function openTicket(token: string, subject = 'Broken login') {
  const res = await stack.call('POST', '/api/tickets', { token, body: { subject, priority: 'high' } });
  expect(res.status).toBe(201);
  return res.body as { id: string };
}

/** The ticket service learns agents from auth's events: assigning waits until it has. */
async function assignWhenKnown(token: string, ticketId: string, agentId: string) {
  return waitFor('agent known to the ticket service', async () => {
    const res = await stack.call('POST', `/api/tickets/${ticketId}/assign`, { token, body: { agentId } });
    return res.status === 200 ? res.body : null;
  });
}

describe('tickets on the socket', () => {
  it('supervisors hear of a new ticket; the assignee hears of the assignment and its messages', async () => {
    const admin = await signupTenant(stack.call);
    const agent = await createAgent(stack.call, admin);
    const bystander = await createAgent(stack.call, admin);
    const adminTab = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const agentTab = await connectAuthenticated(stack.baseUrl, { token: agent.token });
    const bystanderTab = await connectAuthenticated(stack.baseUrl, { token: bystander.token });

    const { id } = await openTicket(admin.token);
    expect(await adminTab.next('ticket_created', (t) => t.id === id)).toMatchObject({
      status: 'NEW',
      seq: expect.any(Number),
    });
    await agentTab.next('ticket_created', (t) => t.id === id); // unassigned: the whole agent queue sees it

    await assignWhenKnown(admin.token, id, agent.id);
    expect(await agentTab.next('conversation_assigned', (t) => t.id === id)).toMatchObject({
      assigneeId: agent.id,
    });
    await stack.call('POST', `/api/tickets/${id}/messages`, {
      token: admin.token,
      body: { body: 'Please call the customer' },
    });
    expect(await agentTab.next('new_message', (m) => m.ticketId === id)).toMatchObject({
      body: 'Please call the customer',
    });
    await adminTab.next('new_message', (m) => m.ticketId === id);

    // The bystander saw the unassigned ticket, but nothing once it became someone else's.
    const marker = await openTicket(admin.token, 'marker');
    await bystanderTab.next('ticket_created', (t) => t.id === marker.id);
    expect(bystanderTab.of('new_message')).toEqual([]);
    expect(bystanderTab.of('conversation_assigned')).toEqual([]);
    for (const tab of [adminTab, agentTab, bystanderTab]) tab.close();
  });
});

describe('ticket rooms', () => {
  it('join_ticket is allowed for a readable ticket and refused across tenants', async () => {
    const a = await signupTenant(stack.call, 'A');
    const b = await signupTenant(stack.call, 'B');
    const { id } = await openTicket(a.token);
    const tabA = await connectAuthenticated(stack.baseUrl, { token: a.token });
    const tabB = await connectAuthenticated(stack.baseUrl, { token: b.token });
    expect(await tabA.socket.emitWithAck('join_ticket', id)).toEqual({ ok: true });
    expect(await tabB.socket.emitWithAck('join_ticket', id)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await tabB.socket.emitWithAck('join_ticket', 'not-a-uuid')).toMatchObject({ ok: false });
    tabA.close();
    tabB.close();
  });

  it('typing is relayed to the others in the room, not echoed, and stops by itself', async () => {
    const admin = await signupTenant(stack.call);
    const { id } = await openTicket(admin.token);
    const typist = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const watcher = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    await typist.socket.emitWithAck('join_ticket', id);
    await watcher.socket.emitWithAck('join_ticket', id);
    typist.socket.emit('typing_start', { ticketId: id });
    expect(await watcher.next('typing_start')).toEqual({ ticketId: id, userId: admin.userId });
    expect(await watcher.next('typing_stop', undefined, 3_000)).toEqual({
      ticketId: id,
      userId: admin.userId,
    });
    expect(typist.of('typing_start')).toEqual([]);
    typist.close();
    watcher.close();
  });
});

describe('the customer channel, live', () => {
  it('a signed inbound message reaches the tenant’s sockets as new_message; a read callback as status_update', async () => {
    const admin = await signupTenant(stack.call);
    const { secret } = (await stack.call('GET', '/api/channels', { token: admin.token })).body;
    const tab = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const send = (kind: string, body: object) => {
      const raw = JSON.stringify(body);
      const signature = `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
      return fetch(`${stack.baseUrl}/api/channels/${kind}/${admin.tenantId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body: raw,
      });
    };
    const sentAt = Date.now();
    const inbound = await send('inbound', {
      externalId: 'live-1',
      from: { name: 'Lia', email: 'lia@example.com' },
      text: 'Hi there',
      timestamp: new Date().toISOString(),
    });
    expect(inbound.status).toBe(201);
    const message = await tab.next('new_message', (m) => m.externalId === 'live-1');
    expect(message).toMatchObject({ body: 'Hi there', authorType: 'customer' });
    expect(Date.now() - sentAt).toBeLessThan(1_000);

    const reply = await stack.call('POST', `/api/tickets/${message.ticketId}/messages`, {
      token: admin.token,
      body: { body: 'Hello Lia' },
    });
    await send('status', { externalId: reply.body.id, status: 'read' });
    expect(await tab.next('status_update', (u) => u.messageId === reply.body.id)).toMatchObject({
      status: 'read',
    });
    tab.close();
  });
});

describe('SLA, live', () => {
  it('a ticket whose first-response target passes without a reply reaches the tenant’s sockets as sla_breached', async () => {
    const admin = await signupTenant(stack.call);
    const policy = { priority: 'urgent', firstResponseMinutes: 15, resolutionMinutes: 120 };
    expect((await stack.call('POST', '/api/sla/policies', { token: admin.token, body: policy })).status).toBe(
      201,
    );
    const tab = await connectAuthenticated(stack.baseUrl, { token: admin.token });
    const { id } = (
      await stack.call('POST', '/api/tickets', {
        token: admin.token,
        body: { subject: 'Outage', priority: 'urgent' },
      })
    ).body;
    // Twenty minutes pass without a reply.
    const db = new pg.Client({ connectionString: stack.ticketsDatabase.url });
    await db.connect();
    await db.query("update tickets set created_at = created_at - interval '20 minutes' where id = $1", [id]);
    await db.query("update ticket_history set at = at - interval '20 minutes' where ticket_id = $1", [id]);
    await db.end();
    expect(await tab.next('sla_breached', (b) => b.ticketId === id)).toMatchObject({
      target: 'first_response',
      targetMinutes: 15,
    });
    const breaches = await stack.call('GET', '/api/sla/breaches', { token: admin.token });
    expect(breaches.body.data.map((b: { ticketId: string }) => b.ticketId)).toContain(id);
    tab.close();
  });
});
