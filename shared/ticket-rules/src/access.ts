import type { Role } from '@switchboard/contracts';

/**
 * Who may read a ticket (docs/api.md §3): agents their own tickets and the unassigned queue, every
 * other staff role the whole tenant. The one rule the ticket service applies to callers and the
 * services that learn tickets from events apply to theirs (AI assist) or to someone else
 * (notifications: who a mention may reach).
 */
export const mayReadTicket = (user: { role: Role; userId: string }, assigneeId: string | null): boolean =>
  user.role !== 'agent' || assigneeId === null || assigneeId === user.userId;
