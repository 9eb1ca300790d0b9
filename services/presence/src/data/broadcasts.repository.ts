import { and, count, desc, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { agents, broadcastRecipients, broadcasts } from './schema.js';

export type BroadcastRow = typeof broadcasts.$inferSelect;
export type Audience = { type: BroadcastRow['audienceType']; value: string | string[] | null };
type Window = { limit: number; offset: number };

/** The active users of the tenant an audience names, the sender left out; `agents` ids are taken as given. */
export async function audienceMembers(
  tx: Tx,
  tenantId: string,
  audience: Audience,
  senderId: string,
): Promise<string[]> {
  const conditions: SQL[] = [
    eq(agents.tenantId, tenantId),
    eq(agents.isActive, true),
    ne(agents.agentId, senderId),
  ];
  if (audience.type === 'role' && typeof audience.value === 'string') {
    conditions.push(eq(agents.role, audience.value));
  } else if (audience.type === 'department' && typeof audience.value === 'string') {
    conditions.push(eq(agents.department, audience.value));
  } else if (audience.type === 'agents' && Array.isArray(audience.value)) {
    conditions.push(inArray(agents.agentId, audience.value));
  } else if (audience.type !== 'all') {
    throw new Error(`audience ${audience.type} without a usable value`);
  }
  const rows = await tx
    .select({ agentId: agents.agentId })
    .from(agents)
    .where(and(...conditions))
    .orderBy(agents.agentId);
  return rows.map((r) => r.agentId);
}

/** Which of `ids` are active users of the tenant. */
export async function activeMembersAmong(tx: Tx, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ agentId: agents.agentId })
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.isActive, true), inArray(agents.agentId, ids)));
  return new Set(rows.map((r) => r.agentId));
}

export async function insertBroadcast(tx: Tx, row: BroadcastRow, recipientIds: string[]): Promise<void> {
  await tx.insert(broadcasts).values(row);
  if (recipientIds.length === 0) return;
  await tx
    .insert(broadcastRecipients)
    .values(recipientIds.map((agentId) => ({ tenantId: row.tenantId, broadcastId: row.id, agentId })));
}

const recipientCount = sql<number>`(select count(*)::int from ${broadcastRecipients} r where r.broadcast_id = ${broadcasts.id})`;
const acknowledgedCount = sql<number>`(select count(*)::int from ${broadcastRecipients} r where r.broadcast_id = ${broadcasts.id} and r.acknowledged_at is not null)`;

/** Every broadcast of the tenant, newest first, with how many it reached and how many acknowledged. */
export async function listTenantBroadcasts(tx: Tx, tenantId: string, window: Window) {
  const where = eq(broadcasts.tenantId, tenantId);
  const rows = await tx
    .select({ broadcast: broadcasts, recipientCount, acknowledgedCount })
    .from(broadcasts)
    .where(where)
    .orderBy(desc(broadcasts.sentAt), desc(broadcasts.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await tx.select({ n: count() }).from(broadcasts).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The broadcasts addressed to one user, newest first, with when they acknowledged each. */
export async function listReceivedBroadcasts(tx: Tx, tenantId: string, agentId: string, window: Window) {
  const where = and(eq(broadcastRecipients.tenantId, tenantId), eq(broadcastRecipients.agentId, agentId));
  const rows = await tx
    .select({ broadcast: broadcasts, acknowledgedAt: broadcastRecipients.acknowledgedAt })
    .from(broadcastRecipients)
    .innerJoin(
      broadcasts,
      and(eq(broadcasts.id, broadcastRecipients.broadcastId), eq(broadcasts.tenantId, tenantId)),
    )
    .where(where)
    .orderBy(desc(broadcasts.sentAt), desc(broadcasts.id))
    .limit(window.limit)
    .offset(window.offset);
  const [total] = await tx.select({ n: count() }).from(broadcastRecipients).where(where);
  return { rows, total: total?.n ?? 0 };
}

/**
 * Records the recipient's acknowledgement once: a repeat keeps the first time (`first` false).
 * Undefined when the broadcast is not the tenant's or not addressed to this user.
 */
export async function acknowledge(
  tx: Tx,
  tenantId: string,
  broadcastId: string,
  agentId: string,
  at: Date,
): Promise<{ acknowledgedAt: Date; first: boolean } | undefined> {
  const mine = and(
    eq(broadcastRecipients.tenantId, tenantId),
    eq(broadcastRecipients.broadcastId, broadcastId),
    eq(broadcastRecipients.agentId, agentId),
  );
  const updated = await tx
    .update(broadcastRecipients)
    .set({ acknowledgedAt: at })
    .where(and(mine, isNull(broadcastRecipients.acknowledgedAt)))
    .returning({ acknowledgedAt: broadcastRecipients.acknowledgedAt });
  if (updated[0]?.acknowledgedAt) return { acknowledgedAt: updated[0].acknowledgedAt, first: true };
  const [row] = await tx
    .select({ acknowledgedAt: broadcastRecipients.acknowledgedAt })
    .from(broadcastRecipients)
    .where(mine);
  return row?.acknowledgedAt ? { acknowledgedAt: row.acknowledgedAt, first: false } : undefined;
}

/** How many users a broadcast reached and how many of them have acknowledged it. */
export async function ackCounts(tx: Tx, tenantId: string, broadcastId: string) {
  const [row] = await tx
    .select({
      recipientCount: count(),
      acknowledgedCount: sql<number>`count(${broadcastRecipients.acknowledgedAt})::int`,
    })
    .from(broadcastRecipients)
    .where(and(eq(broadcastRecipients.tenantId, tenantId), eq(broadcastRecipients.broadcastId, broadcastId)));
  return { recipientCount: row?.recipientCount ?? 0, acknowledgedCount: row?.acknowledgedCount ?? 0 };
}
