import { type Agent, type AgentDetails, noPerformance } from '@switchboard/contracts';
import type { agentPerformance, users } from './schema.js';

type UserRow = typeof users.$inferSelect;
export type PerformanceRow = typeof agentPerformance.$inferSelect;

/** The agent as events carry it: never the password hash. */
export function toAgent(row: UserRow): Agent {
  return {
    id: row.id,
    tenantId: row.tenantId,
    username: row.username,
    email: row.email,
    fullName: row.fullName,
    role: row.role,
    department: row.department,
    phone: row.phone,
    isActive: row.isActive,
    onlineStatus: row.onlineStatus,
    lastSeen: row.lastSeen?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The agent object the API answers: the account and, until reporting measured any, no work. */
export function toAgentDetails(row: UserRow, performance: PerformanceRow | null): AgentDetails {
  const p = performance ?? noPerformance;
  return {
    ...toAgent(row),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    avatar: row.avatar,
    currentTickets: p.currentTickets,
    totalTicketsHandled: p.totalTicketsHandled,
    avgResponseTime: p.avgResponseTime,
    customerSatisfaction: p.customerSatisfaction,
    ticketsResolvedToday: p.ticketsResolvedToday,
    messagesHandledToday: p.messagesHandledToday,
    onlineHoursToday: p.onlineHoursToday,
    performanceLevel: p.performanceLevel,
  };
}
