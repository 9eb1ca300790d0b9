import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import type { Priority } from '@switchboard/contracts';
import { lockReadyAgents, lockTenantAssignment } from '../data/assignment.repository.js';
import { findSettings } from '../data/assignment-settings.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { breachedOpenTickets } from '../data/sla.repository.js';
import { findTicket, recordHistory, type TicketRow, updateTicket } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { pickAgent } from '../domain/assignment.js';
import { type EscalationStep, nextEscalationStep } from '../domain/sla/escalation.js';

export type EscalationDone = {
  ticketId: string;
  action: EscalationStep['action'];
  level: number;
  priority: Priority;
  assigneeId: string | null;
  outcome: 'done' | 'no_agent_available';
};

/**
 * POST /api/sla/automate: one rung of the escalation ladder (domain/sla/escalation.ts) for every
 * open ticket with a breached target — raise the priority, then notify supervisors, then move
 * it to another available agent — and an answer saying what was done to which ticket.
 */
export async function automateSla(deps: TicketsDeps, caller: Caller) {
  const actions = await deps.db.transaction(async (tx) => {
    // Reassigning competes with auto-assignment for agents: take the tenant's assignment lock first.
    await lockTenantAssignment(tx, caller.tenantId);
    const done: EscalationDone[] = [];
    for (const { ticket } of await breachedOpenTickets(tx, caller.tenantId)) {
      const step = nextEscalationStep({
        priority: ticket.priority,
        assigneeId: ticket.assigneeId,
        escalationLevel: ticket.escalationLevel,
      });
      done.push(await escalate(tx, caller, ticket, step));
    }
    return done;
  });
  return { escalated: actions.filter((a) => a.outcome === 'done').length, actions };
}

async function escalate(
  tx: Tx,
  caller: Caller,
  ticket: TicketRow,
  step: EscalationStep,
): Promise<EscalationDone> {
  const changes: Partial<TicketRow> = { escalationLevel: step.level };
  if (step.action === 'raise_priority') changes.priority = step.to;
  if (step.action === 'reassign') {
    const pool = await lockReadyAgents(tx, caller.tenantId);
    const agent = pickAgent(pool, ticket, await findSettings(tx, caller.tenantId), ticket.assigneeId);
    if (!agent)
      return {
        ticketId: ticket.id,
        action: step.action,
        level: ticket.escalationLevel,
        priority: ticket.priority,
        assigneeId: ticket.assigneeId,
        outcome: 'no_agent_available',
      };
    Object.assign(changes, { assigneeId: agent.agentId, assignedAt: now() });
  }
  const updated = await updateTicket(tx, caller.tenantId, ticket.id, changes);
  await recordHistory(tx, {
    tenantId: caller.tenantId,
    ticketId: ticket.id,
    actorId: caller.userId,
    action: 'escalated',
    changes: { step },
  });
  const found = await findTicket(tx, caller.tenantId, ticket.id);
  const fact = { ...toTicket(updated, found?.customer ?? null), ticketId: ticket.id, actorId: caller.userId };
  if (step.action === 'raise_priority')
    await recordEvent(tx, caller, 'ticket.updated', { ...fact, changed: ['priority'] });
  if (step.action === 'reassign')
    await recordEvent(tx, caller, 'ticket.assigned', { ...fact, previousAssigneeId: ticket.assigneeId });
  await recordEvent(tx, caller, 'sla.escalated', {
    ticketId: ticket.id,
    action: step.action,
    level: step.level,
    priority: updated.priority,
    assigneeId: updated.assigneeId,
    previousAssigneeId: ticket.assigneeId,
    subject: updated.subject,
  });
  return {
    ticketId: ticket.id,
    action: step.action,
    level: step.level,
    priority: updated.priority,
    assigneeId: updated.assigneeId,
    outcome: 'done',
  };
}
