import type { Ticket } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { formatCountdown, nextSlaDue } from './sla-clock.js';

const policy = { priority: 'high' as const, firstResponseMinutes: 30, resolutionMinutes: 240 };
const ticket = (extra: Partial<Ticket>) =>
  ({ status: 'IN_PROGRESS', createdAt: '2025-01-01T10:00:00Z', firstResponseAt: null, ...extra }) as Ticket;

describe('SLA countdown', () => {
  it('counts to the first response until one is sent, then to the resolution', () => {
    expect(nextSlaDue(ticket({}), policy)).toEqual({
      target: 'first_response',
      dueAt: Date.parse('2025-01-01T10:30:00Z'),
    });
    expect(nextSlaDue(ticket({ firstResponseAt: '2025-01-01T10:05:00Z' }), policy)?.target).toBe(
      'resolution',
    );
  });

  it('has no countdown without a policy, or while the clock is stopped', () => {
    expect(nextSlaDue(ticket({}), undefined)).toBeNull();
    expect(nextSlaDue(ticket({ status: 'PENDING' }), policy)).toBeNull();
    expect(nextSlaDue(ticket({ status: 'RESOLVED' }), policy)).toBeNull();
  });

  it('formats minutes and hours, and overdue time with a minus', () => {
    expect(formatCountdown(12 * 60_000)).toBe('12m');
    expect(formatCountdown(65 * 60_000)).toBe('1h 05m');
    expect(formatCountdown(-3 * 60_000 - 1)).toBe('-3m');
  });
});
