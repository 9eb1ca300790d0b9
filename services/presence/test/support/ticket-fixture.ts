import { type Ticket, uuidv7 } from '@switchboard/contracts';

/** A ticket as the ticket service announces it, for events published by hand. */
export const ticket = (
  tenantId: string,
  status: Ticket['status'],
  assigneeId: string | null,
  at: Date,
): Ticket => ({
  id: uuidv7(),
  tenantId,
  number: 1,
  subject: 'Help',
  description: '',
  priority: 'medium',
  category: null,
  tags: [],
  status,
  assigneeId,
  customerId: null,
  customer: null,
  requiresApproval: false,
  createdBy: null,
  createdAt: at.toISOString(),
  updatedAt: at.toISOString(),
  firstResponseAt: null,
  resolvedAt: null,
  closedAt: null,
  approvalWaitSeconds: 0,
  mergedIntoId: null,
});
