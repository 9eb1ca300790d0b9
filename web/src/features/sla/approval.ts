import type { Ticket } from '@switchboard/contracts';

/**
 * A ticket waits for a supervisor only while its resolution is requested; `requiresApproval`
 * stays true after it is resolved or closed, so it alone would mark finished work.
 */
export const awaitsApproval = (ticket: Pick<Ticket, 'status'>) => ticket.status === 'RESOLUTION_REQUESTED';
