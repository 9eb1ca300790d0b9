import { now } from '@switchboard/clock';
import { and, eq, ne } from 'drizzle-orm';
import type { OnlineStatus } from '../domain/availability.js';
import type { Tx } from './db.js';
import { agents } from './schema.js';

export type AgentRow = typeof agents.$inferSelect;

/** The user facts auth publishes (user.created / user.updated). */
export async function upsertAgent(
  tx: Tx,
  agent: { agentId: string; tenantId: string; role: string; department: string | null; isActive: boolean },
): Promise<void> {
  await tx
    .insert(agents)
    .values(agent)
    .onConflictDoUpdate({
      target: agents.agentId,
      set: {
        role: agent.role,
        department: agent.department,
        isActive: agent.isActive,
        updatedAt: now(),
      },
    });
}

export async function deactivateAgent(tx: Tx, tenantId: string, agentId: string): Promise<void> {
  await tx
    .update(agents)
    .set({ isActive: false, updatedAt: now() })
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)));
}

export async function findAgent(tx: Tx, tenantId: string, agentId: string): Promise<AgentRow | undefined> {
  const [row] = await tx
    .select()
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)));
  return row;
}

/**
 * The tenant's agent, locked for the rest of the transaction: every change to an agent's presence
 * takes this lock first, so concurrent requests for one agent run one after the other.
 */
export async function lockAgent(tx: Tx, tenantId: string, agentId: string): Promise<AgentRow | undefined> {
  const [row] = await tx
    .select()
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)))
    .for('update');
  return row;
}

/**
 * The caller as an agent, locked. Presence learns of a new user from auth's user.created, which may
 * still be queued behind other events when they first clock in: their verified token is proof
 * enough to start the row, and the event fills in the department when it arrives. A deactivated
 * user's row exists already and stays inactive.
 */
export async function lockCallerAgent(
  tx: Tx,
  caller: { tenantId: string; userId: string; role: string },
): Promise<AgentRow | undefined> {
  await tx
    .insert(agents)
    .values({ agentId: caller.userId, tenantId: caller.tenantId, role: caller.role, department: null })
    .onConflictDoNothing({ target: agents.agentId });
  return lockAgent(tx, caller.tenantId, caller.userId);
}

/** Active users who work tickets (viewers only look), in the tenant. */
export async function listWorkers(tx: Tx, tenantId: string): Promise<AgentRow[]> {
  return tx
    .select()
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.isActive, true), ne(agents.role, 'viewer')))
    .orderBy(agents.agentId);
}

export async function saveOnlineStatus(tx: Tx, agentId: string, status: OnlineStatus): Promise<void> {
  await tx.update(agents).set({ onlineStatus: status, updatedAt: now() }).where(eq(agents.agentId, agentId));
}

export async function saveAvailability(
  tx: Tx,
  agentId: string,
  availability: AgentRow['availability'],
  since: Date,
): Promise<void> {
  await tx
    .update(agents)
    .set({ availability, availabilitySince: since, updatedAt: now() })
    .where(eq(agents.agentId, agentId));
}

export async function saveCapacity(tx: Tx, agentId: string, capacity: number): Promise<void> {
  await tx.update(agents).set({ capacity, updatedAt: now() }).where(eq(agents.agentId, agentId));
}
