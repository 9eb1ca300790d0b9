import type { Agent } from '@switchboard/contracts';
import type { users } from './schema.js';

type UserRow = typeof users.$inferSelect;

/** The public agent object: never the password hash. */
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
