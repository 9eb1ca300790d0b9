import type { Caller } from '@switchboard/auth-verify';
import { notFoundError } from '@switchboard/contracts';
import { type AgentRow, findAgent } from '../data/agents.repository.js';
import {
  type AssignmentSettings,
  agentsOnDefaultCapacity,
  findSettings,
  saveSettings,
  setAgentProfile,
} from '../data/assignment-settings.repository.js';
import { recordEvent } from '../data/events.js';
import type { TicketsDeps } from '../deps.js';
import { isReady } from '../domain/assignment.js';

export const assignmentSettings = (deps: TicketsDeps, caller: Caller) =>
  findSettings(deps.db, caller.tenantId);

/** New settings; a changed default reaches presence for every agent without a capacity of their own. */
export async function changeAssignmentSettings(
  deps: TicketsDeps,
  caller: Caller,
  settings: AssignmentSettings,
) {
  await deps.db.transaction(async (tx) => {
    const before = await findSettings(tx, caller.tenantId);
    await saveSettings(tx, caller.tenantId, settings);
    if (before.defaultCapacity === settings.defaultCapacity) return;
    for (const agentId of await agentsOnDefaultCapacity(tx, caller.tenantId))
      await recordEvent(tx, caller, 'agent.capacity_changed', {
        agentId,
        capacity: settings.defaultCapacity,
      });
  });
  // Turned on, a higher capacity, another mapping: the queue may move now.
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return findSettings(deps.db, caller.tenantId);
}

/** The engine's own view of an agent: whether presence's facts have made them ready for work yet. */
export async function assignmentProfileOf(deps: TicketsDeps, caller: Caller, agentId: string) {
  const agent = await findAgent(deps.db, caller.tenantId, agentId);
  if (!agent) throw notFoundError('Agent');
  return assignmentProfile(agent);
}

/**
 * A supervisor sets an agent's profile; presence hears the capacity that now applies to them
 * (agent.capacity_changed), so the live board shows them busy at capacity.
 */
export async function changeAssignmentProfile(
  deps: TicketsDeps,
  caller: Caller,
  agentId: string,
  profile: Parameters<typeof setAgentProfile>[3],
) {
  const agent = await deps.db.transaction(async (tx) => {
    const changed = await setAgentProfile(tx, caller.tenantId, agentId, profile);
    if (!changed) throw notFoundError('Agent');
    const capacity = changed.capacity ?? (await findSettings(tx, caller.tenantId)).defaultCapacity;
    await recordEvent(tx, caller, 'agent.capacity_changed', { agentId, capacity });
    return changed;
  });
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return assignmentProfile(agent);
}

function assignmentProfile(agent: AgentRow) {
  const { agentId, role, department, capacity, skills } = agent;
  return { agentId, role, department, capacity, skills, readyForWork: isReady(agent) };
}
