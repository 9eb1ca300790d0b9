import { uuidv7 } from '@switchboard/contracts';
import {
  giveTicket,
  lockQueueHead,
  lockReadyAgents,
  lockTenantAssignment,
  lockUnanswered,
  markBusy,
  queuedCategories,
} from '../data/assignment.repository.js';
import { findSettings } from '../data/assignment-settings.repository.js';
import type { Db, Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { findTicket, recordHistory } from '../data/tickets.repository.js';
import {
  type AgentState,
  type AssignmentPolicy,
  freeSlots,
  pickAgent,
  planAssignments,
  servableCategories,
} from '../domain/assignment.js';

/*
 * Auto-assignment (SPEC §4). Each pass runs in its own transaction, after whatever asked for it
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
  now: Date = new Date(),
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
      for (const { ticketId, agentId } of plan.assignments) {
        await give(tx, origin, ticketId, { status: 'NEW', assigneeId: null }, agentId, now);
      }
      assigned += plan.assignments.length;
      pool = plan.agents;
    }
    return { assigned, reassigned };
  });
}

/** SPEC §4 no-reply rule: an ASSIGNED ticket unanswered for `minutes` goes to another available agent. */
async function reassignUnanswered(
  tx: Tx,
  origin: Origin,
  pool: AgentState[],
  policy: AssignmentPolicy,
  minutes: number,
  now: Date,
): Promise<number> {
  const before = new Date(now.getTime() - minutes * 60_000);
  let moved = 0;
  for (const ticket of await lockUnanswered(tx, origin.tenantId, before, maxUnanswered)) {
    const from = ticket.assigneeId;
    const agent = pickAgent(pool, ticket, policy, from);
    if (!agent || from === null) continue;
    await give(tx, origin, ticket.id, { status: 'ASSIGNED', assigneeId: from }, agent.agentId, now, {
      reason: `No public reply within ${minutes} minutes`,
    });
    agent.load += 1;
    agent.idleSince = now;
    const previous = pool.find((a) => a.agentId === from);
    if (previous) previous.load -= 1;
    moved += 1;
  }
  return moved;
}

/** Gives a locked ticket to an agent, with its history and events (the system acts: actorId null). */
async function give(
  tx: Tx,
  origin: Origin,
  ticketId: string,
  expected: { status: 'NEW' | 'ASSIGNED'; assigneeId: string | null },
  agentId: string,
  now: Date,
  note: { reason?: string } = {},
): Promise<void> {
  await giveTicket(tx, origin.tenantId, ticketId, expected, agentId, now);
  await markBusy(tx, agentId, now);
  const found = await findTicket(tx, origin.tenantId, ticketId);
  if (!found) throw new Error(`ticket ${ticketId} vanished inside its transaction`);
  await recordHistory(tx, {
    tenantId: origin.tenantId,
    ticketId,
    actorId: null,
    action: 'assigned',
    changes: { from: expected.assigneeId, to: agentId, auto: true, ...note },
  });
  const fact = { ...toTicket(found.ticket, found.customer), ticketId, actorId: null };
  await recordEvent(tx, origin, 'ticket.assigned', { ...fact, previousAssigneeId: expected.assigneeId });
  if (expected.status === 'NEW')
    await recordEvent(tx, origin, 'ticket.status_changed', {
      ...fact,
      from: 'NEW',
      to: 'ASSIGNED',
      reason: null,
    });
}
