import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Assigner } from '../actions/auto-assign.js';
import type { Db, Tx } from '../data/db.js';
import { agentPresenceHandlers } from './on-agent-presence.handler.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/**
 * What the ticket service consumes from `tickets.events`. With an `assigner`, an agent who comes to
 * work gets queued tickets at once; without one, only at the next assignment sweep.
 */
export function subscribe(bus: Bus, db: Db, assigner?: Assigner) {
  const handlers: EventHandlers<Tx> = {
    'user.created': onUserChanged,
    'user.updated': onUserChanged,
    'user.deactivated': onUserDeactivated,
    ...agentPresenceHandlers(assigner),
  };
  return bus.consume({ service: 'tickets', db, handlers });
}
