import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Db, Tx } from '../data/db.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/** What the ticket service consumes from `tickets.events`. */
export function subscribe(bus: Bus, db: Db) {
  const handlers: EventHandlers<Tx> = {
    'user.created': onUserChanged,
    'user.updated': onUserChanged,
    'user.deactivated': onUserDeactivated,
  };
  return bus.consume({ service: 'tickets', db, handlers });
}
