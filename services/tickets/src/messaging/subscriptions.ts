import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Tx } from '../data/db.js';
import type { TicketsDeps } from '../deps.js';
import { agentPresenceHandlers } from './on-agent-presence.handler.js';
import { onTenantCreated } from './on-tenant-created.handler.js';
import { onTicketResolved } from './on-ticket-resolved.handler.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/**
 * What the ticket service consumes from `tickets.events`. Its assigner gives an agent who comes
 * to work queued tickets at once; its mailer and config send survey links.
 */
function handlersFor(deps: TicketsDeps): EventHandlers<Tx> {
  return {
    'tenant.created': onTenantCreated,
    'user.created': onUserChanged,
    'user.updated': onUserChanged,
    'user.deactivated': onUserDeactivated,
    'ticket.resolved': onTicketResolved(deps),
    ...agentPresenceHandlers(deps.assigner),
  };
}

/** The queue's bindings, also declared ahead of the first start (see bin/prepare.ts). */
export const consumedEvents = Object.keys(handlersFor({} as TicketsDeps)) as EventType[];

export function subscribe(bus: Bus, deps: TicketsDeps) {
  return bus.consume({ service: 'tickets', db: deps.db, handlers: handlersFor(deps) });
}
