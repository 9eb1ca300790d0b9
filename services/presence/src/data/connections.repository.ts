import { and, count, eq, isNull, max, ne, sql } from 'drizzle-orm';
import type { Tx } from './db.js';
import { agents, socketConnections } from './schema.js';

type Socket = { socketId: string; tenantId: string; userId: string; gatewayId: string };

/** A socket came up; a disconnect that overtook its connect keeps it closed. */
export async function recordConnected(tx: Tx, socket: Socket, at: Date): Promise<void> {
  await tx
    .insert(socketConnections)
    .values({ ...socket, connectedAt: at })
    .onConflictDoUpdate({ target: socketConnections.socketId, set: { connectedAt: at } });
}

export async function recordDisconnected(tx: Tx, socket: Socket, at: Date): Promise<void> {
  await tx
    .insert(socketConnections)
    .values({ ...socket, disconnectedAt: at })
    .onConflictDoUpdate({ target: socketConnections.socketId, set: { disconnectedAt: at } });
}

/** Open sockets and the last disconnect of one user. */
export async function socketsOf(tx: Tx, userId: string) {
  const [row] = await tx
    .select({
      open: sql<number>`count(*) filter (where ${socketConnections.disconnectedAt} is null)`.mapWith(Number),
      lastDisconnectedAt: max(socketConnections.disconnectedAt),
    })
    .from(socketConnections)
    .where(eq(socketConnections.userId, userId));
  return { openConnections: row?.open ?? 0, lastDisconnectedAt: row?.lastDisconnectedAt ?? null };
}

/** Open sockets per user of the tenant. */
export async function openConnectionCounts(tx: Tx, tenantId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ userId: socketConnections.userId, open: count() })
    .from(socketConnections)
    .where(and(eq(socketConnections.tenantId, tenantId), isNull(socketConnections.disconnectedAt)))
    .groupBy(socketConnections.userId);
  return new Map(rows.map((r) => [r.userId, r.open]));
}

/** Users shown as not offline who have no open socket left: candidates for the grace decision. */
export async function offlineCandidates(tx: Tx) {
  return tx
    .select({
      tenantId: agents.tenantId,
      agentId: agents.agentId,
      onlineStatus: agents.onlineStatus,
      openConnections:
        sql<number>`count(*) filter (where ${socketConnections.disconnectedAt} is null)`.mapWith(Number),
      lastDisconnectedAt: max(socketConnections.disconnectedAt),
    })
    .from(agents)
    .innerJoin(socketConnections, eq(socketConnections.userId, agents.agentId))
    .where(ne(agents.onlineStatus, 'offline'))
    .groupBy(agents.tenantId, agents.agentId, agents.onlineStatus)
    .having(sql`count(*) filter (where ${socketConnections.disconnectedAt} is null) = 0`);
}

/** Gateways that still hold open sockets, as far as this service knows. */
export async function gatewaysWithOpenSockets(tx: Tx): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ gatewayId: socketConnections.gatewayId })
    .from(socketConnections)
    .where(isNull(socketConnections.disconnectedAt));
  return rows.map((r) => r.gatewayId);
}

/** Closes every open socket of a gateway that died without reporting their disconnects. */
export async function closeSocketsOf(tx: Tx, gatewayId: string, at: Date): Promise<number> {
  const rows = await tx
    .update(socketConnections)
    .set({ disconnectedAt: at })
    .where(and(eq(socketConnections.gatewayId, gatewayId), isNull(socketConnections.disconnectedAt)))
    .returning({ socketId: socketConnections.socketId });
  return rows.length;
}
