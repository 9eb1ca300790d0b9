import { type TicketStatus, ticketStatuses } from '@switchboard/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, allowedTargets, refuseTransition } from './transitions.js';

const agent: Actor = { userId: 'agent-1', role: 'agent' };
const otherAgent: Actor = { userId: 'agent-2', role: 'agent' };
const supervisor: Actor = { userId: 'sup-1', role: 'supervisor' };
const ticket = (status: TicketStatus, requiresApproval = false) => ({
  status,
  assigneeId: 'agent-1',
  requiresApproval,
});

describe('the ticket state machine', () => {
  it('lets the assignee start, park and resume work', () => {
    expect(refuseTransition(ticket('ASSIGNED'), 'IN_PROGRESS', agent)).toBeNull();
    expect(refuseTransition(ticket('IN_PROGRESS'), 'PENDING', agent)).toBeNull();
    expect(refuseTransition(ticket('PENDING'), 'IN_PROGRESS', agent)).toBeNull();
  });

  it('names the allowed targets of an illegal move', () => {
    expect(refuseTransition(ticket('NEW'), 'RESOLVED', supervisor)).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'A NEW ticket can move to: ASSIGNED',
      allowed: ['ASSIGNED'],
    });
    expect(refuseTransition(ticket('CLOSED'), 'IN_PROGRESS', supervisor)).toMatchObject({ allowed: [] });
  });

  it('routes a ticket that requires approval through a supervisor', () => {
    expect(refuseTransition(ticket('IN_PROGRESS', true), 'RESOLVED', agent)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(refuseTransition(ticket('IN_PROGRESS', true), 'RESOLUTION_REQUESTED', agent)).toBeNull();
    expect(refuseTransition(ticket('RESOLUTION_REQUESTED', true), 'RESOLVED', agent)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(refuseTransition(ticket('RESOLUTION_REQUESTED', true), 'RESOLVED', supervisor)).toBeNull();
  });

  it('does not let anyone approve their own resolution request', () => {
    const own = { status: 'RESOLUTION_REQUESTED' as const, assigneeId: 'sup-1', requiresApproval: true };
    expect(refuseTransition(own, 'RESOLVED', supervisor)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/own/),
    });
  });

  it('needs a reason to reject a resolution', () => {
    expect(refuseTransition(ticket('RESOLUTION_REQUESTED', true), 'IN_PROGRESS', supervisor)).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'reason',
    });
    expect(
      refuseTransition(ticket('RESOLUTION_REQUESTED', true), 'IN_PROGRESS', supervisor, 'Missing refund'),
    ).toBeNull();
  });

  it('keeps other agents off a ticket', () => {
    expect(refuseTransition(ticket('ASSIGNED'), 'IN_PROGRESS', otherAgent)).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lets a customer reply (the system) reopen a resolved ticket', () => {
    expect(refuseTransition(ticket('RESOLVED'), 'IN_PROGRESS', { system: true })).toBeNull();
  });
});

describe('state machine properties', () => {
  const statusArb = fc.constantFrom(...ticketStatuses);
  const actorArb = fc.constantFrom<Actor>(
    agent,
    otherAgent,
    supervisor,
    { userId: 'v', role: 'viewer' },
    { system: true },
  );

  it('refuses exactly the moves outside the docs/api.md §4.4 table as INVALID_TRANSITION', () => {
    fc.assert(
      fc.property(statusArb, statusArb, actorArb, fc.boolean(), (from, to, actor, approval) => {
        const refusal = refuseTransition(ticket(from, approval), to, actor, 'a reason');
        const legal = allowedTargets(from).includes(to);
        expect(refusal?.code === 'INVALID_TRANSITION').toBe(!legal);
      }),
    );
  });

  it('never lets an agent or viewer resolve a ticket that requires approval, on any path', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(statusArb, actorArb), { maxLength: 30 }), (steps) => {
        let status: TicketStatus = 'ASSIGNED';
        for (const [to, actor] of steps) {
          if (refuseTransition(ticket(status, true), to, actor, 'reason') !== null) continue;
          if (to === 'RESOLVED' && status !== 'RESOLVED') {
            expect('system' in actor || actor.role === 'supervisor').toBe(true);
          }
          status = to;
        }
      }),
    );
  });

  it('CLOSED is final', () => {
    fc.assert(
      fc.property(statusArb, actorArb, (to, actor) => {
        expect(refuseTransition(ticket('CLOSED'), to, actor, 'r')).not.toBeNull();
      }),
    );
  });
});
