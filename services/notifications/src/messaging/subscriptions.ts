import type { Envelope, EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import { notifyHelpAnswered } from '../actions/help.js';
import { notifyMessage } from '../actions/mentions.js';
import { notifyAssigned, notifySla, projectTicket, type TicketData } from '../actions/tickets.js';
import { projectDeactivated, projectUser } from '../actions/users.js';
import type { Tx } from '../data/db.js';
import type { NotificationsDeps } from '../deps.js';

const onTicket = (event: Envelope<TicketData>, tx: Tx) => projectTicket(tx, event);

// Every ticket event carries the whole ticket: each keeps the projection current.
const ticketHandlers = {
  'ticket.created': onTicket,
  'ticket.updated': onTicket,
  'ticket.unassigned': onTicket,
  'ticket.status_changed': onTicket,
  'ticket.resolved': onTicket,
  'ticket.reopened': onTicket,
} satisfies EventHandlers<Tx>;

/** What the notifications service consumes from `notifications.events`. */
const handlers: EventHandlers<Tx> = {
  ...ticketHandlers,
  'ticket.assigned': async (event, tx) => {
    await projectTicket(tx, event);
    await notifyAssigned(tx, event);
  },
  'user.created': (event, tx) => projectUser(tx, event),
  'user.updated': (event, tx) => projectUser(tx, event),
  'user.deactivated': (event, tx) => projectDeactivated(tx, event),
  'message.created': (event, tx) => notifyMessage(tx, event),
  'help.updated': (event, tx) => notifyHelpAnswered(tx, event),
  'sla.warning': (event, tx) => notifySla(tx, event),
  'sla.breached': (event, tx) => notifySla(tx, event),
};

/** The queue's bindings, also declared ahead of the first start (see bin/prepare.ts). */
export const consumedEvents = Object.keys(handlers) as EventType[];

export function subscribe(bus: Bus, deps: NotificationsDeps) {
  return bus.consume({ service: 'notifications', db: deps.db, handlers });
}
