import type { Role } from '@switchboard/contracts';

type CountRow = { role: Role; department: string; isActive: boolean; isOnline: boolean; n: number };

export type AgentStats = {
  total: number;
  active: number;
  inactive: number;
  online: number;
  offline: number;
  byRole: Record<string, number>;
  byDepartment: Record<string, number>;
};

/**
 * Counts for `GET /api/agents/stats`. `online`/`offline` and the breakdowns
 * cover active agents only: a deactivated agent is neither on the floor nor
 * part of a team any more.
 */
export function agentStatsOf(rows: CountRow[]): AgentStats {
  const stats: AgentStats = {
    total: 0,
    active: 0,
    inactive: 0,
    online: 0,
    offline: 0,
    byRole: {},
    byDepartment: {},
  };
  for (const row of rows) {
    stats.total += row.n;
    if (!row.isActive) {
      stats.inactive += row.n;
      continue;
    }
    stats.active += row.n;
    stats[row.isOnline ? 'online' : 'offline'] += row.n;
    stats.byRole[row.role] = (stats.byRole[row.role] ?? 0) + row.n;
    stats.byDepartment[row.department] = (stats.byDepartment[row.department] ?? 0) + row.n;
  }
  return stats;
}
