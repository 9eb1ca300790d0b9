import { now } from '@switchboard/clock';
import { and, eq } from 'drizzle-orm';
import { isReady } from '../domain/assignment.js';
import type { Tx } from './db.js';
import { agents } from './schema.js';

export type AgentRow = typeof agents.$inferSelect;

export async function findAgent(tx: Tx, tenantId: string, agentId: string): Promise<AgentRow | undefined> {
  const [row] = await tx
    .select()
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)));
  return row;
}

/** The user facts auth publishes (user.created / user.updated), kept for assignment and checks. */
export async function upsertAgent(
  tx: Tx,
  agent: {
    agentId: string;
    tenantId: string;
    role: string;
    name: string;
    department: string | null;
    isActive: boolean;
  },
): Promise<void> {
  await tx
    .insert(agents)
    .values(agent)
    .onConflictDoUpdate({
      target: agents.agentId,
      set: {
        role: agent.role,
        name: agent.name,
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

/** A presence fact about an agent (from presence's agent.* events). */
export type PresenceChange = { clockedIn?: boolean; onBreak?: boolean; onlineStatus?: string };

/**
 * Applies a presence change to one of the tenant's agents. An agent who becomes ready for work by
 * it starts idling at `at`. Undefined when this service does not know the agent (yet).
 */
export async function applyPresence(
  tx: Tx,
  tenantId: string,
  agentId: string,
  change: PresenceChange,
  at: Date,
): Promise<{ becameReady: boolean } | undefined> {
  const where = and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId));
  const [before] = await tx.select().from(agents).where(where).for('update');
  if (!before) return undefined;
  const becameReady = !isReady(before) && isReady({ ...before, ...change });
  await tx
    .update(agents)
    .set({ ...change, ...(becameReady ? { idleSince: at } : {}), updatedAt: now() })
    .where(where);
  return { becameReady };
}
