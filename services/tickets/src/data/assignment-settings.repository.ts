import { now } from '@switchboard/clock';
import { and, eq, isNull } from 'drizzle-orm';
import { type AssignmentPolicy, defaultCapacity } from '../domain/assignment.js';
import type { Tx } from './db.js';
import { agents, assignmentSettings } from './schema.js';

export type AssignmentSettings = AssignmentPolicy & {
  enabled: boolean;
  reassignAfterMinutes: number | null;
};

export const defaultSettings: AssignmentSettings = {
  enabled: true,
  defaultCapacity,
  reassignAfterMinutes: null,
  categoryDepartments: {},
};

export async function findSettings(tx: Tx, tenantId: string): Promise<AssignmentSettings> {
  const [row] = await tx.select().from(assignmentSettings).where(eq(assignmentSettings.tenantId, tenantId));
  if (!row) return { ...defaultSettings, categoryDepartments: {} };
  const { enabled, defaultCapacity, reassignAfterMinutes, categoryDepartments } = row;
  return { enabled, defaultCapacity, reassignAfterMinutes, categoryDepartments };
}

export async function saveSettings(tx: Tx, tenantId: string, settings: AssignmentSettings): Promise<void> {
  const values = { ...settings, updatedAt: now() };
  await tx
    .insert(assignmentSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: assignmentSettings.tenantId, set: values });
}

/** The agent's assignment profile (capacity, skills), set by a supervisor; undefined if not the tenant's. */
export async function setAgentProfile(
  tx: Tx,
  tenantId: string,
  agentId: string,
  profile: { capacity: number | null; skills?: string[] | undefined },
) {
  const [row] = await tx
    .update(agents)
    .set({
      capacity: profile.capacity,
      ...(profile.skills ? { skills: profile.skills } : {}),
      updatedAt: now(),
    })
    .where(and(eq(agents.tenantId, tenantId), eq(agents.agentId, agentId)))
    .returning();
  return row;
}

/** The agents whose capacity is the tenant's default (they have none of their own). */
export async function agentsOnDefaultCapacity(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .select({ agentId: agents.agentId })
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), isNull(agents.capacity)));
  return rows.map((r) => r.agentId);
}
