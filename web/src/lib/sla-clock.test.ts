import type { Ticket } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { formatCountdown, nextSlaDue, ticksEverySecond } from './sla-clock.js';

const policy = { firstResponseMinutes: 30, resolutionMinutes: 240 };
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

  it('shows hours and minutes from an hour on', () => {
    expect(formatCountdown(65 * 60_000)).toBe('1h 05m');
    expect(formatCountdown(60 * 60_000)).toBe('1h 00m');
    expect(formatCountdown(-(2 * 60 + 7) * 60_000)).toBe('-2h 07m');
  });

  it('shows minutes and seconds under an hour, overdue with a minus', () => {
    expect(formatCountdown((12 * 60 + 5) * 1000)).toBe('12m 05s');
    expect(formatCountdown((59 * 60 + 59) * 1000 + 999)).toBe('59m 59s');
    expect(formatCountdown(-(3 * 60 + 10) * 1000)).toBe('-3m 10s');
  });

  it('never shows a minus zero around the deadline', () => {
    expect(formatCountdown(400)).toBe('0m 00s');
    expect(formatCountdown(0)).toBe('0m 00s');
    expect(formatCountdown(-1)).toBe('-0m 01s');
    expect(formatCountdown(-1000)).toBe('-0m 01s');
  });

  it('ticks every second only while under an hour either side of the deadline', () => {
    expect(ticksEverySecond(59 * 60_000)).toBe(true);
    expect(ticksEverySecond(-59 * 60_000)).toBe(true);
    expect(ticksEverySecond(61 * 60_000)).toBe(false);
  });
});
