import type { Agent, Envelope, EventData } from '@switchboard/contracts';
import { deactivateAgent, upsertAgent } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';

/** Keeps this service's copy of who the tenant's agents are (role, name, department, active). */
export async function onUserChanged(event: Envelope<Agent>, tx: Tx): Promise<void> {
  const user = event.data;
  await upsertAgent(tx, {
    agentId: user.id,
    tenantId: user.tenantId,
    role: user.role,
    name: user.fullName,
    department: user.department,
    isActive: user.isActive,
  });
}

export async function onUserDeactivated(
  event: Envelope<EventData<'user.deactivated'>>,
  tx: Tx,
): Promise<void> {
  await deactivateAgent(tx, event.tenantId, event.data.userId);
}
