import type { Role } from '@switchboard/contracts';
import { mayReadTicket } from '@switchboard/ticket-rules';

type Viewer = { userId: string; role: Role };
type TicketRef = { assigneeId: string | null };

/** docs/api.md §3: agents see their own tickets and the unassigned queue; everyone else in the tenant sees all. */
export const canRead = (v: Viewer, t: TicketRef) => mayReadTicket(v, t.assigneeId);

/** Writing (messages, edits): not viewers; agents only on what they can read. */
export const canWork = (v: Viewer, t: TicketRef) => v.role !== 'viewer' && canRead(v, t);

/** Assigning to anyone is a supervisor's job; an agent may take an unassigned ticket for themself. */
export function refuseAssignment(v: Viewer, t: TicketRef, to: string | null): string | null {
  if (v.role === 'supervisor' || v.role === 'admin') return null;
  if (v.role === 'agent' && t.assigneeId === null && to === v.userId) return null;
  return 'Only a supervisor assigns tickets; an agent may take an unassigned ticket for themself';
}
