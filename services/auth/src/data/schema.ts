import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  slug: text('slug').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    username: text('username').notNull(),
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ['admin', 'supervisor', 'agent', 'viewer'] }).notNull(),
    department: text('department').notNull(),
    phone: text('phone'),
    passwordHash: text('password_hash').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    onlineStatus: text('online_status', { enum: ['online', 'away', 'busy', 'offline'] })
      .notNull()
      .default('offline'),
    lastSeen: timestamp('last_seen', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    avatar: text('avatar'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_tenant_username_uq').on(t.tenantId, sql`lower(${t.username})`),
    uniqueIndex('users_tenant_email_uq').on(t.tenantId, sql`lower(${t.email})`),
    index('users_username_idx').on(sql`lower(${t.username})`),
    index('users_email_idx').on(sql`lower(${t.email})`),
    index('users_tenant_role_idx').on(t.tenantId, t.role),
    index('users_tenant_department_idx').on(t.tenantId, t.department),
  ],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);

/** Ed25519 signing keys; several are published at once so rotation needs no downtime. */
export const signingKeys = pgTable('signing_keys', {
  kid: text('kid').primaryKey(),
  publicJwk: jsonb('public_jwk').notNull(),
  privateJwk: jsonb('private_jwk').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  retiredAt: timestamp('retired_at', { withTimezone: true }),
});

/**
 * Each agent's performance as reporting last announced it (agent.performance_changed): the
 * numbers of the agent object that the auth service does not own (docs/decisions.md).
 */
export const agentPerformance = pgTable(
  'agent_performance',
  {
    agentId: uuid('agent_id').notNull(),
    tenantId: uuid('tenant_id').notNull(),
    currentTickets: integer('current_tickets').notNull(),
    totalTicketsHandled: integer('total_tickets_handled').notNull(),
    avgResponseTime: doublePrecision('avg_response_time'),
    customerSatisfaction: doublePrecision('customer_satisfaction'),
    ticketsResolvedToday: integer('tickets_resolved_today').notNull(),
    messagesHandledToday: integer('messages_handled_today').notNull(),
    onlineHoursToday: doublePrecision('online_hours_today').notNull(),
    performanceLevel: text('performance_level', { enum: ['high', 'medium', 'low'] }),
    measuredAt: timestamp('measured_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // Keyed by tenant too: an event naming another tenant's agent cannot take that agent's row.
    primaryKey({ columns: [t.tenantId, t.agentId] }),
    index('agent_performance_tenant_level_idx').on(t.tenantId, t.performanceLevel),
  ],
);

/**
 * Per tenant, a counter every change to its agents (a users or agent_performance row) raises,
 * at commit, by trigger (drizzle/0001): the agent cache's keys carry it (docs/decisions.md).
 */
export const agentGenerations = pgTable('agent_generations', {
  tenantId: uuid('tenant_id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
});
