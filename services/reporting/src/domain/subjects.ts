import type { Envelope, EventType } from '@switchboard/contracts';

/** Which read model an event feeds, and what it is about (consumed_events.subject_id). */
export type Family = 'ticket' | 'agent' | 'user' | 'settings';

const families: { [T in EventType]?: Family } = {
  'ticket.created': 'ticket',
  'ticket.updated': 'ticket',
  'ticket.assigned': 'ticket',
  'ticket.unassigned': 'ticket',
  'ticket.status_changed': 'ticket',
  'ticket.resolved': 'ticket',
  'ticket.reopened': 'ticket',
  'ticket.tags_changed': 'ticket',
  'message.created': 'ticket',
  'csat.submitted': 'ticket',
  'sla.breached': 'ticket',
  'agent.clocked_in': 'agent',
  'agent.clocked_out': 'agent',
  'agent.break_started': 'agent',
  'agent.break_ended': 'agent',
  'agent.status_changed': 'agent',
  'agent.availability_changed': 'agent',
  'user.created': 'user',
  'user.updated': 'user',
  'user.deactivated': 'user',
  'shift_settings.updated': 'settings',
};

/** The event types reporting consumes. */
export const reportedEvents = Object.keys(families) as EventType[];

export function subjectOf(event: Envelope): { family: Family; subjectId: string } {
  const family = families[event.type as EventType];
  if (!family) throw new Error(`reporting does not consume ${event.type}`);
  const data = event.data as Record<string, unknown>;
  const id = {
    ticket: data.ticketId,
    agent: data.agentId,
    user: data.id ?? data.userId,
    settings: event.tenantId,
  };
  const subjectId = id[family];
  if (typeof subjectId !== 'string') throw new Error(`${event.type} ${event.id} names no ${family}`);
  return { family, subjectId };
}
