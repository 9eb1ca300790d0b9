import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Db, Tx } from '../data/db.js';
import { onMessageCreated, onTicketAssigned, onTicketResolved } from './on-agent-work.handler.js';
import { onBroadcastRequested } from './on-broadcast-requested.handler.js';
import { onCapacityChanged } from './on-capacity.handler.js';
import { onSocketConnected, onSocketDisconnected } from './on-socket.handler.js';
import { onTicketChanged } from './on-ticket.handler.js';
import { onUserChanged, onUserDeactivated } from './on-user-changed.handler.js';

/** What the presence service consumes from `presence.events`. */
const handlers: EventHandlers<Tx> = {
  'user.created': onUserChanged,
  'user.updated': onUserChanged,
  'user.deactivated': onUserDeactivated,
  'socket.connected': onSocketConnected,
  'socket.disconnected': onSocketDisconnected,
  // Every ticket, assigned or not, so a help request cannot name another tenant's.
  'ticket.created': onTicketChanged,
  'ticket.assigned': onTicketAssigned,
  'ticket.unassigned': onTicketChanged,
  'ticket.status_changed': onTicketChanged,
  'ticket.resolved': onTicketResolved,
  'message.created': onMessageCreated,
  'agent.capacity_changed': onCapacityChanged,
  'broadcast.requested': onBroadcastRequested,
};

/** The queue's bindings, also declared ahead of the first start (see bin/migrate.main.ts). */
export const consumedEvents = Object.keys(handlers) as EventType[];

export function subscribe(bus: Bus, db: Db) {
  return bus.consume({ service: 'presence', db, handlers });
}
