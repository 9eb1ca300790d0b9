import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The tenant's users as auth announces them, with what presence derives about each. */
export const agents = pgTable(
  'agents',
  {
    agentId: uuid('agent_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    role: text('role').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    onlineStatus: text('online_status', { enum: ['online', 'away', 'busy', 'offline'] })
      .notNull()
      .default('offline'),
    /** Open tickets the agent takes; null when unknown (3 is assumed). */
    capacity: integer('capacity'),
    /** The availability last published, and since when. */
    availability: text('availability', { enum: ['available', 'busy', 'offline'] })
      .notNull()
      .default('offline'),
    availabilitySince: at('availability_since').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('agents_tenant_idx').on(t.tenantId)],
);

/** Clock-in → clock-out; at most one open per agent. */
export const workSessions = pgTable(
  'work_sessions',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('work_sessions_tenant_agent_idx').on(t.tenantId, t.agentId, t.startedAt),
    uniqueIndex('work_sessions_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** What the agent does inside a work session: working, on a break, on a call; one open at a time. */
export const activityIntervals = pgTable(
  'activity_intervals',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => workSessions.id),
    kind: text('kind', { enum: ['working', 'break', 'on_call'] }).notNull(),
    reason: text('reason'),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('activity_intervals_session_idx').on(t.sessionId),
    uniqueIndex('activity_intervals_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** The online status the agent showed, as intervals; one open at a time. */
export const statusIntervals = pgTable(
  'status_intervals',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    status: text('status', { enum: ['online', 'away', 'busy', 'offline'] }).notNull(),
    startedAt: at('started_at').notNull(),
    endedAt: at('ended_at'),
  },
  (t) => [
    index('status_intervals_tenant_agent_idx').on(t.tenantId, t.agentId, t.startedAt),
    uniqueIndex('status_intervals_one_open_uq').on(t.agentId).where(sql`${t.endedAt} is null`),
  ],
);

/** Browser sockets as the gateways report them (socket.connected / socket.disconnected). */
export const socketConnections = pgTable(
  'socket_connections',
  {
    socketId: text('socket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id').notNull(),
    gatewayId: text('gateway_id').notNull(),
    connectedAt: at('connected_at'),
    disconnectedAt: at('disconnected_at'),
  },
  (t) => [index('socket_connections_user_idx').on(t.userId)],
);

/** Who works which ticket, kept from ticket events to count open tickets per agent. */
export const ticketAssignments = pgTable(
  'ticket_assignments',
  {
    ticketId: uuid('ticket_id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    agentId: uuid('agent_id'),
    status: text('status').notNull(),
    /** The ticket's updatedAt in the last applied event: an older event does not overwrite a newer one. */
    ticketUpdatedAt: at('ticket_updated_at').notNull(),
  },
  (t) => [index('ticket_assignments_agent_idx').on(t.tenantId, t.agentId)],
);
