import { now } from '@switchboard/clock';
import { uuidv7 } from '@switchboard/contracts';
import { and, asc, count, desc, eq, gte, inArray, notInArray, sql } from 'drizzle-orm';
import type { BusinessCalendar } from '../domain/sla/business-calendar.js';
import type { Db, Tx } from './db.js';
import { businessCalendars, slaBreaches, slaPolicies, ticketHistory, tickets } from './schema.js';

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaBreachRow = typeof slaBreaches.$inferSelect;

export const listPolicies = (db: Tx, tenantId: string) =>
  db.select().from(slaPolicies).where(eq(slaPolicies.tenantId, tenantId)).orderBy(asc(slaPolicies.priority));

export async function savePolicy(tx: Tx, policy: typeof slaPolicies.$inferInsert) {
  const { tenantId: _t, priority: _p, ...changes } = policy;
  const [row] = await tx
    .insert(slaPolicies)
    .values(policy)
    .onConflictDoUpdate({
      target: [slaPolicies.tenantId, slaPolicies.priority],
      set: { ...changes, updatedAt: now() },
    })
    .returning();
  return row as SlaPolicyRow; // an upsert always returns its row
}

export async function findCalendar(db: Tx, tenantId: string): Promise<BusinessCalendar | undefined> {
  const [row] = await db.select().from(businessCalendars).where(eq(businessCalendars.tenantId, tenantId));
  return (
    row && {
      timeZone: row.timeZone,
      weekly: row.weekly as BusinessCalendar['weekly'],
      holidays: row.holidays,
    }
  );
}

export async function saveCalendar(tx: Tx, tenantId: string, calendar: BusinessCalendar) {
  const values = { tenantId, ...calendar, updatedAt: now() };
  await tx
    .insert(businessCalendars)
    .values(values)
    .onConflictDoUpdate({ target: businessCalendars.tenantId, set: values });
}

/** Every ticket still being worked whose priority has a policy in its tenant, with that policy. */
export function ticketsUnderSla(db: Db) {
  return db
    .select({ ticket: tickets, policy: slaPolicies })
    .from(tickets)
    .innerJoin(
      slaPolicies,
      and(eq(slaPolicies.tenantId, tickets.tenantId), eq(slaPolicies.priority, tickets.priority)),
    )
    .where(notInArray(tickets.status, ['RESOLVED', 'CLOSED']));
}

/** Status changes of these tickets, oldest first, for their SLA clocks. */
export async function statusChangesOf(db: Db, ticketIds: string[]) {
  if (ticketIds.length === 0) return [];
  return db
    .select({ ticketId: ticketHistory.ticketId, at: ticketHistory.at, changes: ticketHistory.changes })
    .from(ticketHistory)
    .where(and(inArray(ticketHistory.ticketId, ticketIds), eq(ticketHistory.action, 'status_changed')))
    .orderBy(asc(ticketHistory.at), asc(ticketHistory.id));
}

/** Records a crossing once; true when this call recorded it (so its event is published once). */
export async function recordCrossing(
  tx: Tx,
  crossing: Omit<typeof slaBreaches.$inferInsert, 'id'>,
): Promise<boolean> {
  const rows = await tx
    .insert(slaBreaches)
    .values({ id: uuidv7(), ...crossing })
    .onConflictDoNothing()
    .returning({ id: slaBreaches.id });
  return rows.length > 0;
}

/** Breaches of the tenant that happened in the last `hours`, newest first. */
export async function listBreaches(db: Db, tenantId: string, hours: number, limit: number, offset: number) {
  const where = and(
    eq(slaBreaches.tenantId, tenantId),
    eq(slaBreaches.state, 'breached'),
    gte(slaBreaches.crossedAt, sql`now() - make_interval(hours => ${hours})`),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ breach: slaBreaches, ticket: tickets })
      .from(slaBreaches)
      .innerJoin(tickets, eq(tickets.id, slaBreaches.ticketId))
      .where(where)
      .orderBy(desc(slaBreaches.crossedAt), asc(slaBreaches.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(slaBreaches).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The tenant's open tickets with at least one breached target, locked: what escalation works on. */
export async function breachedOpenTickets(tx: Tx, tenantId: string) {
  const breached = sql`exists (select 1 from ${slaBreaches} b where b.ticket_id = ${tickets.id} and b.state = 'breached')`;
  return tx
    .select({ ticket: tickets })
    .from(tickets)
    .where(and(eq(tickets.tenantId, tenantId), notInArray(tickets.status, ['RESOLVED', 'CLOSED']), breached))
    .orderBy(asc(tickets.createdAt))
    .for('update');
}
