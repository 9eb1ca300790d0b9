import type { Caller } from '@switchboard/auth-verify';
import { notFoundError } from '@switchboard/contracts';
import { type AgentRow, findAgent } from '../data/agents.repository.js';
import {
  type AssignmentSettings,
  findSettings,
  saveSettings,
  setAgentProfile,
} from '../data/assignment-settings.repository.js';
import type { TicketsDeps } from '../deps.js';
import { isReady } from '../domain/assignment.js';

export const assignmentSettings = (deps: TicketsDeps, caller: Caller) =>
  findSettings(deps.db, caller.tenantId);

export async function changeAssignmentSettings(
  deps: TicketsDeps,
  caller: Caller,
  settings: AssignmentSettings,
) {
  await saveSettings(deps.db, caller.tenantId, settings);
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

export async function changeAssignmentProfile(
  deps: TicketsDeps,
  caller: Caller,
  agentId: string,
  profile: Parameters<typeof setAgentProfile>[3],
) {
  const agent = await setAgentProfile(deps.db, caller.tenantId, agentId, profile);
  if (!agent) throw notFoundError('Agent');
  void deps.assigner.kick(caller.tenantId, caller.correlationId);
  return assignmentProfile(agent);
}

function assignmentProfile(agent: AgentRow) {
  const { agentId, role, department, capacity, skills } = agent;
  return { agentId, role, department, capacity, skills, readyForWork: isReady(agent) };
}
