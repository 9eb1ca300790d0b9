import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Assigner } from '../actions/assigner.js';
import type { Db, Tx } from '../data/db.js';
import { agentPresenceHandlers } from './on-agent-presence.handler.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/**
 * What the ticket service consumes from `tickets.events`. With an `assigner`, an agent who comes to
 * work gets queued tickets at once; without one, only at the next assignment sweep.
 */
function handlersFor(assigner?: Assigner): EventHandlers<Tx> {
  return {
    'user.created': onUserChanged,
    'user.updated': onUserChanged,
    'user.deactivated': onUserDeactivated,
    ...agentPresenceHandlers(assigner),
  };
}

/** The queue's bindings, also declared ahead of the first start (see bin/migrate.main.ts). */
export const consumedEvents = Object.keys(handlersFor()) as EventType[];

export function subscribe(bus: Bus, db: Db, assigner?: Assigner) {
  return bus.consume({ service: 'tickets', db, handlers: handlersFor(assigner) });
}
