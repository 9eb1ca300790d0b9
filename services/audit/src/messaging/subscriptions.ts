import type { Bus, EventHandler, EventHandlers } from '@switchboard/event-bus';
import { recordChange } from '../actions/record.js';
import type { Tx } from '../data/db.js';
import type { AuditDeps } from '../deps.js';
import { type AuditedEvent, auditedEvents } from '../domain/facts.js';

/** Every audited event goes through one handler; domain/facts.ts says what each one changed. */
const handler: EventHandler<AuditedEvent, Tx> = recordChange;
const handlers: EventHandlers<Tx> = Object.fromEntries(auditedEvents.map((type) => [type, handler]));

/** The queue's bindings, also declared ahead of the first start (see bin/prepare.ts). */
export const consumedEvents = auditedEvents;

export function subscribe(bus: Bus, deps: AuditDeps) {
  return bus.consume({ service: 'audit', db: deps.db, handlers });
}
