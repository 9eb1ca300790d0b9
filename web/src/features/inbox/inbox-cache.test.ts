import type { Notification } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import type { Inbox } from './api.js';
import { withNotification, withRead } from './inbox-cache.js';

const note = (id: string, readAt: string | null = null): Notification => ({
  id,
  type: 'mention',
  ticketId: 't-1',
  title: 'Refund',
  body: '@agent2 look',
  readAt,
  createdAt: '2026-12-06T10:00:00.000Z',
});
const inbox = (data: Notification[], unreadCount: number): Inbox => ({
  data,
  meta: { total: data.length, page: 1, limit: 2, totalPages: 1, unreadCount },
});

describe('the cached inbox, fed by the socket', () => {
  it('puts a new notification on top with the server’s count, once even when replayed', () => {
    const next = withNotification(inbox([note('a')], 1), { ...note('b'), unreadCount: 2 });
    expect(next?.data.map((n) => n.id)).toEqual(['b', 'a']);
    expect(next?.meta).toMatchObject({ total: 2, unreadCount: 2 });
    expect(withNotification(next, { ...note('b'), unreadCount: 2 })).toBe(next);
    expect(withNotification(next, { ...note('c'), unreadCount: 3 })?.data.map((n) => n.id)).toEqual([
      'c',
      'b',
    ]);
  });

  it('marks what another tab read as read, and takes its count', () => {
    const next = withRead(inbox([note('a'), note('b')], 2), {
      notificationIds: ['a'],
      readAt: 'x',
      unreadCount: 1,
    });
    expect(next?.data.map((n) => n.readAt)).toEqual(['x', null]);
    expect(next?.meta.unreadCount).toBe(1);
  });

  it('leaves a list never loaded alone (the bell loads it when shown)', () => {
    expect(withNotification(undefined, { ...note('a'), unreadCount: 1 })).toBeUndefined();
  });
});
