import type { Envelope } from '@switchboard/contracts';
import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { Tx } from './db.js';
import { consumedEvents } from './schema.js';

/** Keeps the event verbatim; a second store of the same event is a no-op. */
export async function storeEvent(tx: Tx, event: Envelope, subjectId: string): Promise<void> {
  await tx
    .insert(consumedEvents)
    .values({
      id: event.id,
      tenantId: event.tenantId,
      type: event.type,
      subjectId,
      occurredAt: new Date(event.occurredAt),
      envelope: event,
    })
    .onConflictDoNothing();
}

/** Every stored event about one subject (a ticket, an agent, a user, the tenant). */
export async function eventsOfSubject(tx: Tx, tenantId: string, subjectId: string): Promise<Envelope[]> {
  const rows = await tx
    .select({ envelope: consumedEvents.envelope })
    .from(consumedEvents)
    .where(and(eq(consumedEvents.tenantId, tenantId), eq(consumedEvents.subjectId, subjectId)));
  return rows.map((r) => r.envelope as Envelope);
}

export type ReplayCursor = { occurredAt: Date; id: string };

/** The tenant's stored events in (occurredAt, id) order, `limit` at a time after `cursor`. */
export async function replayPage(tx: Tx, tenantId: string, cursor: ReplayCursor | null, limit: number) {
  const after = cursor
    ? or(
        gt(consumedEvents.occurredAt, cursor.occurredAt),
        and(eq(consumedEvents.occurredAt, cursor.occurredAt), gt(consumedEvents.id, cursor.id)),
      )
    : undefined;
  return tx
    .select()
    .from(consumedEvents)
    .where(and(eq(consumedEvents.tenantId, tenantId), after))
    .orderBy(asc(consumedEvents.occurredAt), asc(consumedEvents.id))
    .limit(limit);
}

export async function tenantsWithEvents(tx: Tx): Promise<string[]> {
  const rows = await tx.selectDistinct({ tenantId: consumedEvents.tenantId }).from(consumedEvents);
  return rows.map((r) => r.tenantId);
}
