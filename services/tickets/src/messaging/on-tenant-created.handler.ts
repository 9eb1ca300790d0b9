import type { Envelope, EventData } from '@switchboard/contracts';
import type { Tx } from '../data/db.js';
import { upsertTenant } from '../data/tenants.repository.js';

/** The survey page names the tenant: this service keeps the names auth announces. */
export async function onTenantCreated(event: Envelope<EventData<'tenant.created'>>, tx: Tx): Promise<void> {
  await upsertTenant(tx, { tenantId: event.data.tenantId, name: event.data.name });
}
