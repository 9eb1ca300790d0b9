import { and, eq } from 'drizzle-orm';
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
        updatedAt: new Date(),
      },
    });
}

export async function deactivateAgent(tx: Tx, tenantId: string, agentId: string): Promise<void> {
  await tx
    .update(agents)
    .set({ isActive: false, updatedAt: new Date() })
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)));
}
