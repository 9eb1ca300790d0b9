import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  waitFor,
} from '@switchboard/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';

const stack = sharedStack(inject('sharedStack'));
const tabs: Client[] = [];
afterAll(() => {
  for (const tab of tabs) tab.close();
});

const connectAs = async (user: { token: string }) => {
  const tab = await connectAuthenticated(stack.baseUrl, { token: user.token });
  tabs.push(tab);
  return tab;
};
const ask = (tab: Client, event: string, ...args: unknown[]) =>
  tab.socket.timeout(15_000).emitWithAck(event, ...args);

async function openTicket(token: string) {
  const res = await stack.call('POST', '/api/tickets', {
    token,
    body: { subject: 'Router down', priority: 'high' },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

/** Messages of a ticket, as HTTP shows them. */
async function messagesOf(token: string, ticketId: string) {
  const res = await stack.call('GET', `/api/tickets/${ticketId}/messages`, { token });
  return res.body.data as { body: string }[];
}

describe('the reference/004 actions on the socket', () => {
  it('authenticated carries the email; a joined conversation gets the sent message, and the sender message_sent', async () => {
    const admin = await signupTenant(stack.call, 'Actions');
    const agent = await createAgent(stack.call, admin);
    const [agentTab, adminTab] = await Promise.all([connectAs(agent), connectAs(admin)]);
    expect(agentTab.of('authenticated')[0]).toMatchObject({
      email: expect.stringMatching(/^agent-.+@example\.com$/),
    });

    const id = await openTicket(admin.token);
    expect(await ask(agentTab, 'join_conversation', id)).toEqual({ ok: true });
    const sent = await ask(adminTab, 'send_message', {
      conversationId: id,
      content: 'Hello, customer!',
      contentType: 'text',
    });
    expect(sent).toEqual({
      ok: true,
      conversationId: id,
      messageId: expect.any(String),
      createdAt: expect.any(String),
    });
    expect(await adminTab.next('message_sent')).toEqual({
      conversationId: id,
      messageId: sent.messageId,
      createdAt: sent.createdAt,
    });
    expect(agentTab.of('message_sent')).toEqual([]);
    expect(await agentTab.next('new_message', (m) => m.messageId === sent.messageId)).toMatchObject({
      ticketId: id,
      body: 'Hello, customer!',
      conversationId: id,
      from: admin.userId,
      message: 'Hello, customer!',
      content: 'Hello, customer!',
      media_url: null,
      timestamp: sent.createdAt,
      isNewConversation: false,
    });
    expect(
      await agentTab.next('conversation_update', (u) => u.lastMessage === 'Hello, customer!'),
    ).toMatchObject({
      conversationId: id,
      lastMessageAt: sent.createdAt,
      direction: 'outbound',
    });
    expect((await messagesOf(admin.token, id)).map((m) => m.body)).toEqual(['Hello, customer!']);
  });

  it('assigns, changes the status and unassigns under the HTTP rules, each answered in the ack', async () => {
    const admin = await signupTenant(stack.call, 'Assign');
    const agent = await createAgent(stack.call, admin);
    const other = await createAgent(stack.call, admin);
    const [adminTab, agentTab] = await Promise.all([connectAs(admin), connectAs(agent)]);
    const id = await openTicket(admin.token);

    // The ticket service learns agents from auth's events: the first assignment may wait for that.
    const assigned = await waitFor('the agent known to the ticket service', async () => {
      const answer = await ask(adminTab, 'assign_conversation', { conversationId: id, agentId: agent.id });
      return answer.ok ? answer : null;
    });
    expect(assigned.ticket).toMatchObject({ id, assigneeId: agent.id, status: 'ASSIGNED' });
    await agentTab.next('conversation_assigned', (t) => t.id === id);

    const unassigned = await ask(adminTab, 'unassign_conversation', { conversationId: id });
    expect(unassigned).toMatchObject({ ok: true, ticket: { id, assigneeId: null, status: 'NEW' } });
    await agentTab.next('conversation_unassigned', (t) => t.id === id);

    // An agent does not hand a ticket to someone else (docs/api.md §3), over HTTP or here…
    expect(
      await ask(agentTab, 'assign_conversation', { conversationId: id, agentId: other.id }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // …but takes an unassigned one for themself, and works it.
    const taken = await ask(agentTab, 'assign_conversation', { conversationId: id, agentId: agent.id });
    expect(taken).toMatchObject({ ok: true, ticket: { assigneeId: agent.id } });
    const moved = await ask(agentTab, 'update_conversation_status', {
      conversationId: id,
      status: 'in_progress',
    });
    expect(moved).toMatchObject({ ok: true, ticket: { id, status: 'IN_PROGRESS' } });
    expect(await agentTab.next('conversation_update', (u) => u.to === 'IN_PROGRESS')).toMatchObject({
      conversationId: id,
    });
    expect(
      await ask(agentTab, 'update_conversation_status', { conversationId: id, status: 'NEW' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_TRANSITION' },
    });
    // A ticket with work on it is not put back in the queue, by either way in.
    expect(await ask(adminTab, 'unassign_conversation', { conversationId: id })).toMatchObject({ ok: false });
  });

  it('agent_online / agent_offline set the shown status, as PUT /api/agents/:id/status does', async () => {
    const admin = await signupTenant(stack.call, 'Presence');
    const agent = await createAgent(stack.call, admin);
    const [agentTab, adminTab] = await Promise.all([connectAs(agent), connectAs(admin)]);
    expect(await ask(agentTab, 'agent_online')).toMatchObject({
      ok: true,
      presence: { onlineStatus: 'online' },
    });
    await adminTab.next('agent_online', (p) => p.agentId === agent.id);
    expect(await ask(agentTab, 'agent_offline', {})).toMatchObject({
      ok: true,
      presence: { onlineStatus: 'offline' },
    });
    await adminTab.next('agent_offline', (p) => p.agentId === agent.id);
    const presence = await stack.call('GET', '/api/presence', { token: admin.token });
    expect(presence.body.data.find((p: { agentId: string }) => p.agentId === agent.id)).toMatchObject({
      onlineStatus: 'offline',
    });
  });

  it('refuses a viewer, a bad payload and another tenant’s ticket in the ack, and changes nothing', async () => {
    const admin = await signupTenant(stack.call, 'Refusals');
    const viewer = await createAgent(stack.call, admin, { role: 'viewer' });
    const stranger = await signupTenant(stack.call, 'Stranger');
    const [viewerTab, adminTab, strangerTab] = await Promise.all([
      connectAs(viewer),
      connectAs(admin),
      connectAs(stranger),
    ]);
    const id = await openTicket(admin.token);

    expect(await ask(viewerTab, 'send_message', { conversationId: id, content: 'Hi' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await ask(viewerTab, 'agent_online')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const bad of [
      undefined,
      'hello',
      { conversationId: 'nope', content: 'x' },
      { conversationId: id },
    ]) {
      expect(await ask(adminTab, 'send_message', bad)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', details: expect.any(Array) },
      });
    }
    expect(
      await ask(adminTab, 'send_message', { conversationId: id, content: 'x', contentType: 'image' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(
      await ask(adminTab, 'update_conversation_status', { conversationId: id, status: 'SHELVED' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await ask(adminTab, 'agent_online', 'now')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });

    for (const [event, payload] of [
      ['send_message', { conversationId: id, content: 'Not yours' }],
      ['update_conversation_status', { conversationId: id, status: 'CLOSED' }],
      ['assign_conversation', { conversationId: id, agentId: stranger.userId }],
      ['unassign_conversation', { conversationId: id }],
    ] as const) {
      expect(await ask(strangerTab, event, payload), event).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await ask(strangerTab, 'join_conversation', id)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // Without an acknowledgement the action is still done, and the socket keeps working.
    adminTab.socket.emit('send_message', { conversationId: id, content: 'No ack wanted' });
    adminTab.socket.emit('send_message', 'junk without an ack');
    await adminTab.next('message_sent', (m) => m.conversationId === id);
    expect((await messagesOf(admin.token, id)).map((m) => m.body)).toEqual(['No ack wanted']);
    const ticket = await stack.call('GET', `/api/tickets/${id}`, { token: admin.token });
    expect(ticket.body).toMatchObject({ status: 'NEW', assigneeId: null });
    expect(strangerTab.of('new_message')).toEqual([]);
    expect(await ask(adminTab, 'join_conversation', id)).toEqual({ ok: true });
  });
});
