import { now } from '@switchboard/clock';
import { eq, sql } from 'drizzle-orm';
import type { TenantModel } from '../domain/tenant-model.js';
import type { Tx } from './db.js';
import { tenantModels } from './schema.js';

export interface StoredTenantModel {
  model: TenantModel;
  learnedSinceTrain: number;
  trainedAt: Date;
}

const stored = {
  model: tenantModels.model,
  learnedSinceTrain: tenantModels.learnedSinceTrain,
  trainedAt: tenantModels.trainedAt,
};

export async function findTenantModel(db: Tx, tenantId: string): Promise<StoredTenantModel | null> {
  const [row] = await db.select(stored).from(tenantModels).where(eq(tenantModels.tenantId, tenantId));
  return row ?? null;
}

/** After a full retrain: the new model replaces the old and the learned count starts again. */
export async function saveTrainedModel(db: Tx, tenantId: string, model: TenantModel): Promise<void> {
  const at = now();
  await db
    .insert(tenantModels)
    .values({ tenantId, model, learnedSinceTrain: 0, trainedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: tenantModels.tenantId,
      set: { model, learnedSinceTrain: 0, trainedAt: at, updatedAt: at },
    });
}

/** After learning one more labelled ticket incrementally. */
export async function saveLearnedModel(db: Tx, tenantId: string, model: TenantModel): Promise<void> {
  const at = now();
  await db
    .insert(tenantModels)
    .values({ tenantId, model, learnedSinceTrain: 1, trainedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: tenantModels.tenantId,
      set: { model, learnedSinceTrain: sql`${tenantModels.learnedSinceTrain} + 1`, updatedAt: at },
    });
}

/** Tenants with labels learned since their last full train: the retrain job's work. */
export async function tenantsToRetrain(db: Tx): Promise<string[]> {
  const rows = await db
    .select({ tenantId: tenantModels.tenantId })
    .from(tenantModels)
    .where(sql`${tenantModels.learnedSinceTrain} > 0`);
  return rows.map((r) => r.tenantId);
}

/** The tenant's model row, locked until the transaction ends (learning and retraining take turns). */
export async function lockTenantModel(tx: Tx, tenantId: string): Promise<StoredTenantModel | null> {
  const [row] = await tx
    .select(stored)
    .from(tenantModels)
    .where(eq(tenantModels.tenantId, tenantId))
    .for('update');
  return row ?? null;
}
