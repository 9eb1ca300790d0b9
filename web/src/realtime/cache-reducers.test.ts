import type { Ticket } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import type { Broadcast } from '../features/floor/api.js';
import type { PresenceEntry } from '../features/presence/api.js';
import type { Page } from '../lib/api.js';
import {
  ackBroadcast,
  appendMessage,
  applyPresence,
  markRead,
  markSla,
  patchTicketInPage,
  setDelivery,
  type ThreadMessage,
  ticketOf,
} from './cache-reducers.js';

const page = <T>(data: T[]): Page<T> => ({
  data,
  meta: { total: data.length, page: 1, limit: 20, totalPages: 1 },
});
const message = (id: string, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({
  id,
  tenantId: 'tenant-1',
  ticketId: 't1',
  authorType: 'agent',
  authorId: 'a1',
  body: 'hi',
  internal: false,
  deliveryStatus: 'sent',
  externalId: null,
  createdAt: '2025-01-01T00:00:00Z',
  ...extra,
});
const ticketEvent = (extra: Record<string, unknown> = {}) => ({
  ticketId: 't1',
  id: 't1',
  subject: 'Refund',
  status: 'IN_PROGRESS',
  updatedAt: '2025-01-01T00:00:02Z',
  seq: 4,
  epoch: 'e',
  eventId: 'x',
  ...extra,
});

describe('event → cache reducers', () => {
  it('reads the ticket out of a ticket event, without the envelope fields', () => {
    const t = ticketOf(ticketEvent());
    expect(t).toMatchObject({ id: 't1', status: 'IN_PROGRESS' });
    expect(t).not.toHaveProperty('seq');
    expect(ticketOf({ helpRequestId: 'h' })).toBeNull();
  });

  it('patches a listed ticket, but never with an older version', () => {
    const listed = page([{ id: 't1', status: 'ASSIGNED', updatedAt: '2025-01-01T00:00:01Z' } as Ticket]);
    const newer = ticketOf(ticketEvent()) as Ticket;
    expect(patchTicketInPage(listed, newer)?.data[0]?.status).toBe('IN_PROGRESS');
    const older = ticketOf(ticketEvent({ status: 'NEW', updatedAt: '2024-12-31T00:00:00Z' })) as Ticket;
    expect(patchTicketInPage(listed, older)).toBe(listed);
  });

  it('appends a new message once, even when it arrives twice', () => {
    const thread = page([message('m1')]);
    const once = appendMessage(thread, {
      messageId: 'm2',
      ticketId: 't1',
      body: 'hello',
      authorType: 'customer',
    });
    expect(once?.data.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(appendMessage(once, { messageId: 'm2', ticketId: 't1' })).toBe(once);
    expect(appendMessage(undefined, { messageId: 'm2' })).toBeUndefined();
  });

  it("keeps a new message's files (new_message carries them), and none for an older event", () => {
    const file = { id: 'a1', filename: 'invoice.pdf', contentType: 'application/pdf', size: 10 };
    const withFile = appendMessage(page([]), { messageId: 'm3', ticketId: 't1', attachments: [file] });
    expect(withFile?.data[0]?.attachments).toEqual([file]);
    expect(appendMessage(page([]), { messageId: 'm4', ticketId: 't1' })?.data[0]?.attachments).toEqual([]);
  });

  it('moves delivery status only forward', () => {
    const thread = page([message('m1', { deliveryStatus: 'delivered' })]);
    expect(setDelivery(thread, { messageId: 'm1', status: 'read' })?.data[0]?.deliveryStatus).toBe('read');
    expect(setDelivery(thread, { messageId: 'm1', status: 'sent' })).toBe(thread);
  });

  it('records each reader once', () => {
    const thread = page([message('m1')]);
    const read = markRead(thread, { messageId: 'm1', readerId: 's1' });
    expect(read?.data[0]?.readBy).toEqual(['s1']);
    expect(markRead(read, { messageId: 'm1', readerId: 's1' })).toBe(read);
  });

  it('updates an agent on the live board, and asks for a refetch for an unknown agent', () => {
    const board: PresenceEntry[] = [
      {
        agentId: 'a1',
        onlineStatus: 'offline',
        availability: 'offline',
        activity: 'clocked_out',
        since: '2025-01-01T00:00:00Z',
        openTickets: 0,
        capacity: null,
        connections: 0,
      },
    ];
    expect(applyPresence(board, { agentId: 'a1', status: 'online' })?.[0]?.onlineStatus).toBe('online');
    const working = applyPresence(board, {
      agentId: 'a1',
      availability: 'available',
      activity: 'working',
      onlineStatus: 'online',
      openTickets: 1,
      at: '2025-01-01T09:00:00Z',
    });
    expect(working?.[0]).toMatchObject({
      activity: 'working',
      openTickets: 1,
      since: '2025-01-01T09:00:00Z',
    });
    expect(applyPresence(board, { agentId: 'zz', status: 'online' })).toBeNull();
  });

  it('keeps a breach mark when a late warning arrives', () => {
    const breached = markSla({}, 'breached', { ticketId: 't1', target: 'first_response' });
    expect(markSla(breached, 'warning', { ticketId: 't1' }).t1?.level).toBe('breached');
  });
});

describe('broadcast acknowledgements', () => {
  const broadcast = (id: string, acknowledgedCount: number): Broadcast => ({
    id,
    senderId: 's1',
    message: 'Stand-up at 10',
    audience: { type: 'all', value: null },
    sentAt: '2025-01-01T00:00:00Z',
    recipientCount: 3,
    acknowledgedCount,
  });

  it('raises the count of the acknowledged broadcast only', () => {
    const next = ackBroadcast(page([broadcast('b1', 0), broadcast('b2', 1)]), {
      broadcastId: 'b1',
      acknowledgedCount: 1,
      recipientCount: 3,
    });
    expect(next?.data.map((b) => b.acknowledgedCount)).toEqual([1, 1]);
  });

  it('never lowers a count a fresher list or a later event already shows', () => {
    const list = page([broadcast('b1', 2)]);
    expect(ackBroadcast(list, { broadcastId: 'b1', acknowledgedCount: 1, recipientCount: 3 })).toBe(list);
  });
});
