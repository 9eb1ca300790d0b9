import { and, eq, isNull } from 'drizzle-orm';
import { findSettings, saveSettings, setAgentProfile } from '../data/assignment-settings.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { agents } from '../data/schema.js';
import type { TicketsDeps } from '../deps.js';
import type { Caller } from './actor.js';

type Profile = Parameters<typeof setAgentProfile>[3];
type Settings = Parameters<typeof saveSettings>[2];

/**
 * A supervisor sets an agent's profile; presence hears the capacity that now applies to them
 * (agent.capacity_changed), so the live board shows them busy at capacity (SPEC §4).
 */
export async function setAgentCapacity(deps: TicketsDeps, caller: Caller, agentId: string, profile: Profile) {
  return deps.db.transaction(async (tx) => {
    const agent = await setAgentProfile(tx, caller.tenantId, agentId, profile);
    if (!agent) return undefined;
    const capacity = agent.capacity ?? (await findSettings(tx, caller.tenantId)).defaultCapacity;
    await recordEvent(tx, caller, 'agent.capacity_changed', { agentId, capacity });
    return agent;
  });
}

/** New settings; a changed default reaches presence for every agent without their own capacity. */
export async function saveAssignmentSettings(deps: TicketsDeps, caller: Caller, settings: Settings) {
  await deps.db.transaction(async (tx) => {
    const before = await findSettings(tx, caller.tenantId);
    await saveSettings(tx, caller.tenantId, settings);
    if (before.defaultCapacity === settings.defaultCapacity) return;
    for (const agentId of await agentsOnDefault(tx, caller.tenantId))
      await recordEvent(tx, caller, 'agent.capacity_changed', {
        agentId,
        capacity: settings.defaultCapacity,
      });
  });
}

async function agentsOnDefault(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .select({ agentId: agents.agentId })
    .from(agents)
    .where(and(eq(agents.tenantId, tenantId), isNull(agents.capacity)));
  return rows.map((r) => r.agentId);
}
