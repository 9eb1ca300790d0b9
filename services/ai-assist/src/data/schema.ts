import { now } from '@switchboard/clock';
import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TenantModel } from '../domain/tenant-model.js';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One row per tenant: its own classifier, never read for another tenant. */
export const tenantModels = pgTable('tenant_models', {
  tenantId: uuid('tenant_id').primaryKey(),
  model: jsonb('model').$type<TenantModel>().notNull(),
  /** Labelled tickets learned since the last full retrain, to decide when to retrain. */
  learnedSinceTrain: integer('learned_since_train').notNull().default(0),
  trainedAt: at('trained_at').notNull().defaultNow().$defaultFn(now),
  updatedAt: at('updated_at').notNull().defaultNow().$defaultFn(now),
});
