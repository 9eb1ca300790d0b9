import type { Envelope, EventData } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { applyTicketFact, keepAgentReply, keepCustomerMessage } from '../data/tickets.repository.js';
import { type LabelMarks, labelsOfCreated, labelsOfUpdated, learnsFrom } from '../domain/labels.js';
import { learnLabelledTicket } from './learning.js';

export type TicketData =
  | EventData<'ticket.created'>
  | EventData<'ticket.updated'>
  | EventData<'ticket.assigned'>
  | EventData<'ticket.unassigned'>
  | EventData<'ticket.status_changed'>
  | EventData<'ticket.resolved'>
  | EventData<'ticket.reopened'>;

function marksOf(type: string, data: TicketData): LabelMarks {
  if (type === 'ticket.created') return labelsOfCreated(data);
  if (type === 'ticket.updated' && 'changed' in data) return labelsOfUpdated(data);
  return {};
}

/**
 * Keeps the ticket as its latest event says and, when a person set its category or priority,
 * teaches the tenant's model at once (ticket.* events, docs/ai.md "The service").
 */
export async function projectTicket(tx: Tx, event: Envelope<TicketData>): Promise<void> {
  const { data } = event;
  const marks = marksOf(event.type, data);
  const row = await applyTicketFact(
    tx,
    {
      ticketId: data.ticketId,
      tenantId: event.tenantId,
      subject: data.subject,
      description: data.description,
      category: data.category,
      priority: data.priority,
      assigneeId: data.assigneeId,
      status: data.status,
      customerName: data.customer?.name ?? null,
      ticketUpdatedAt: new Date(data.updatedAt),
    },
    marks,
  );
  if (row && learnsFrom(marks)) await learnLabelledTicket(tx, row);
}

type Message = EventData<'message.created'>;

/** What a message adds to the ticket: the customer's first words, or the agent's latest reply. */
export async function projectMessage(tx: Tx, tenantId: string, message: Message): Promise<void> {
  if (message.internal) return;
  if (message.authorType === 'agent') {
    await keepAgentReply(tx, tenantId, message.ticketId, message.body);
  } else if (message.authorType === 'customer') {
    await keepCustomerMessage(tx, tenantId, message.ticketId, {
      body: message.body,
      authorName: message.authorName ?? null,
    });
  }
}
