import type { Caller } from '@switchboard/auth-verify';
import type { Customer } from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import { type CustomerRow, searchCustomers } from '../data/customers.repository.js';
import type { TicketsDeps } from '../deps.js';

const toCustomer = (row: CustomerRow): Customer => ({
  id: row.id,
  name: row.name,
  email: row.email,
  phone: row.phone,
});

/**
 * A page of the caller's tenant's customers, those its tickets name (docs/api.md §4.3): what the
 * New ticket form suggests. Every role may read them, as every role reads tickets.
 */
export async function customersPage(
  deps: TicketsDeps,
  caller: Caller,
  query: { q?: string | undefined } & Pagination,
) {
  const { rows, total } = await searchCustomers(
    deps.db,
    caller.tenantId,
    query.q,
    query.limit,
    offsetOf(query),
  );
  return toPage(rows.map(toCustomer), total, query);
}
