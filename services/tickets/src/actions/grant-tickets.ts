import type { EventContext } from '@switchboard/contracts';
import { enqueueEvents } from '@switchboard/event-bus';
import { type Grant, giveTickets } from '../data/assignment.repository.js';
import type { Tx } from '../data/db.js';
import { ticketEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { findTickets, recordHistories } from '../data/tickets.repository.js';

/** A grant of an assignment pass, with why when it moves a ticket from one agent to another. */
export type PassGrant = Grant & { reason?: string };

/**
 * Gives locked tickets to agents with their history and events, the system acting (actorId
 * null), in a handful of statements whatever their number: per ticket, `ticket.assigned` and, for
 * a NEW one, `ticket.status_changed` NEW → ASSIGNED, in that order.
 */
export async function grantTickets(
  tx: Tx,
  origin: EventContext & { tenantId: string },
  grants: PassGrant[],
  now: Date,
) {
  if (grants.length === 0) return;
  await giveTickets(tx, origin.tenantId, grants, now);
  const rows = await findTickets(
    tx,
    origin.tenantId,
    grants.map((g) => g.ticketId),
  );
  const byId = new Map(rows.map((row) => [row.ticket.id, row]));
  await recordHistories(
    tx,
    grants.map(({ ticketId, expected, agentId, reason }) => ({
      tenantId: origin.tenantId,
      ticketId,
      actorId: null,
      action: 'assigned',
      changes: { from: expected.assigneeId, to: agentId, auto: true, ...(reason ? { reason } : {}) },
    })),
  );
  const events = grants.flatMap(({ ticketId, expected }) => {
    const row = byId.get(ticketId);
    if (!row) throw new Error(`ticket ${ticketId} vanished inside its transaction`);
    const fact = { ...toTicket(row.ticket, row.customer), ticketId, actorId: null };
    const assigned = ticketEvent(
      'ticket.assigned',
      { ...fact, previousAssigneeId: expected.assigneeId },
      origin,
    );
    if (expected.status !== 'NEW') return [assigned];
    return [
      assigned,
      ticketEvent('ticket.status_changed', { ...fact, from: 'NEW', to: 'ASSIGNED', reason: null }, origin),
    ];
  });
  await enqueueEvents(tx, events);
}
