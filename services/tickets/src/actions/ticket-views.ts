import type { Caller } from '@switchboard/auth-verify';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { toTicket } from '../data/rows.js';
import { listHistory, listTickets, type TicketFilters } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { readableTicket } from './tickets.js';

/** A page of the tickets the caller may read: an agent their own and the unassigned ones. */
export async function ticketsPage(
  deps: TicketsDeps,
  caller: Caller,
  query: Omit<TicketFilters, 'visibleTo'> & Pagination,
) {
  const filters = { ...query, visibleTo: caller.role === 'agent' ? caller.userId : undefined };
  const { rows, total } = await listTickets(deps.db, caller.tenantId, filters, query.limit, offsetOf(query));
  return toPage(
    rows.map((r) => toTicket(r.ticket, r.customer)),
    total,
    query,
  );
}

/** A readable ticket's history, oldest first; 404 as for the ticket itself. */
export async function ticketHistory(deps: TicketsDeps, caller: Caller, ticketId: string) {
  await readableTicket(deps.db, caller, ticketId);
  const rows = await listHistory(deps.db, caller.tenantId, ticketId);
  return {
    data: rows.map((r) => ({
      id: r.id,
      actorId: r.actorId,
      action: r.action,
      changes: r.changes,
      at: r.at.toISOString(),
    })),
  };
}
