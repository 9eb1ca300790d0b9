import type { Role } from '@switchboard/contracts';

/**
 * Whether the caller may read a ticket's AI (docs/api.md §3): agents their own tickets and the
 * unassigned queue, every other staff role the whole tenant.
 */
export const mayRead = (caller: { role: Role; userId: string }, assigneeId: string | null): boolean =>
  caller.role !== 'agent' || assigneeId === null || assigneeId === caller.userId;

/** The draft is the assignee's alone: it is written for them to send. */
export const maySeeDraft = (caller: { userId: string }, assigneeId: string | null): boolean =>
  assigneeId !== null && assigneeId === caller.userId;
