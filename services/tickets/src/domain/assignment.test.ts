import type { Priority } from '@switchboard/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AgentState,
  type AssignmentPolicy,
  capacityOf,
  compareCandidates,
  isAvailable,
  mayTake,
  pickAgent,
  planAssignments,
  type QueuedTicket,
  servableCategories,
} from './assignment.js';

const t0 = new Date('2026-03-02T09:00:00Z');
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

const agent = (id: string, extra: Partial<AgentState> = {}): AgentState => ({
  agentId: id,
  role: 'agent',
  department: 'Support',
  isActive: true,
  clockedIn: true,
  onBreak: false,
  onlineStatus: 'online',
  capacity: null,
  skills: [],
  idleSince: t0,
  load: 0,
  ...extra,
});
const policy = (extra: Partial<AssignmentPolicy> = {}): AssignmentPolicy => ({
  defaultCapacity: 3,
  categoryDepartments: {},
  ...extra,
});
const ticket = (
  id: string,
  priority: Priority,
  at: number,
  category: string | null = null,
): QueuedTicket => ({
  id,
  priority,
  category,
  createdAt: minutes(at),
});

describe('who is available', () => {
  it.each([
    ['inactive', { isActive: false }],
    ['a viewer', { role: 'viewer' }],
    ['an admin', { role: 'admin' }],
    ['clocked out', { clockedIn: false }],
    ['on a break', { onBreak: true }],
    ['away', { onlineStatus: 'away' }],
    ['busy', { onlineStatus: 'busy' }],
    ['offline', { onlineStatus: 'offline' }],
    ['at the default capacity', { load: 3 }],
    ['at their own capacity', { capacity: 1, load: 1 }],
    ['with capacity 0', { capacity: 0 }],
  ])('not when %s', (_, extra) => {
    expect(isAvailable(agent('a', extra), policy())).toBe(false);
  });

  it('an agent or supervisor at work below capacity is', () => {
    expect(isAvailable(agent('a', { load: 2 }), policy())).toBe(true);
    expect(isAvailable(agent('s', { role: 'supervisor' }), policy())).toBe(true);
    expect(capacityOf(agent('a', { capacity: 5 }), policy())).toBe(5);
    expect(capacityOf(agent('a'), policy({ defaultCapacity: 2 }))).toBe(2);
  });
});

describe('who may take a category', () => {
  const routing = policy({ categoryDepartments: { Billing: 'Finance' } });

  it('a mapped category: its department, or anyone with it as a skill (any case)', () => {
    expect(mayTake(agent('f', { department: 'finance' }), 'billing', routing)).toBe(true);
    expect(mayTake(agent('s', { department: 'Support' }), 'Billing', routing)).toBe(false);
    expect(mayTake(agent('s', { skills: ['BILLING'] }), 'Billing', routing)).toBe(true);
  });

  it('an unmapped category or none: anyone', () => {
    expect(mayTake(agent('s'), 'hardware', routing)).toBe(true);
    expect(mayTake(agent('s'), null, routing)).toBe(true);
  });

  it('only categories some available agent can take are servable', () => {
    const agents = [agent('s'), agent('f', { department: 'Finance', load: 3 })];
    expect(servableCategories(['Billing', 'hardware', null], agents, routing)).toEqual(['hardware', null]);
  });
});

describe('picking an agent', () => {
  it('the least loaded, then the longest idle, then the smallest id', () => {
    const agents = [
      agent('c', { load: 1, idleSince: minutes(-50) }),
      agent('b', { load: 0, idleSince: minutes(-5) }),
      agent('a', { load: 0, idleSince: minutes(-5) }),
      agent('d', { load: 0, idleSince: minutes(-1) }),
    ];
    expect(pickAgent(agents, { category: null }, policy())?.agentId).toBe('a');
    expect(pickAgent(agents, { category: null }, policy(), 'a')?.agentId).toBe('b');
  });

  it('nobody when every agent is full, away or of another department', () => {
    const routing = policy({ categoryDepartments: { billing: 'Finance' } });
    const agents = [agent('a', { load: 3 }), agent('b', { onBreak: true }), agent('c')];
    expect(pickAgent(agents, { category: 'billing' }, routing)).toBeUndefined();
  });
});

describe('serving the queue', () => {
  it('highest priority first, then oldest; the rest stay queued', () => {
    const queue = [
      ticket('low-old', 'low', 0),
      ticket('high-new', 'high', 3),
      ticket('high-old', 'high', 2),
      ticket('urgent', 'urgent', 4),
    ];
    const { assignments } = planAssignments([agent('a', { capacity: 2 })], queue, policy(), minutes(10));
    expect(assignments).toEqual([
      { ticketId: 'urgent', agentId: 'a' },
      { ticketId: 'high-old', agentId: 'a' },
    ]);
  });

  it('spreads work evenly: each ticket to whoever has least, round robin on ties', () => {
    const agents = [agent('a'), agent('b', { idleSince: minutes(-1) }), agent('c', { load: 1 })];
    const queue = [1, 2, 3, 4, 5].map((i) => ticket(`t${i}`, 'medium', i));
    const { assignments, agents: after } = planAssignments(agents, queue, policy(), minutes(10));
    expect(assignments.map((a) => a.agentId)).toEqual(['b', 'a', 'c', 'a', 'b']);
    expect(after.map((a) => a.load)).toEqual([2, 2, 2]);
  });
});

/* Properties over arbitrary teams and queues. */

const categories = ['billing', 'tech', 'sales', null] as const;
const atWork = { isActive: true, clockedIn: true, onBreak: false, onlineStatus: 'online' };
const anyAgent = fc.record({
  agentId: fc.uuid(),
  role: fc.constantFrom('agent', 'supervisor', 'admin', 'viewer'),
  department: fc.constantFrom('Finance', 'Support', 'Tech', null),
  isActive: fc.boolean(),
  clockedIn: fc.boolean(),
  onBreak: fc.boolean(),
  onlineStatus: fc.constantFrom('online', 'away', 'busy', 'offline'),
  capacity: fc.option(fc.integer({ min: 0, max: 4 })),
  skills: fc.subarray(['billing', 'tech', 'sales']),
  idleSince: fc.integer({ min: 0, max: 5 }).map(minutes),
  load: fc.integer({ min: 0, max: 5 }),
});
/** Mostly agents at work (else few teams would have two to choose between), some of anything. */
const arbAgent = fc.oneof(
  {
    weight: 3,
    arbitrary: anyAgent.map((a) => ({ ...a, ...atWork, role: a.role === 'supervisor' ? a.role : 'agent' })),
  },
  { weight: 1, arbitrary: anyAgent },
);
const arbTeam = fc.uniqueArray(arbAgent, { maxLength: 8, selector: (a) => a.agentId });
const arbPolicy = fc.record({
  defaultCapacity: fc.integer({ min: 1, max: 4 }),
  categoryDepartments: fc.constantFrom<Record<string, string>>(
    {},
    { billing: 'Finance' },
    { billing: 'Finance', tech: 'Tech' },
  ),
});
const arbTicket = fc.record({
  id: fc.uuid(),
  priority: fc.constantFrom<Priority>('low', 'medium', 'high', 'urgent'),
  category: fc.constantFrom(...categories),
  createdAt: fc.integer({ min: 0, max: 20 }).map(minutes),
});
const arbQueue = fc.uniqueArray(arbTicket, { maxLength: 25, selector: (t) => t.id });

const eligible = (agents: AgentState[], category: string | null, p: AssignmentPolicy) =>
  agents.filter((a) => isAvailable(a, p) && mayTake(a, category, p));

describe('ranking properties', () => {
  it('never picks an unavailable or full agent, nor one the category excludes', () => {
    fc.assert(
      fc.property(arbTeam, arbPolicy, fc.constantFrom(...categories), (team, p, category) => {
        const picked = pickAgent(team, { category }, p);
        if (picked) {
          expect(isAvailable(picked, p)).toBe(true);
          expect(picked.load).toBeLessThan(capacityOf(picked, p));
          expect(mayTake(picked, category, p)).toBe(true);
        } else expect(eligible(team, category, p)).toEqual([]);
      }),
    );
  });

  it('always picks a least-loaded eligible agent, longest idle among those', () => {
    fc.assert(
      fc.property(arbTeam, arbPolicy, fc.constantFrom(...categories), (team, p, category) => {
        const picked = pickAgent(team, { category }, p);
        for (const other of eligible(team, category, p)) {
          expect(picked).toBeDefined();
          if (!picked) return;
          expect(picked.load).toBeLessThanOrEqual(other.load);
          if (other.load === picked.load)
            expect(picked.idleSince.getTime()).toBeLessThanOrEqual(other.idleSince.getTime());
        }
      }),
    );
  });

  it('is deterministic: the order agents come in does not matter', () => {
    fc.assert(
      fc.property(
        arbTeam.chain((team) =>
          fc.tuple(fc.constant(team), fc.shuffledSubarray(team, { minLength: team.length })),
        ),
        arbPolicy,
        fc.constantFrom(...categories),
        ([team, shuffled], p, category) => {
          expect(pickAgent(shuffled, { category }, p)?.agentId).toBe(
            pickAgent(team, { category }, p)?.agentId,
          );
          const sorted = [...team].sort(compareCandidates);
          const reversed = [...team].reverse().sort(compareCandidates);
          expect(sorted.map((a) => a.agentId)).toEqual(reversed.map((a) => a.agentId));
        },
      ),
    );
  });

  it('a plan never exceeds capacity, gives each ticket once, and leaves nothing servable queued', () => {
    fc.assert(
      fc.property(arbTeam, arbQueue, arbPolicy, (team, queue, p) => {
        const { assignments, agents } = planAssignments(team, queue, p, minutes(30));
        const ticketIds = assignments.map((a) => a.ticketId);
        expect(new Set(ticketIds).size).toBe(ticketIds.length);
        for (const before of team) {
          const given = assignments.filter((a) => a.agentId === before.agentId).length;
          if (given > 0) {
            expect(isAvailable(before, p)).toBe(true);
            expect(before.load + given).toBeLessThanOrEqual(capacityOf(before, p));
          }
        }
        for (const left of queue.filter((t) => !ticketIds.includes(t.id)))
          expect(eligible(agents, left.category, p)).toEqual([]);
      }),
    );
  });

  it('without categories, the plan serves exactly the head of the queue', () => {
    fc.assert(
      fc.property(arbTeam, arbQueue, arbPolicy, (team, queue, p) => {
        const plain = queue.map((t) => ({ ...t, category: null }));
        const { assignments } = planAssignments(team, plain, p, minutes(30));
        const order = [...plain].sort(
          (a, b) =>
            ['urgent', 'high', 'medium', 'low'].indexOf(a.priority) -
              ['urgent', 'high', 'medium', 'low'].indexOf(b.priority) ||
            a.createdAt.getTime() - b.createdAt.getTime() ||
            (a.id < b.id ? -1 : 1),
        );
        expect(assignments.map((a) => a.ticketId)).toEqual(
          order.slice(0, assignments.length).map((t) => t.id),
        );
      }),
    );
  });
});
