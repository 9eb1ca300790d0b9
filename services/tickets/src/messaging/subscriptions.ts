import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Assigner } from '../actions/assigner.js';
import type { Tx } from '../data/db.js';
import type { TicketsDeps } from '../deps.js';
import { agentPresenceHandlers } from './on-agent-presence.handler.js';
import { onMessageClassified } from './on-message-classified.handler.js';
import { onTenantCreated } from './on-tenant-created.handler.js';
import { onTicketResolved } from './on-ticket-resolved.handler.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/**
 * What the ticket service consumes from `tickets.events`, in order. With an `assigner`, an agent
 * who comes to work gets queued tickets at once; without one, only at the next assignment sweep.
 */
function handlersFor(assigner?: Assigner): EventHandlers<Tx> {
  return {
    'tenant.created': onTenantCreated,
    'user.created': onUserChanged,
    'user.updated': onUserChanged,
    'user.deactivated': onUserDeactivated,
    ...agentPresenceHandlers(assigner),
    'ai.message_classified': onMessageClassified,
  };
}

/** The queues' bindings, also declared ahead of the first start (see bin/prepare.ts). */
export const consumedEvents = Object.keys(handlersFor()) as EventType[];
export const SURVEY_CONSUMER = 'tickets-csat';
export const surveyEvents: EventType[] = ['ticket.resolved'];

export function subscribe(bus: Bus, deps: TicketsDeps) {
  return bus.consume({ service: 'tickets', db: deps.db, handlers: handlersFor(deps.assigner) });
}

/**
 * Survey links go out from a queue of their own (docs/decisions.md "The CSAT link reaches the
 * customer"), so a slow mail server or channel never holds up the events above. No inbox
 * transaction: a send cannot be rolled back, so the handler is idempotent by itself, recording
 * each channel the moment it carried the link (csat_deliveries).
 */
export function subscribeSurveys(bus: Bus, deps: TicketsDeps) {
  return bus.consumeIdempotent({
    service: SURVEY_CONSUMER,
    handlers: { 'ticket.resolved': onTicketResolved(deps) },
  });
}
