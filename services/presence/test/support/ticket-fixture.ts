import type { Ticket } from '@switchboard/contracts';
import { announcedTicket } from '@switchboard/testing';

/** A ticket as the ticket service announces it, for events published by hand. */
export const ticket = (
  tenantId: string,
  status: Ticket['status'],
  assigneeId: string | null,
  at: Date,
): Ticket => announcedTicket(tenantId, { status, assigneeId, createdAt: at.toISOString() });
