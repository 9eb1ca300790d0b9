import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Tx } from '../data/db.js';
import type { AiAssistDeps } from '../deps.js';
import { onCannedChanged, onCannedDeleted } from './on-canned.handler.js';
import { onMessageCreated } from './on-message.handler.js';
import { onTicketChanged } from './on-ticket.handler.js';

// Every ticket event carries the whole ticket: each keeps the projection current.
const ticketHandlers = {
  'ticket.created': onTicketChanged,
  'ticket.updated': onTicketChanged,
  'ticket.assigned': onTicketChanged,
  'ticket.unassigned': onTicketChanged,
  'ticket.status_changed': onTicketChanged,
  'ticket.resolved': onTicketChanged,
  'ticket.reopened': onTicketChanged,
} satisfies EventHandlers<Tx>;

// The canned responses a draft may be built on (issue 19).
const cannedHandlers = {
  'canned_response.created': onCannedChanged,
  'canned_response.updated': onCannedChanged,
  'canned_response.deleted': onCannedDeleted,
} satisfies EventHandlers<Tx>;

/** What the AI assist service consumes from `ai-assist.events`. */
const handlers = (deps: AiAssistDeps): EventHandlers<Tx> => ({
  ...ticketHandlers,
  ...cannedHandlers,
  'message.created': onMessageCreated(deps),
});

/** The queue's bindings, also declared ahead of the first start (see bin/prepare.ts). */
export const consumedEvents = [
  ...Object.keys(ticketHandlers),
  ...Object.keys(cannedHandlers),
  'message.created',
] as EventType[];

export function subscribe(bus: Bus, deps: AiAssistDeps) {
  return bus.consume({ service: 'ai-assist', db: deps.db, handlers: handlers(deps) });
}
