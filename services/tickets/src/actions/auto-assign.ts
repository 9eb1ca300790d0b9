import { now as clockNow } from '@switchboard/clock';
import { uuidv7 } from '@switchboard/contracts';
import {
  lockQueueHead,
  lockReadyAgents,
  lockTenantAssignment,
  lockUnanswered,
  queuedCategories,
} from '../data/assignment.repository.js';
import { findSettings } from '../data/assignment-settings.repository.js';
import type { Db, Tx } from '../data/db.js';
import {
  type AgentState,
  type AssignmentPolicy,
  freeSlots,
  pickAgent,
  planAssignments,
  servableCategories,
} from '../domain/assignment.js';
import { grantTickets, type PassGrant } from './grant-tickets.js';

/*
 * Auto-assignment (docs/api.md §4.5). Each pass runs in its own transaction, after whatever asked for it
 * has committed, so a failed pass never loses a ticket: it stays NEW for the next trigger or sweep.
 *
 * Why no agent exceeds capacity and no ticket is assigned twice, under any concurrency:
 * - every pass first takes the tenant's advisory transaction lock (lockTenantAssignment), so the
 *   passes of a tenant run one at a time, across processes;
 * - in READ COMMITTED each later statement reads what committed before it, so a pass counts loads
 *   after the previous pass committed, and adds what it gives out itself in memory;
 * - it locks the agents it gives work to and the tickets it gives out (FOR UPDATE SKIP LOCKED),
 *   and the update re-checks the ticket's status and assignee: a manual assignment or status change
 *   holding a ticket's lock is skipped, never overwritten;
 * - a pass never waits for a row lock (SKIP LOCKED), only for the tenant lock, which nobody takes
 *   while holding a row a pass needs: no deadlock.
 * A manual assignment (POST /api/tickets/:id/assign) is an explicit override and may go beyond
 * capacity; passes then give that agent nothing until their load drops below it.
 */

export type PassOutcome = { assigned: number; reassigned: number };
type Origin = { tenantId: string; correlationId: string };

/** NEW tickets locked per round: at most what the available agents can take. */
const maxRound = 500;
/** Unanswered tickets considered per pass; more wait for the next pass. */
const maxUnanswered = 100;

/**
 * One assignment pass over the tenant: unanswered tickets to other agents (when the tenant has the
 * no-reply rule), then the queue, highest priority and oldest first, each to the least-loaded
 * available agent who may take it (longest idle on a tie). Tickets nobody may take stay NEW.
 */
export async function runAssignmentPass(
  db: Db,
  tenantId: string,
  correlationId: string = `assignment-${uuidv7()}`,
  now: Date = clockNow(),
): Promise<PassOutcome> {
  return db.transaction(async (tx) => {
    await lockTenantAssignment(tx, tenantId);
    const settings = await findSettings(tx, tenantId);
    if (!settings.enabled) return { assigned: 0, reassigned: 0 };
    let pool = await lockReadyAgents(tx, tenantId);
    if (freeSlots(pool, settings) === 0) return { assigned: 0, reassigned: 0 };
    const origin = { tenantId, correlationId };
    const minutes = settings.reassignAfterMinutes;
    const reassigned =
      minutes === null ? 0 : await reassignUnanswered(tx, origin, pool, settings, minutes, now);
    let assigned = 0;
    for (let slots = freeSlots(pool, settings); slots > 0; slots = freeSlots(pool, settings)) {
      // Only categories someone can take now, so a held queue of one department never hides another's.
      const categories = servableCategories(await queuedCategories(tx, tenantId), pool, settings);
      const head = await lockQueueHead(tx, tenantId, categories, Math.min(slots, maxRound));
      const plan = planAssignments(pool, head, settings, now);
      // The first ticket of a non-empty head is servable by construction, so every round assigns.
      if (plan.assignments.length === 0) break;
      const grants = plan.assignments.map(({ ticketId, agentId }) => ({
        ticketId,
        agentId,
        expected: { status: 'NEW' as const, assigneeId: null },
      }));
      await grantTickets(tx, origin, grants, now);
      assigned += plan.assignments.length;
      pool = plan.agents;
    }
    return { assigned, reassigned };
  });
}

/** docs/api.md §4.5 no-reply rule: an ASSIGNED ticket unanswered for `minutes` goes to another available agent. */
async function reassignUnanswered(
  tx: Tx,
  origin: Origin,
  pool: AgentState[],
  policy: AssignmentPolicy,
  minutes: number,
  now: Date,
): Promise<number> {
  const before = new Date(now.getTime() - minutes * 60_000);
  const grants: PassGrant[] = [];
  for (const ticket of await lockUnanswered(tx, origin.tenantId, before, maxUnanswered)) {
    const from = ticket.assigneeId;
    const agent = pickAgent(pool, ticket, policy, from);
    if (!agent || from === null) continue;
    grants.push({
      ticketId: ticket.id,
      agentId: agent.agentId,
      expected: { status: 'ASSIGNED', assigneeId: from },
      reason: `No public reply within ${minutes} minutes`,
    });
    agent.load += 1;
    agent.idleSince = now;
    const previous = pool.find((a) => a.agentId === from);
    if (previous) previous.load -= 1;
  }
  await grantTickets(tx, origin, grants, now);
  return grants.length;
}
