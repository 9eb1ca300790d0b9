import { createAgent, customerWrites, sharedStack, signupTenant, waitFor } from '@switchboard/testing';
import { io, type Socket } from 'socket.io-client';
import { afterAll, describe, expect, inject, it } from 'vitest';

/*
 * A client written against reference/004 (HummDesk's socket system) and reference/001 (the agent
 * portal's auto-sync payloads): it knows conversations, not tickets, and speaks only their events.
 */

const stack = sharedStack(inject('sharedStack'));
const sockets: Socket[] = [];
afterAll(() => {
  for (const socket of sockets) socket.close();
});

/** The reference client reads payloads as loose JSON. */
type Payload = any;

/** reference/004 "Frontend": `io(url, {auth: {token}})`, then `authenticated`. */
async function referenceClient(token: string) {
  const socket = io(stack.baseUrl, { auth: { token }, transports: ['websocket'], forceNew: true });
  sockets.push(socket);
  const heard: { name: string; data: Payload }[] = [];
  socket.onAny((name, data) => heard.push({ name, data }));
  const next = (name: string, match: (d: Payload) => boolean = () => true) =>
    waitFor(`"${name}"`, () => heard.find((h) => h.name === name && match(h.data))?.data);
  const authenticated = await next('authenticated');
  const ask = (event: string, ...args: unknown[]): Promise<Payload> =>
    socket.timeout(15_000).emitWithAck(event, ...args);
  return { socket, heard, next, ask, authenticated };
}

/** A customer's WhatsApp-style message arriving on the tenant's signed channel (reference/001's inbound flow). */
const john = { name: 'John Doe', phone: '+1234567890' };

describe('a reference/004 client on the gateway', () => {
  it('hears a customer, joins the conversation, replies, works it and hands it over; refusals come in the ack', async () => {
    const admin = await signupTenant(stack.call, 'Humm');
    const agent = await createAgent(stack.call, admin);
    const other = await signupTenant(stack.call, 'Other');
    const [supervisorTab, agentTab, otherTab] = await Promise.all([
      referenceClient(admin.token),
      referenceClient(agent.token),
      referenceClient(other.token),
    ]);
    expect(agentTab.authenticated.email).toMatch(/^agent-.+@example\.com$/);

    // reference/001: an inbound message, with its names, and the conversation it updates.
    await customerWrites(stack.call, admin, 'Hello!', john);
    const inbound = await supervisorTab.next('new_message', (m) => m.message === 'Hello!');
    expect(inbound).toMatchObject({
      conversationId: expect.any(String),
      messageId: expect.any(String),
      from: '+1234567890',
      from_name: 'John Doe',
      message: 'Hello!',
      media_url: null,
      timestamp: expect.any(String),
      isNewConversation: true,
    });
    const conversationId: string = inbound.conversationId;
    expect(await supervisorTab.next('conversation_update', (u) => u.lastMessage === 'Hello!')).toMatchObject({
      id: conversationId,
      conversationId,
      lastMessageAt: inbound.timestamp,
      direction: 'inbound',
    });

    // reference/004 "Assignment Flow": the supervisor assigns; the agent joins and replies.
    const assigned = await waitFor('the agent known to the ticket service', async () => {
      const answer = await supervisorTab.ask('assign_conversation', { conversationId, agentId: agent.id });
      return answer.ok ? answer : null;
    });
    expect(assigned).toMatchObject({ ok: true });
    await agentTab.next('conversation_assigned', (c) => c.id === conversationId);
    // Handed back to the queue, then to the agent again.
    expect(await supervisorTab.ask('unassign_conversation', { conversationId })).toMatchObject({
      ok: true,
      ticket: { assigneeId: null, status: 'NEW' },
    });
    await agentTab.next('conversation_unassigned', (c) => c.id === conversationId);
    expect(
      await supervisorTab.ask('assign_conversation', { conversationId, agentId: agent.id }),
    ).toMatchObject({
      ok: true,
      ticket: { assigneeId: agent.id },
    });
    expect(await agentTab.ask('join_conversation', conversationId)).toEqual({ ok: true });

    // reference/004 "New Message Flow": message_sent to the sender, new_message to the room.
    const reply = await agentTab.ask('send_message', {
      conversationId,
      content: 'Hello, customer!',
      contentType: 'text',
    });
    expect(reply).toMatchObject({ ok: true, conversationId, messageId: expect.any(String) });
    expect(await agentTab.next('message_sent')).toEqual({
      conversationId,
      messageId: reply.messageId,
      createdAt: reply.createdAt,
    });
    const echoed = await agentTab.next('new_message', (m) => m.messageId === reply.messageId);
    expect(echoed).toMatchObject({ conversationId, content: 'Hello, customer!', isNewConversation: false });
    expect(
      await supervisorTab.next('conversation_update', (u) => u.lastMessage === 'Hello, customer!'),
    ).toMatchObject({
      conversationId,
      direction: 'outbound',
    });

    expect(
      await agentTab.ask('update_conversation_status', { conversationId, status: 'in_progress' }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await agentTab.ask('update_conversation_status', { conversationId, status: 'pending' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await supervisorTab.next('conversation_update', (u) => u.to === 'PENDING')).toMatchObject({
      conversationId,
    });
    expect(await agentTab.ask('agent_online')).toMatchObject({ ok: true });
    await supervisorTab.next('agent_online', (a) => a.agentId === agent.id);

    // Refusals, in the ack: the agent may not unassign what the supervisor gave them, nor send junk.
    expect(await agentTab.ask('unassign_conversation', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.any(String) },
    });
    expect(await agentTab.ask('send_message', { conversationId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await otherTab.ask('join_conversation', conversationId)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await otherTab.ask('send_message', { conversationId, content: 'Hi' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    // The customer writes again: the conversation is back at work; a supervisor-assigned one is
    // resolved through approval, over the socket as over HTTP.
    await customerWrites(stack.call, admin, 'Still there?', john);
    expect(await agentTab.next('new_message', (m) => m.message === 'Still there?')).toMatchObject({
      conversationId,
      from: '+1234567890',
      isNewConversation: false,
    });
    await supervisorTab.next('conversation_update', (u) => u.to === 'IN_PROGRESS');
    const resolve = { conversationId, status: 'resolved' };
    expect(await supervisorTab.ask('update_conversation_status', resolve)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const request = { conversationId, status: 'RESOLUTION_REQUESTED', reason: 'Fixed the router' };
    expect(await agentTab.ask('update_conversation_status', request)).toMatchObject({ ok: true });
    expect(await supervisorTab.ask('update_conversation_status', resolve)).toMatchObject({
      ok: true,
      ticket: { status: 'RESOLVED' },
    });

    // The other tenant heard none of it.
    const theirs = otherTab.heard.filter((h) => !['authenticated'].includes(h.name));
    expect(theirs.filter((h) => JSON.stringify(h.data).includes(conversationId))).toEqual([]);
    expect(
      otherTab.heard.filter((h) => ['new_message', 'conversation_update', 'message_sent'].includes(h.name)),
    ).toEqual([]);
  });
});
