import type { Envelope } from '@switchboard/contracts';
import { type ReplayCursor, replayPage, tenantsWithEvents } from '../data/consumed-events.repository.js';
import { markDirty } from '../data/dashboards.repository.js';
import type { Db } from '../data/db.js';
import { lockTenant } from '../data/locks.js';
import { clearReadModels } from '../data/read-models.js';
import { project } from './project.js';

const PAGE = 500;

/**
 * Empties the tenant's read models and replays its stored events in (occurredAt, id) order, in one
 * transaction: readers see the old numbers until the new ones are complete, and events arriving
 * meanwhile wait for it (the tenant lock) and are applied after. Each subject is projected once,
 * from all its events, when its first event comes up.
 */
export async function rebuildTenant(db: Db, tenantId: string) {
  return db.transaction(async (tx) => {
    await lockTenant(tx, tenantId);
    await clearReadModels(tx, tenantId);
    const projected = new Set<string>();
    let [cursor, events] = [null as ReplayCursor | null, 0];
    for (;;) {
      const page = await replayPage(tx, tenantId, cursor, PAGE);
      for (const row of page) await project(tx, row.envelope as Envelope, projected);
      events += page.length;
      const last = page.at(-1);
      if (!last || page.length < PAGE) break;
      cursor = { occurredAt: last.occurredAt, id: last.id };
    }
    await markDirty(tx, tenantId, new Date());
    return { events };
  });
}

/** Rebuilds every tenant that has stored events, one transaction each (./manage.sh rebuild-reports). */
export async function rebuildAll(db: Db) {
  let events = 0;
  const tenants = await tenantsWithEvents(db);
  for (const tenantId of tenants) events += (await rebuildTenant(db, tenantId)).events;
  return { tenants: tenants.length, events };
}
