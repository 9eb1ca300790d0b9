import { describe, expect, it } from 'vitest';
import { nextEscalationStep, nextPriority } from './escalation.js';

describe('the next priority', () => {
  it('climbs low → medium → high → urgent and stops there', () => {
    expect(nextPriority('low')).toBe('medium');
    expect(nextPriority('medium')).toBe('high');
    expect(nextPriority('high')).toBe('urgent');
    expect(nextPriority('urgent')).toBeNull();
  });
});

describe('the escalation ladder for a breached ticket', () => {
  const ticket = { priority: 'medium' as const, assigneeId: 'agent-7', escalationLevel: 0 };

  it('first raises the priority one step', () =>
    expect(nextEscalationStep(ticket)).toEqual({
      action: 'raise_priority',
      from: 'medium',
      to: 'high',
      level: 1,
    }));

  it('then notifies the supervisors', () =>
    expect(nextEscalationStep({ ...ticket, escalationLevel: 1 })).toEqual({
      action: 'notify_supervisors',
      level: 2,
    }));

  it('then reassigns away from the current agent, and keeps doing so', () => {
    expect(nextEscalationStep({ ...ticket, escalationLevel: 2 })).toEqual({
      action: 'reassign',
      awayFrom: 'agent-7',
      level: 3,
    });
    expect(nextEscalationStep({ ...ticket, escalationLevel: 5, assigneeId: null })).toEqual({
      action: 'reassign',
      awayFrom: null,
      level: 6,
    });
  });

  it('skips straight to the supervisors for a ticket already urgent, so the next run reassigns', () =>
    expect(nextEscalationStep({ ...ticket, priority: 'urgent' })).toEqual({
      action: 'notify_supervisors',
      level: 2,
    }));

  it('treats a nonsensical stored level as not escalated yet', () =>
    expect(nextEscalationStep({ ...ticket, escalationLevel: -3 }).action).toBe('raise_priority'));
});
