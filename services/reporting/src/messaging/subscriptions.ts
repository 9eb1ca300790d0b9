import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Db, Tx } from '../data/db.js';
import { reportedEvents } from '../domain/subjects.js';
import { onReportedEvent } from './on-reported-event.handler.js';

/** What the reporting service consumes from `reporting.events`: every fact a report counts. */
const handlers: EventHandlers<Tx> = Object.fromEntries(reportedEvents.map((type) => [type, onReportedEvent]));

/** The queue's bindings, also declared ahead of the first start (see bin/migrate.main.ts). */
export const consumedEvents: EventType[] = reportedEvents;

export function subscribe(bus: Bus, db: Db) {
  return bus.consume({ service: 'reporting', db, handlers });
}
