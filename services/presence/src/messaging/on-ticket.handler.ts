import type { Envelope, EventData } from '@switchboard/contracts';
import { refreshAvailability } from '../actions/availability.js';
import { lockAgent } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { applyTicketFact } from '../data/tickets.repository.js';
import { originOf } from './origin.js';

type TicketEvent = Envelope<
  | EventData<'ticket.created'>
  | EventData<'ticket.assigned'>
  | EventData<'ticket.unassigned'>
  | EventData<'ticket.status_changed'>
>;

/**
 * Keeps whose and who works which ticket (ticket.created / assigned / unassigned / status_changed), then re-derives
 * the availability of every agent the ticket left or reached: open tickets count against capacity.
 */
export async function onTicketChanged(event: TicketEvent, tx: Tx): Promise<void> {
  const { data } = event;
  const status = 'to' in data ? data.to : data.status;
  const applied = await applyTicketFact(tx, {
    ticketId: data.ticketId,
    tenantId: event.tenantId,
    agentId: data.assigneeId,
    status,
    updatedAt: new Date(data.updatedAt),
  });
  if (!applied) return;
  const previous = 'previousAssigneeId' in data ? data.previousAssigneeId : null;
  const touched = [...new Set([applied.before, data.assigneeId, previous])]
    .filter((id): id is string => typeof id === 'string')
    .sort(); // one lock order, so two tickets moving between the same agents never deadlock
  for (const agentId of touched) {
    const agent = await lockAgent(tx, event.tenantId, agentId);
    if (agent) await refreshAvailability(tx, originOf(event), agent, new Date(event.occurredAt));
  }
}
