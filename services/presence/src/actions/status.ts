import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import { type EventContext, notAllowed, notFoundError } from '@switchboard/contracts';
import { logActivity } from '../data/activity.repository.js';
import { type AgentRow, lockAgent, lockCallerAgent, saveOnlineStatus } from '../data/agents.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { logStatus } from '../data/intervals.repository.js';
import type { PresenceDeps } from '../deps.js';
import { statusActivity } from '../domain/activity-log.js';
import type { OnlineStatus } from '../domain/availability.js';
import { refreshAvailability } from './availability.js';
import { presenceOfAgent } from './presence.js';

/**
 * Shows the (locked) agent as `status`: logs the interval, publishes agent.status_changed and, if
 * it changes, the availability. False when the agent already shows it (nothing published).
 */
export async function applyStatus(
  tx: Tx,
  origin: EventContext,
  agent: AgentRow,
  status: OnlineStatus,
  at: Date,
): Promise<boolean> {
  if (agent.onlineStatus === status) return false;
  await logStatus(tx, agent.tenantId, agent.agentId, status, at);
  await logActivity(tx, origin, statusActivity(agent.agentId, status, agent.onlineStatus), at);
  await saveOnlineStatus(tx, agent.agentId, status);
  agent.onlineStatus = status;
  await recordEvent(tx, origin, 'agent.status_changed', {
    agentId: agent.agentId,
    status,
    at: at.toISOString(),
  });
  await refreshAvailability(tx, origin, agent, at);
  return true;
}

/** PUT /api/agents/:id/status: oneself, or (supervisors, admins) anyone of the tenant. */
export async function setStatus(deps: PresenceDeps, caller: Caller, agentId: string, status: OnlineStatus) {
  const managesOthers = caller.role === 'admin' || caller.role === 'supervisor';
  if (agentId !== caller.userId && !managesOthers) throw notAllowed('You may set only your own status');
  return deps.db.transaction(async (tx) => {
    const own = agentId === caller.userId;
    const agent = own ? await lockCallerAgent(tx, caller) : await lockAgent(tx, caller.tenantId, agentId);
    if (!agent?.isActive) throw notFoundError('Agent');
    await applyStatus(tx, caller, agent, status, now());
    return presenceOfAgent(tx, agent);
  });
}
