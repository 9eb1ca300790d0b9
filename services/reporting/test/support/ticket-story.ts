import {
  type Envelope,
  type EventData,
  type EventType,
  type Ticket,
  type TicketStatus,
  uuidv7,
} from '@switchboard/contracts';
import { announcedTicket } from '@switchboard/testing';
import { eventAt } from './event-at.js';

/** One ticket's life, told step by step; `events` holds what the ticket service published. */
export function ticketStory(
  tenantId: string,
  opts: {
    at: string;
    createdBy?: string | null;
    priority?: Ticket['priority'];
    number?: number;
    customer?: Ticket['customer'];
  },
) {
  const id = uuidv7();
  const events: Envelope[] = [];
  let requestedAt: number | null = null;
  let ticket: Ticket = announcedTicket(tenantId, {
    id,
    number: opts.number ?? 1,
    description: 'Something broke',
    priority: opts.priority ?? 'medium',
    customer: opts.customer ?? null,
    createdBy: opts.createdBy ?? null,
    createdAt: new Date(opts.at).toISOString(),
  });
  const emit = <T extends EventType>(type: T, data: EventData<T>, at: string) =>
    events.push(eventAt(type, tenantId, data, at, 'tickets'));
  const fact = () => ({ ...ticket, ticketId: id });
  emit('ticket.created', fact(), opts.at);

  const story = {
    id,
    events,
    assign(agentId: string, at: string, requiresApproval = false) {
      const previousAssigneeId = ticket.assigneeId;
      const from = ticket.status;
      const status: TicketStatus = from === 'NEW' ? 'ASSIGNED' : from;
      ticket = {
        ...ticket,
        assigneeId: agentId,
        status,
        requiresApproval,
        updatedAt: new Date(at).toISOString(),
      };
      emit('ticket.assigned', { ...fact(), previousAssigneeId, actorId: null }, at);
      if (from !== status)
        emit('ticket.status_changed', { ...fact(), from, to: status, reason: null, actorId: null }, at);
      return story;
    },
    move(to: TicketStatus, at: string) {
      const from = ticket.status;
      const now = new Date(at);
      let approvalWaitSeconds = ticket.approvalWaitSeconds;
      if (from === 'RESOLUTION_REQUESTED' && requestedAt !== null) {
        approvalWaitSeconds += Math.round((now.getTime() - requestedAt) / 1000);
      }
      requestedAt = to === 'RESOLUTION_REQUESTED' ? now.getTime() : null;
      const resolvedAt =
        to === 'RESOLVED' ? now.toISOString() : from === 'RESOLVED' ? null : ticket.resolvedAt;
      const closedAt = to === 'CLOSED' ? now.toISOString() : ticket.closedAt;
      ticket = {
        ...ticket,
        status: to,
        resolvedAt,
        closedAt,
        approvalWaitSeconds,
        updatedAt: now.toISOString(),
      };
      emit('ticket.status_changed', { ...fact(), from, to, reason: null, actorId: null }, at);
      if (to === 'RESOLVED') emit('ticket.resolved', { ...fact(), actorId: null, csatToken: uuidv7() }, at);
      if (from === 'RESOLVED' && to === 'IN_PROGRESS')
        emit('ticket.reopened', { ...fact(), actorId: null }, at);
      return story;
    },
    message(
      authorType: 'agent' | 'customer' | 'system',
      authorId: string | null,
      at: string,
      internal = false,
    ) {
      const messageId = uuidv7();
      const base = { id: messageId, tenantId, ticketId: id, authorType, authorId, body: 'text', internal };
      const message = {
        ...base,
        deliveryStatus: 'sent' as const,
        externalId: null,
        createdAt: new Date(at).toISOString(),
      };
      emit('message.created', { ...message, messageId, ticketAssigneeId: ticket.assigneeId }, at);
      return story;
    },
    tag(tags: string[], at: string) {
      const added = tags.filter((t) => !ticket.tags.includes(t));
      const removed = ticket.tags.filter((t) => !tags.includes(t));
      ticket = { ...ticket, tags, updatedAt: new Date(at).toISOString() };
      emit('ticket.tags_changed', { ...fact(), added, removed, actorId: null }, at);
      return story;
    },
    reply: (agentId: string, at: string, internal = false) => story.message('agent', agentId, at, internal),
    customer: (at: string) => story.message('customer', null, at),
    csat(rating: number, at: string) {
      const answeredAt = new Date(at).toISOString();
      emit(
        'csat.submitted',
        { ticketId: id, agentId: ticket.assigneeId, rating, comment: null, answeredAt },
        at,
      );
      return story;
    },
    breach(target: 'first_response' | 'next_response' | 'resolution', at: string) {
      const crossedAt = new Date(at).toISOString();
      const crossing = {
        ticketId: id,
        target,
        priority: ticket.priority,
        assigneeId: ticket.assigneeId,
        subject: ticket.subject,
      };
      emit(
        'sla.breached',
        { ...crossing, clockStartedAt: ticket.createdAt, crossedAt, targetMinutes: 30 },
        at,
      );
      return story;
    },
  };
  return story;
}
