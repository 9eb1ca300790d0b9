import { randomUUID } from 'node:crypto';
import type { Envelope, EventData, EventType } from '@switchboard/contracts';
import { streamEventSources } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { clientEvents, toClientEvents } from './client-events.js';

/** An event of `type` with just enough data for a mapping to pick its name and rooms. */
const eventOf = (type: string) =>
  ({
    id: randomUUID(),
    type,
    tenantId: randomUUID(),
    data: { status: 'away', audience: { type: 'all', value: null }, userId: randomUUID() },
  }) as unknown as Envelope<never>;

const envelope = <T extends EventType>(type: T, data: EventData<T>, tenantId = randomUUID()) =>
  ({ id: randomUUID(), type, tenantId, data }) as unknown as Envelope;

const ticketId = randomUUID();
const assigneeId = randomUUID();
const message = (over: Partial<EventData<'message.created'>> = {}): EventData<'message.created'> => ({
  id: randomUUID(),
  messageId: randomUUID(),
  tenantId: randomUUID(),
  ticketId,
  authorType: 'customer',
  authorId: null,
  body: 'Hello!',
  internal: false,
  deliveryStatus: 'delivered',
  externalId: 'wamid.1',
  createdAt: '2026-12-04T10:00:00.000Z',
  ticketAssigneeId: assigneeId,
  authorName: 'John Doe',
  authorAddress: '+1234567890',
  opensTicket: true,
  ...over,
});

describe('the domain events the gateway relays to browsers', () => {
  it('are exactly those the socket contract makes its stream events of, each under its own name', () => {
    const sources = new Set<string>(Object.values(streamEventSources).flat());
    expect(new Set(Object.keys(clientEvents))).toEqual(sources);
    for (const type of Object.keys(clientEvents)) {
      for (const { name } of toClientEvents(eventOf(type))) {
        expect(streamEventSources[name] as readonly EventType[], `${type} → ${name}`).toContain(type);
      }
    }
  });
});

describe('a new message (reference/001)', () => {
  it("carries reference/001's names beside Switchboard's own", () => {
    const [created] = toClientEvents(envelope('message.created', message()));
    expect(created).toMatchObject({
      name: 'new_message',
      data: {
        ticketId,
        body: 'Hello!',
        conversationId: ticketId,
        from: '+1234567890',
        from_name: 'John Doe',
        message: 'Hello!',
        content: 'Hello!',
        media_url: null,
        timestamp: '2026-12-04T10:00:00.000Z',
        isNewConversation: true,
      },
    });
  });

  it("carries its files, and reference/001's media_url is the first one's download path", () => {
    const file = { id: randomUUID(), filename: 'photo.png', contentType: 'image/png', size: 42 };
    const [created] = toClientEvents(envelope('message.created', message({ attachments: [file] })));
    expect(created?.data).toMatchObject({ attachments: [file], media_url: `/api/attachments/${file.id}` });
  });

  it("is from its staff author's user id; an event from before the author fields reads as no name, not new", () => {
    const authorId = randomUUID();
    const { authorName, authorAddress, opensTicket, ...old } = message({ authorType: 'agent', authorId });
    const [created] = toClientEvents(envelope('message.created', old));
    expect(created?.data).toMatchObject({ from: authorId, from_name: null, isNewConversation: false });
  });

  it('also updates its conversation, inbound from the customer and outbound from staff, for the same audience', () => {
    const [created, inbound] = toClientEvents(envelope('message.created', message()));
    expect(inbound).toEqual({
      name: 'conversation_update',
      rooms: created?.rooms,
      data: {
        id: ticketId,
        ticketId,
        conversationId: ticketId,
        lastMessage: 'Hello!',
        lastMessageAt: '2026-12-04T10:00:00.000Z',
        direction: 'inbound',
      },
    });
    const reply = message({ authorType: 'agent', authorId: assigneeId, body: 'On it' });
    const [, outbound] = toClientEvents(envelope('message.created', reply));
    expect(outbound?.data).toMatchObject({ lastMessage: 'On it', direction: 'outbound' });
    expect(created?.rooms).toContain(`user:${assigneeId}`);
  });
});

describe('a status change', () => {
  it("is a conversation_update with reference/001's conversationId beside the ticket's fields", () => {
    const change = { ticketId, id: ticketId, from: 'NEW', to: 'ASSIGNED', assigneeId, subject: 'Router' };
    const [update] = toClientEvents(
      envelope('ticket.status_changed', change as unknown as EventData<'ticket.status_changed'>),
    );
    expect(update).toMatchObject({
      name: 'conversation_update',
      data: { ...change, conversationId: ticketId },
    });
  });
});

describe('the live dashboard numbers', () => {
  it("reach every staff member of the tenant, agents included, and no other tenant's", () => {
    const tenantId = randomUUID();
    const [update] = toClientEvents(
      envelope('metrics.updated', {} as EventData<'metrics.updated'>, tenantId),
    );
    expect(update).toMatchObject({ name: 'metrics_update', rooms: [`tenant:${tenantId}`] });
  });
});

describe("an agent's activity lines and performance", () => {
  it('reach the staff who read reports and the agent themself, never the other agents', () => {
    const [tenantId, agentId] = [randomUUID(), randomUUID()];
    for (const type of ['agent.activity_logged', 'agent.performance_changed'] as const) {
      const mapping = clientEvents[type] as (e: Envelope<never>) => { rooms: string[] };
      const { rooms } = mapping({
        id: randomUUID(),
        type,
        tenantId,
        data: { agentId },
      } as unknown as Envelope<never>);
      expect(rooms.sort(), type).toEqual(
        [
          `role:${tenantId}:admin`,
          `role:${tenantId}:supervisor`,
          `role:${tenantId}:viewer`,
          `user:${agentId}`,
        ].sort(),
      );
    }
  });
});

describe('AI assist on a customer message', () => {
  const tenantId = randomUUID();
  const step = { ticketId, messageId: randomUUID(), ticketAssigneeId: assigneeId };
  const classified: EventData<'ai.message_classified'> = {
    ...step,
    category: 'billing',
    priority: 'high',
    sentiment: 'negative',
    sentimentScore: -0.6,
    language: 'en',
    confidence: 0.9,
    provider: 'local',
    autoApply: null,
  };
  const newMessage = toClientEvents(envelope('message.created', message(), tenantId))[0];

  it('shows its progress and classification to everyone who sees the message', () => {
    const steps = [
      envelope('ai.processing_started', step, tenantId),
      envelope('ai.message_classified', classified, tenantId),
      envelope('ai.processing_completed', { ...step, ms: 40, classified: true, drafted: true }, tenantId),
    ].flatMap(toClientEvents);
    expect(steps.map((e) => e.name)).toEqual([
      'ai_processing_started',
      'ai_classification',
      'ai_processing_completed',
    ]);
    for (const e of steps) expect(e.rooms.sort()).toEqual(newMessage?.rooms.sort());
    expect(steps[1]?.data).toMatchObject({ category: 'billing', sentiment: 'negative', confidence: 0.9 });
  });

  it("gives the drafted reply to the ticket's assignee alone", () => {
    const draft = { content: 'Sorry about the double charge…', sources: [{ ticketId: randomUUID() }] };
    const [proposed] = toClientEvents(
      envelope('ai.draft_proposed', { ...step, draft, confidence: 0.7, provider: 'local' }, tenantId),
    );
    expect(proposed).toEqual({
      name: 'ai_draft',
      rooms: [`user:${assigneeId}`],
      data: { ...step, draft, confidence: 0.7, provider: 'local' },
    });
  });

  it("gives a notification, and its being read, to its owner's tabs alone", () => {
    const userId = randomUUID();
    const data = {
      id: randomUUID(),
      notificationId: randomUUID(),
      userId,
      type: 'mention' as const,
      ticketId,
      title: 'Charged twice',
      body: '@agent2 can you look?',
      readAt: null,
      createdAt: '2026-12-04T10:00:00.000Z',
      unreadCount: 1,
    };
    expect(toClientEvents(envelope('notification.created', data))).toEqual([
      { name: 'notification', rooms: [`user:${userId}`], data },
    ]);
    const read = { userId, notificationIds: [data.id], readAt: data.createdAt, unreadCount: 0 };
    expect(toClientEvents(envelope('notifications.read', read))).toEqual([
      { name: 'notifications_read', rooms: [`user:${userId}`], data: read },
    ]);
  });
});

describe('a merge', () => {
  it('reaches the staff and both tickets’ rooms, never the agents at large', () => {
    const [sourceTicketId, targetTicketId, tenantId] = [randomUUID(), randomUUID(), randomUUID()];
    const data = { sourceTicketId, targetTicketId, sourceNumber: 7, targetNumber: 42, movedMessageIds: [] };
    const [merged] = toClientEvents(envelope('ticket.merged', { ...data, actorId: randomUUID() }, tenantId));
    expect(merged?.name).toBe('ticket_merged');
    expect(new Set(merged?.rooms)).toEqual(
      new Set([
        `role:${tenantId}:admin`,
        `role:${tenantId}:supervisor`,
        `role:${tenantId}:viewer`,
        `ticket:${sourceTicketId}`,
        `ticket:${targetTicketId}`,
      ]),
    );
  });
});
