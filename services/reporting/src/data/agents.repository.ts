import { and, eq, inArray } from 'drizzle-orm';
import type { AgentProfile } from '../domain/team-report.js';
import type { UserRow } from '../domain/user-projection.js';
import type { Tx } from './db.js';
import { agents } from './schema.js';

/** Replaces the user's profile with its projection (none until a profile was announced). */
export async function replaceProfile(tx: Tx, tenantId: string, userId: string, p: UserRow | null) {
  await tx.delete(agents).where(eq(agents.agentId, userId));
  if (p) await tx.insert(agents).values({ agentId: p.id, tenantId, ...p });
}

const profile = {
  id: agents.agentId,
  fullName: agents.fullName,
  department: agents.department,
  role: agents.role,
  isActive: agents.isActive,
};

export async function findAgent(
  tx: Tx,
  tenantId: string,
  agentId: string,
): Promise<AgentProfile | undefined> {
  const [row] = await tx
    .select(profile)
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)));
  return row;
}

/** Active agents and supervisors (the floor: who works tickets and clocks in). */
export async function floorOf(tx: Tx, tenantId: string): Promise<AgentProfile[]> {
  return tx
    .select(profile)
    .from(agents)
    .where(
      and(
        eq(agents.tenantId, tenantId),
        eq(agents.isActive, true),
        inArray(agents.role, ['agent', 'supervisor']),
      ),
    )
    .orderBy(agents.fullName, agents.agentId);
}

export async function profilesOf(tx: Tx, tenantId: string, ids: string[]): Promise<AgentProfile[]> {
  if (ids.length === 0) return [];
  return tx
    .select(profile)
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), inArray(agents.agentId, ids)))
    .orderBy(agents.fullName, agents.agentId);
}

/** When each of `ids` was created, for those whose creation is known. */
export async function createdAtOf(tx: Tx, tenantId: string, ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: agents.agentId, createdAt: agents.createdAt })
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), inArray(agents.agentId, ids)));
  return new Map(rows.flatMap((r) => (r.createdAt ? [[r.id, r.createdAt] as const] : [])));
}
