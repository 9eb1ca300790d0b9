import type { Caller } from '@switchboard/auth-verify';
import { notAllowed, notFoundError } from '@switchboard/contracts';
import { listActivity } from '../data/activity.repository.js';
import { findAgent } from '../data/agents.repository.js';
import type { PresenceDeps } from '../deps.js';

const DAY_MS = 86_400_000;
/** A timeline longer than this is cut to its newest lines. */
const MAX_LINES = 1000;

/** GET /api/agents/:id/activity: the agent's timeline of the last `days` days, newest first. */
export async function agentActivity(deps: PresenceDeps, caller: Caller, agentId: string, days: number) {
  if (caller.role === 'agent' && agentId !== caller.userId) {
    throw notAllowed('Agents see only their own activity');
  }
  if (!(await findAgent(deps.db, caller.tenantId, agentId))) throw notFoundError('Agent');
  const since = new Date(Date.now() - days * DAY_MS);
  const rows = await listActivity(deps.db, caller.tenantId, agentId, since, MAX_LINES);
  return {
    data: rows.map((row) => ({
      id: row.id,
      agentId: row.agentId,
      type: row.type,
      description: row.description,
      timestamp: row.occurredAt.toISOString(),
      metadata: row.metadata,
    })),
  };
}
