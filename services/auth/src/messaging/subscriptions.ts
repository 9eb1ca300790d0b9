import type { EventType } from '@switchboard/contracts';
import type { Bus, EventHandlers } from '@switchboard/event-bus';
import type { Db, Tx } from '../data/db.js';
import { onAgentPerformanceChanged } from './on-agent-performance-changed.handler.js';
import { onAgentStatusChanged } from './on-agent-status-changed.handler.js';

const handlers: EventHandlers<Tx> = {
  'agent.status_changed': onAgentStatusChanged,
  'agent.performance_changed': onAgentPerformanceChanged,
};

/** The queue's bindings, also declared ahead of the first start (see bin/migrate.main.ts). */
export const consumedEvents = Object.keys(handlers) as EventType[];

/** What the auth service consumes from `auth.events`. */
export const subscribe = (bus: Bus, db: Db) => bus.consume({ service: 'auth', db, handlers });
