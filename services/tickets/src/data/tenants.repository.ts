import type { Tx } from './db.js';
import { tenants } from './schema.js';

/** Keeps this service's copy of a tenant's display name (from tenant.created). */
export async function upsertTenant(tx: Tx, tenant: { tenantId: string; name: string }) {
  await tx
    .insert(tenants)
    .values(tenant)
    .onConflictDoUpdate({ target: tenants.tenantId, set: { name: tenant.name } });
}
