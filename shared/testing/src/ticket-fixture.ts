import { type Ticket, uuidv7 } from '@switchboard/contracts';

/**
 * A ticket as the ticket service announces it in its events, for the services that only hear of
 * tickets: a new, unassigned medium-priority one unless `overrides` say otherwise. One place, so a
 * field added to the ticket is added to every consumer's tests at once.
 */
export function announcedTicket(tenantId: string, overrides: Partial<Ticket> = {}): Ticket {
  const at = overrides.createdAt ?? new Date().toISOString();
  return {
    id: uuidv7(),
    tenantId,
    number: 1,
    subject: 'Help',
    description: '',
    priority: 'medium',
    category: null,
    tags: [],
    status: 'NEW',
    assigneeId: null,
    customerId: null,
    customer: null,
    requiresApproval: false,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
    firstResponseAt: null,
    resolvedAt: null,
    closedAt: null,
    approvalWaitSeconds: 0,
    mergedIntoId: null,
    ...overrides,
  };
}
