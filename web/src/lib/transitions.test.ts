import type { Ticket } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { type Actor, mayReply, mayTake, statusActions } from './transitions.js';

const agent: Actor = { id: 'a1', role: 'agent' };
const supervisor: Actor = { id: 's1', role: 'supervisor' };
const viewer: Actor = { id: 'v1', role: 'viewer' };
const ticket = (status: Ticket['status'], requiresApproval = false, assigneeId: string | null = 'a1') => ({
  status,
  requiresApproval,
  assigneeId,
});
const targets = (t: ReturnType<typeof ticket>, who = agent) => statusActions(t, who).map((a) => a.to);

describe('legal status actions', () => {
  it('lets the assignee start, park and resolve a ticket that needs no approval', () => {
    expect(targets(ticket('ASSIGNED'))).toEqual(['IN_PROGRESS']);
    expect(targets(ticket('IN_PROGRESS'))).toEqual(['RESOLVED', 'PENDING']);
    expect(targets(ticket('PENDING'))).toEqual(['IN_PROGRESS']);
  });

  it('offers "request resolution" instead of resolving when approval is required', () => {
    const actions = statusActions(ticket('IN_PROGRESS', true), agent);
    expect(actions.map((a) => a.label)).toEqual(['Request resolution', 'Wait on customer']);
  });

  it('offers nothing to an agent on a ticket that is not theirs, or awaiting approval', () => {
    expect(targets(ticket('IN_PROGRESS', false, 'someone-else'))).toEqual([]);
    expect(targets(ticket('RESOLUTION_REQUESTED', true))).toEqual([]);
    expect(targets(ticket('RESOLVED'))).toEqual([]);
  });

  it('lets a supervisor approve or reject (with a reason) a request that is not their own', () => {
    const actions = statusActions(ticket('RESOLUTION_REQUESTED', true), supervisor);
    expect(actions.map((a) => [a.to, a.label, a.needsReason ?? false])).toEqual([
      ['RESOLVED', 'Approve', false],
      ['IN_PROGRESS', 'Reject', true],
    ]);
    expect(targets(ticket('RESOLUTION_REQUESTED', true, 's1'), supervisor)).toEqual([]);
  });

  it('lets a supervisor reopen or close a resolved ticket, and nobody move a closed one', () => {
    expect(targets(ticket('RESOLVED'), supervisor)).toEqual(['IN_PROGRESS', 'CLOSED']);
    expect(targets(ticket('CLOSED'), supervisor)).toEqual([]);
  });

  it('never offers a viewer a change', () => {
    for (const status of ['ASSIGNED', 'IN_PROGRESS', 'RESOLUTION_REQUESTED', 'RESOLVED'] as const)
      expect(targets(ticket(status, true), viewer)).toEqual([]);
    expect(mayTake(ticket('NEW', false, null), viewer)).toBe(false);
    expect(mayReply(ticket('IN_PROGRESS'), viewer)).toBe(false);
  });

  it('lets an agent take an unassigned NEW ticket and reply only on their own', () => {
    expect(mayTake(ticket('NEW', false, null), agent)).toBe(true);
    expect(mayReply(ticket('IN_PROGRESS', false, 'other'), agent)).toBe(false);
    expect(mayReply(ticket('IN_PROGRESS'), agent)).toBe(true);
  });
});
