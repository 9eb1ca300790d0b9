import type { Envelope, EventData } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { applyTicket } from '../data/tickets.repository.js';
import { excerpt } from '../domain/texts.js';
import { notify } from './notify.js';

export type TicketData =
  | EventData<'ticket.created'>
  | EventData<'ticket.updated'>
  | EventData<'ticket.assigned'>
  | EventData<'ticket.unassigned'>
  | EventData<'ticket.status_changed'>
  | EventData<'ticket.resolved'>
  | EventData<'ticket.reopened'>;

/** Keeps the ticket's subject and assignee as its latest event says (titles, and who may read it). */
export const projectTicket = (tx: Tx, event: Envelope<TicketData>): Promise<void> =>
  applyTicket(tx, {
    ticketId: event.data.ticketId,
    tenantId: event.tenantId,
    subject: event.data.subject,
    assigneeId: event.data.assigneeId,
    ticketUpdatedAt: new Date(event.data.updatedAt),
  });

/** A ticket given to someone tells them, unless they took it themself. */
export async function notifyAssigned(tx: Tx, event: Envelope<EventData<'ticket.assigned'>>): Promise<void> {
  const t = event.data;
  if (!t.assigneeId || t.assigneeId === t.actorId) return;
  await notify(tx, event, [
    {
      userId: t.assigneeId,
      type: 'assigned',
      ticketId: t.ticketId,
      title: t.subject,
      body: excerpt(t.description),
    },
  ]);
}

/** An SLA warning or breach tells the ticket's assignee (the supervisors have their own views). */
export async function notifySla(
  tx: Tx,
  event: Envelope<EventData<'sla.warning'> | EventData<'sla.breached'>>,
): Promise<void> {
  const s = event.data;
  if (!s.assigneeId) return;
  const type = event.type === 'sla.warning' ? 'sla_warning' : 'sla_breached';
  await notify(tx, event, [
    { userId: s.assigneeId, type, ticketId: s.ticketId, title: s.subject, body: s.target },
  ]);
}
