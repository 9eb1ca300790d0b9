import type { Caller } from '@switchboard/auth-verify';
import {
  type AgentDetails,
  conflictError,
  DomainError,
  notAllowed,
  notFoundError,
  uuidv7,
} from '@switchboard/contracts';
import { isUniqueViolation } from '@switchboard/db';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { toAgent, toAgentDetails } from '../data/agent-row.js';
import { recordEvent } from '../data/events.js';
import { revokeAllOfUser } from '../data/refresh-tokens.repository.js';
import {
  type AgentFilters,
  findUser,
  findUserDetails,
  insertUser,
  listUsers,
  updateUser,
  userCounts,
} from '../data/users.repository.js';
import type { AuthDeps } from '../deps.js';
import type { AgentChanges, CreateAgent } from '../domain/agent-fields.js';
import { refusalOf } from '../domain/agent-permissions.js';
import { agentStatsOf } from '../domain/agent-stats.js';
import { hashPassword } from '../domain/passwords.js';
import { publishAccessChange } from './access-lists.js';

export async function createAgent(deps: AuthDeps, actor: Caller, input: CreateAgent): Promise<AgentDetails> {
  const { password, ...profile } = input;
  const passwordHash = await hashPassword(password);
  return uniqueOr409(() =>
    deps.db.transaction(async (tx) => {
      const row = await insertUser(tx, { id: uuidv7(), tenantId: actor.tenantId, ...profile, passwordHash });
      await recordEvent(tx, actor, 'user.created', { ...toAgent(row), actorId: actor.userId });
      return toAgentDetails(row, null);
    }),
  );
}

/**
 * Applies `changes` to one agent. A new role or a deactivation holds for their unexpired access
 * tokens in every service at once; deactivation also revokes every refresh token of theirs
 * (docs/auth.md, "Current role and revocation").
 */
export async function updateAgent(
  deps: AuthDeps,
  actor: Caller,
  id: string,
  changes: AgentChanges,
): Promise<AgentDetails> {
  await applyAgentChanges(deps, actor, id, changes);
  return getAgent(deps, actor.tenantId, id);
}

function applyAgentChanges(deps: AuthDeps, actor: Caller, id: string, changes: AgentChanges) {
  return uniqueOr409(() =>
    deps.db.transaction(async (tx) => {
      const target = await findUser(tx, actor.tenantId, id);
      if (!target) throw notFoundError('Agent');
      const refusal = refusalOf(actor, target, changes);
      if (refusal) throw notAllowed(refusal);
      const changed = (Object.keys(changes) as (keyof AgentChanges)[]).filter(
        (k) => changes[k] !== target[k],
      );
      if (changed.length === 0) return { agent: toAgent(target), deactivated: false };
      const row = await updateUser(tx, actor.tenantId, id, changes);
      if (!row) throw notFoundError('Agent');
      const agent = toAgent(row);
      const deactivated = changes.isActive === false && target.isActive;
      const role = changes.role !== undefined && changes.role !== target.role ? changes.role : null;
      if (role || deactivated) await publishAccessChange(deps, { userId: id, role, deactivated });
      if (deactivated) {
        await revokeAllOfUser(tx, actor.tenantId, id);
        await recordEvent(tx, actor, 'user.deactivated', {
          userId: id,
          deactivatedAt: agent.updatedAt,
          actorId: actor.userId,
        });
      }
      const profileChanged = changed.filter((k) => k !== 'isActive' || changes.isActive === true);
      if (profileChanged.length > 0)
        await recordEvent(tx, actor, 'user.updated', {
          ...agent,
          changed: profileChanged,
          actorId: actor.userId,
        });
      return { agent, deactivated };
    }),
  );
}

export type BulkResult = {
  success: boolean;
  updated: number;
  errors: { agentId: string; code: string; message: string }[];
};

/** Each agent in its own transaction, so one refusal does not undo the others. */
export async function bulkUpdateAgents(
  deps: AuthDeps,
  actor: Caller,
  agentIds: string[],
  changes: AgentChanges,
): Promise<BulkResult> {
  const result: BulkResult = { success: true, updated: 0, errors: [] };
  for (const agentId of new Set(agentIds)) {
    try {
      await updateAgent(deps, actor, agentId, changes);
      result.updated++;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      result.errors.push({ agentId, code: err.code, message: err.message });
    }
  }
  result.success = result.errors.length === 0;
  return result;
}

/** A page of the tenant's agents matching `filters`, through the agent cache. */
export async function listAgents(deps: AuthDeps, tenantId: string, filters: AgentFilters, page: Pagination) {
  const query = { ...filters, page: page.page, limit: page.limit };
  return deps.agentCache.read(tenantId, 'agent_list', query, async () => {
    const { rows, total } = await listUsers(deps.db, tenantId, filters, page.limit, offsetOf(page));
    return toPage(
      rows.map((r) => toAgentDetails(r.user, r.performance)),
      total,
      page,
    );
  });
}

export async function agentStats(deps: AuthDeps, tenantId: string) {
  return deps.agentCache.read(tenantId, 'agent_stats', {}, async () =>
    agentStatsOf(await userCounts(deps.db, tenantId)),
  );
}

export async function getAgent(deps: AuthDeps, tenantId: string, id: string): Promise<AgentDetails> {
  const row = await findUserDetails(deps.db, tenantId, id);
  if (!row) throw notFoundError('Agent');
  return toAgentDetails(row.user, row.performance);
}

async function uniqueOr409<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err, 'users_tenant_username_uq'))
      throw conflictError('This username is already taken', [
        { field: 'username', message: 'is already taken' },
      ]);
    if (isUniqueViolation(err, 'users_tenant_email_uq'))
      throw conflictError('This email is already in use', [{ field: 'email', message: 'is already in use' }]);
    throw err;
  }
}
