import type { Envelope, EventData, Message, Ticket } from '@switchboard/contracts';

/*
 * A ticket's stored events, sorted into what its projection reads. Every time is the domain's own
 * (the ticket's updatedAt, a message's createdAt, a survey's answeredAt, a breach's crossedAt), so
 * the projection does not depend on when or in which order the events arrived.
 */
export type TicketState = { eventId: string; at: Date; occurredAt: string; ticket: Ticket };
export type MessageFact = Pick<Message, 'authorType' | 'authorId' | 'internal'> & { id: string; at: Date };
export type CsatAnswer = { rating: number; at: Date };
export type Breach = { target: EventData<'sla.breached'>['target']; at: Date };
export type TicketInputs = {
  states: TicketState[];
  messages: MessageFact[];
  answers: CsatAnswer[];
  breaches: Breach[];
};

const stateTypes = new Set([
  'ticket.created',
  'ticket.updated',
  'ticket.assigned',
  'ticket.unassigned',
  'ticket.status_changed',
  'ticket.resolved',
  'ticket.reopened',
  'ticket.tags_changed',
]);

const byTime =
  <T extends { at: Date }>(key: (x: T) => string) =>
  (a: T, b: T) =>
    a.at.getTime() - b.at.getTime() || key(a).localeCompare(key(b));

/**
 * Splits a ticket's events by kind, each list in time order (ties broken by id, so always the
 * same), each event once however often it is given.
 */
export function ticketInputsOf(events: readonly Envelope[]): TicketInputs {
  const inputs: TicketInputs = { states: [], messages: [], answers: [], breaches: [] };
  const unique = new Map(events.map((e) => [e.id, e]));
  for (const event of unique.values()) {
    if (stateTypes.has(event.type)) {
      const ticket = event.data as Ticket;
      inputs.states.push({
        eventId: event.id,
        at: new Date(ticket.updatedAt),
        occurredAt: event.occurredAt,
        ticket,
      });
    } else if (event.type === 'message.created') {
      const m = event.data as EventData<'message.created'>;
      const { authorType, authorId, internal } = m;
      inputs.messages.push({ id: m.messageId, authorType, authorId, internal, at: new Date(m.createdAt) });
    } else if (event.type === 'csat.submitted') {
      const answer = event.data as EventData<'csat.submitted'>;
      inputs.answers.push({ rating: answer.rating, at: new Date(answer.answeredAt) });
    } else if (event.type === 'sla.breached') {
      const breach = event.data as EventData<'sla.breached'>;
      inputs.breaches.push({ target: breach.target, at: new Date(breach.crossedAt) });
    }
  }
  inputs.states.sort(byTime((s) => `${s.occurredAt} ${s.eventId}`));
  inputs.messages.sort(byTime((m) => m.id));
  inputs.answers.sort(byTime((a) => String(a.rating)));
  inputs.breaches.sort(byTime((b) => b.target));
  return inputs;
}
