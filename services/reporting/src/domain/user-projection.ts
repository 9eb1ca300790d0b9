import type { Agent, Envelope, EventData } from '@switchboard/contracts';
import type { AgentProfile } from './team-report.js';

/**
 * A user as their latest announcement shows them: the newest profile (by its updatedAt, ties by
 * event id), made inactive by a deactivation at or after it. Null until a profile arrived.
 * Independent of arrival order.
 */
export type UserRow = AgentProfile & { createdAt: Date | null };

export function projectUser(events: readonly Envelope[]): UserRow | null {
  let latest: { user: Agent; at: number; eventId: string } | null = null;
  let deactivatedAt = -Infinity;
  for (const event of events) {
    // A user's id is also the subject of their agent.* timeline events, stored alongside them.
    if (!event.type.startsWith('user.')) continue;
    if (event.type === 'user.deactivated') {
      const at = Date.parse((event.data as EventData<'user.deactivated'>).deactivatedAt);
      deactivatedAt = Math.max(deactivatedAt, at);
      continue;
    }
    const user = event.data as Agent;
    const at = Date.parse(user.updatedAt);
    if (!latest || at > latest.at || (at === latest.at && event.id > latest.eventId)) {
      latest = { user, at, eventId: event.id };
    }
  }
  if (!latest) return null;
  const { id, fullName, department, role, isActive, createdAt } = latest.user;
  const created = Date.parse(createdAt);
  return {
    id,
    fullName,
    department,
    role,
    isActive: isActive && deactivatedAt < latest.at,
    createdAt: Number.isNaN(created) ? null : new Date(created),
  };
}
