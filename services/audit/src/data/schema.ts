import type { Role } from '@switchboard/contracts';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export { outbox, processedEvents } from '@switchboard/event-bus';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One row per change an admin or supervisor made (GET /api/audit). Append-only: the id is the
 * event's, and a trigger (drizzle/0001_audit_append_only_sql.sql) refuses UPDATE and DELETE.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id').notNull(),
    at: at('at').notNull(),
    actorId: uuid('actor_id').notNull(),
    actorRole: text('actor_role').$type<Role>().notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    /** Null: the events do not carry the client's address (docs/decisions.md). */
    ip: text('ip'),
    correlationId: text('correlation_id').notNull(),
  },
  (t) => [index('audit_entries_tenant_at_idx').on(t.tenantId, t.at)],
);

/**
 * The last known state of every audited target (a user's role and profile, a macro, a canned
 * response), from the events themselves: the `before` of the next change, and for users the
 * role an actor held when acting.
 */
export const knownStates = pgTable(
  'known_states',
  {
    tenantId: uuid('tenant_id').notNull(),
    targetType: text('target_type').notNull(),
    targetId: uuid('target_id').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.targetType, t.targetId] })],
);
