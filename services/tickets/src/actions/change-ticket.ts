import type { Caller } from '@switchboard/auth-verify';
import { now as clockNow } from '@switchboard/clock';
import {
  type EventContext,
  invalidInput,
  invalidTransition,
  notAllowed,
  type Priority,
  type Ticket,
  type TicketStatus,
} from '@switchboard/contracts';
import { type Actor, refuseTransition } from '@switchboard/ticket-rules';
import { issueSurvey } from '../data/csat.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import {
  recordHistory,
  type TicketRow,
  type TicketWithCustomer,
  updateTicket,
} from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { countsAsLoad } from '../domain/assignment.js';
import { milestonesOf } from '../domain/ticket-state.js';
import { writeTags } from './tags.js';
import { workableTicket } from './tickets.js';

export type TicketChanges = {
  status?: TicketStatus | undefined;
  priority?: Priority | undefined;
  subject?: string | undefined;
  category?: string | null | undefined;
  tags?: string[] | undefined;
  reason?: string | undefined;
};

/** PATCH /api/tickets/:id: field edits and a status change, in one transaction. */
export async function changeTicket(
  deps: TicketsDeps,
  caller: Caller,
  id: string,
  changes: TicketChanges,
): Promise<Ticket> {
  const changed = await deps.db.transaction(async (tx) => {
    const current = await applyChanges(tx, caller, await workableTicket(tx, caller, id), changes);
    return toTicket(current.ticket, current.customer);
  });
  // Committed: a ticket that stopped counting against its agent's capacity frees them for the queue;
  // a queued one may have just become someone's to take (another category).
  if (changed.status === 'NEW' || (changes.status && !countsAsLoad(changed.status)))
    void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return changed;
}

/** PATCH's changes to a locked ticket, in the caller's transaction (a macro applies its steps so). */
export async function applyChanges(
  tx: Tx,
  caller: Caller,
  ticket: TicketWithCustomer,
  changes: TicketChanges,
): Promise<TicketWithCustomer> {
  const { status, reason, tags, ...fields } = changes;
  let current = await editFields(tx, caller, ticket, fields);
  if (tags) current = await writeTags(tx, caller, current, tags, caller.userId);
  if (status && status !== current.ticket.status)
    current = await moveTicket(tx, caller, current, status, reason ?? null, caller);
  return current;
}

async function editFields(tx: Tx, caller: Caller, current: TicketWithCustomer, fields: Fields) {
  const changed = changedFields(current.ticket, fields);
  if (changed.length === 0) return current;
  const isSupervisor = caller.role === 'admin' || caller.role === 'supervisor';
  if (!isSupervisor && current.ticket.assigneeId !== caller.userId)
    throw notAllowed('Only the assignee or a supervisor edits this ticket');
  return writeFields(tx, caller, current, changed, fields, { actorId: caller.userId });
}

type Fields = Omit<TicketChanges, 'status' | 'reason' | 'tags'>;

/** The fields given that differ from the ticket's. */
export const changedFields = (ticket: TicketRow, fields: Fields) =>
  (Object.keys(fields) as (keyof Fields)[]).filter(
    (k) => fields[k] !== undefined && JSON.stringify(fields[k]) !== JSON.stringify(ticket[k]),
  );

/**
 * Writes changed fields of a locked ticket with their history row and `ticket.updated`. The system
 * (actorId null) says in `note` what acted for it, so the timeline can tell who set what.
 */
export async function writeFields(
  tx: Tx,
  origin: EventContext,
  current: TicketWithCustomer,
  changed: (keyof Fields)[],
  fields: Fields,
  by: { actorId: string | null; note?: Record<string, unknown> },
) {
  const patch = Object.fromEntries(changed.map((k) => [k, fields[k]]));
  const before = Object.fromEntries(changed.map((k) => [k, current.ticket[k]]));
  const ticket = await updateTicket(tx, origin.tenantId, current.ticket.id, patch);
  await recordHistory(tx, {
    tenantId: origin.tenantId,
    ticketId: ticket.id,
    actorId: by.actorId,
    action: 'updated',
    changes: { before, after: patch, ...by.note },
  });
  await recordEvent(tx, origin, 'ticket.updated', {
    ...toTicket(ticket, current.customer),
    ticketId: ticket.id,
    changed,
    actorId: by.actorId,
  });
  return { ...current, ticket };
}

/** What a status change also sets on the ticket; leaving approval adds its wait to the approval time. */
function effectsOf(current: TicketRow, to: TicketStatus, now: Date): Partial<TicketRow> {
  const from = current.status;
  if (from === 'RESOLUTION_REQUESTED') {
    const waited = Math.round((now.getTime() - current.statusChangedAt.getTime()) / 1000);
    return { ...outcomeOf(from, to, now), approvalWaitSeconds: current.approvalWaitSeconds + waited };
  }
  return outcomeOf(from, to, now);
}

function outcomeOf(from: TicketStatus, to: TicketStatus, now: Date): Partial<TicketRow> {
  if (to === 'NEW') return { assigneeId: null, assignedAt: null };
  if (to === 'RESOLVED') return { resolvedAt: now };
  if (to === 'CLOSED') return { closedAt: now };
  if (from === 'RESOLVED') return { resolvedAt: null };
  return {};
}

/** Moves a locked ticket along the state machine, with its history and events. */
export async function moveTicket(
  tx: Tx,
  origin: { tenantId: string; correlationId: string },
  current: TicketWithCustomer,
  to: TicketStatus,
  reason: string | null,
  actor: Actor & Partial<Caller>,
): Promise<TicketWithCustomer> {
  const refusal = refuseTransition(current.ticket, to, actor, reason);
  if (refusal?.code === 'INVALID_TRANSITION')
    throw invalidTransition(refusal.message, [{ allowed: refusal.allowed }]);
  if (refusal?.code === 'FORBIDDEN') throw notAllowed(refusal.message);
  if (refusal)
    throw invalidInput([{ field: `body.${refusal.field}`, message: refusal.message }], refusal.message);
  const actorId = 'system' in actor ? null : (actor.userId ?? null);
  return writeStatus(tx, origin, current, to, { reason, actorId });
}

/**
 * Writes a status the caller already allowed, with its history, `ticket.status_changed` and
 * milestones. A merge calls it directly: closing a duplicate is a system move the state machine
 * does not offer to people (only RESOLVED → CLOSED is).
 */
export async function writeStatus(
  tx: Tx,
  origin: { tenantId: string; correlationId: string },
  current: TicketWithCustomer,
  to: TicketStatus,
  by: { reason: string | null; actorId: string | null; extra?: Partial<TicketRow> },
): Promise<TicketWithCustomer> {
  const { reason, actorId } = by;
  const from = current.ticket.status;
  const now = clockNow();
  const ticket = await updateTicket(tx, origin.tenantId, current.ticket.id, {
    status: to,
    statusChangedAt: now,
    ...effectsOf(current.ticket, to, now),
    ...by.extra,
  });
  await recordHistory(tx, {
    tenantId: origin.tenantId,
    ticketId: ticket.id,
    actorId,
    action: 'status_changed',
    changes: { from, to, reason },
  });
  const fact = { ...toTicket(ticket, current.customer), ticketId: ticket.id, actorId };
  await recordEvent(tx, origin, 'ticket.status_changed', { ...fact, from, to, reason });
  for (const milestone of milestonesOf(from, to)) {
    if (milestone === 'ticket.unassigned') {
      await recordEvent(tx, origin, milestone, {
        ...fact,
        previousAssigneeId: current.ticket.assigneeId ?? '',
      });
    } else if (milestone === 'ticket.resolved') {
      const survey = { tenantId: origin.tenantId, ticketId: ticket.id, agentId: ticket.assigneeId };
      await recordEvent(tx, origin, milestone, { ...fact, csatToken: await issueSurvey(tx, survey) });
    } else await recordEvent(tx, origin, milestone, fact);
  }
  return { ...current, ticket };
}
