import type { Role } from '@switchboard/contracts';

/**
 * Who may read a ticket (docs/api.md §3): agents their own tickets and the unassigned queue, every
 * other staff role the whole tenant. For a service that learns tickets from events and must decide
 * for someone other than the caller (the notifications service: who a mention may reach).
 */
export const mayReadTicket = (user: { role: Role; userId: string }, assigneeId: string | null): boolean =>
  user.role !== 'agent' || assigneeId === null || assigneeId === user.userId;
