import type { Message } from '@switchboard/contracts';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Page } from '../lib/api.js';
import { effects } from './apply-event.js';
import { keys } from './query-keys.js';

const message = (id: string, body: string) => ({ id, ticketId: 't1', body }) as Message;
const page = (data: Message[]): Page<Message> => ({
  data,
  meta: { total: data.length, page: 1, limit: 50, totalPages: 1 },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('a new_message while the thread is loading', () => {
  it('ends with the message in the thread, though the answer in flight was read before it', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const stored = [message('m1', 'My order never arrived')];
    // The open thread, as the ticket view's useQuery has it; each answer is what was stored when read.
    const thread = new QueryObserver(qc, {
      queryKey: keys.messages('t1'),
      queryFn: async () => {
        const answer = page([...stored]);
        await new Promise((resolve) => setTimeout(resolve, 20));
        return answer;
      },
    });
    const unsubscribe = thread.subscribe(() => undefined);
    stored.push(message('m2', 'It was due last Friday.'));
    effects.new_message?.(qc, { ticketId: 't1', id: 'm2', body: 'It was due last Friday.' });
    await settle();
    expect(thread.getCurrentResult().data?.data.map((m) => m.id)).toEqual(['m1', 'm2']);
    unsubscribe();
  });
});

describe("a new message's conversation_update", () => {
  it('leaves the cached ticket as it was: it carries the last message, not the ticket', () => {
    const qc = new QueryClient();
    const ticket = {
      id: 't1',
      subject: 'Router down',
      status: 'IN_PROGRESS',
      updatedAt: '2026-12-04T10:00:00Z',
    };
    qc.setQueryData(keys.ticket('t1'), ticket);
    effects.conversation_update(qc, {
      id: 't1',
      ticketId: 't1',
      conversationId: 't1',
      lastMessage: 'Hello!',
      lastMessageAt: '2026-12-04T10:05:00Z',
      direction: 'inbound',
    });
    expect(qc.getQueryData(keys.ticket('t1'))).toEqual(ticket);
  });
});

describe('a ticket_tags_changed', () => {
  it("gives the open ticket its new tags at once and reloads the tenant's tag counts", async () => {
    const qc = new QueryClient();
    qc.setQueryData(keys.ticket('t1'), { id: 't1', tags: ['vip'], updatedAt: '2026-12-04T10:00:00Z' });
    qc.setQueryData(keys.tags, { data: [{ tag: 'vip', count: 1 }] });
    effects.ticket_tags_changed(qc, {
      id: 't1',
      ticketId: 't1',
      subject: 'Router down',
      status: 'IN_PROGRESS',
      tags: ['vip', 'refund'],
      added: ['refund'],
      removed: [],
      updatedAt: '2026-12-04T10:05:00Z',
    });
    expect(qc.getQueryData(keys.ticket('t1'))).toMatchObject({ tags: ['vip', 'refund'] });
    await settle();
    expect(qc.getQueryState(keys.tags)?.isInvalidated).toBe(true);
  });
});

describe('a ticket_merged', () => {
  it('reloads both tickets, their threads and their trails', async () => {
    const qc = new QueryClient();
    const cached = [
      keys.ticket('s'),
      keys.messages('s'),
      keys.ticket('t'),
      keys.messages('t'),
      keys.history('t'),
    ];
    for (const key of cached) qc.setQueryData(key, {});
    effects.ticket_merged(qc, {
      sourceTicketId: 's',
      targetTicketId: 't',
      sourceNumber: 7,
      targetNumber: 42,
      movedMessageIds: [],
      actorId: 'u',
    });
    await settle();
    for (const key of cached) expect(qc.getQueryState(key)?.isInvalidated).toBe(true);
  });
});
