import type { Caller } from '@switchboard/auth-verify';
import { now } from '@switchboard/clock';
import {
  type Customer,
  type CustomerAttributes,
  type CustomerProfile,
  customerAttributesSchema,
  invalidInput,
  notFoundError,
  uuidv7,
} from '@switchboard/contracts';
import { offsetOf, type Pagination, toPage } from '@switchboard/http-kit';
import {
  addIdentities,
  type CustomerRow,
  customerActivity,
  findCustomer,
  identitiesOfCustomer,
  removeIdentity,
  searchCustomers,
  updateCustomer,
} from '../data/customers.repository.js';
import type { Db, Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { toTicket } from '../data/rows.js';
import { listTickets } from '../data/tickets.repository.js';
import type { TicketsDeps } from '../deps.js';
import { identitiesOf, patchAttributes } from '../domain/customer-identity.js';
import { claimable, createWithIdentities, factOf } from './resolve-customer.js';

const toCustomer = (row: CustomerRow): Customer => ({
  id: row.id,
  name: row.name,
  email: row.email,
  phone: row.phone,
});

/**
 * A page of the caller's tenant's customers (docs/api.md §4.17): the Customers page and what the
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

export async function profileOf(db: Db | Tx, row: CustomerRow): Promise<CustomerProfile> {
  const identities = await identitiesOfCustomer(db, row.tenantId, row.id);
  const activity = await customerActivity(db, row.tenantId, row.id);
  return {
    ...toCustomer(row),
    attributes: row.attributes,
    identities,
    ticketCount: activity.ticketCount,
    openTicketCount: activity.openTicketCount,
    lastContactAt: activity.lastContactAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function existing(db: Db | Tx, caller: Caller, id: string, forUpdate = false) {
  const row = await findCustomer(db, caller.tenantId, id, forUpdate);
  if (!row) throw notFoundError('Customer');
  return row;
}

export async function customerProfile(deps: TicketsDeps, caller: Caller, id: string) {
  return profileOf(deps.db, await existing(deps.db, caller, id));
}

/** The customer's tickets the caller may read (docs/api.md §3), newest first. */
export async function customerTicketsPage(deps: TicketsDeps, caller: Caller, id: string, page: Pagination) {
  await existing(deps.db, caller, id);
  const filters = {
    customerId: id,
    sort: '-createdAt' as const,
    visibleTo: caller.role === 'agent' ? caller.userId : undefined,
  };
  const { rows, total } = await listTickets(deps.db, caller.tenantId, filters, page.limit, offsetOf(page));
  return toPage(
    rows.map((r) => toTicket(r.ticket, r.customer)),
    total,
    page,
  );
}

export type NewCustomer = {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  attributes?: CustomerAttributes | undefined;
};

/** A customer added by staff; 409 when another customer already has the email or phone. */
export async function createCustomer(deps: TicketsDeps, caller: Caller, input: NewCustomer) {
  return deps.db.transaction(async (tx) => {
    const identities = await claimable(tx, caller.tenantId, identitiesOf(input));
    return profileOf(tx, await createWithIdentities(tx, caller, input, identities, 'staff'));
  });
}

export type CustomerPatch = {
  name?: string | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  attributes?: Record<string, string | number | boolean | null> | undefined;
};

/**
 * Staff edit a profile. A new primary email or phone replaces the old one as an identity (409 when
 * another customer holds it); attributes are patched key by key, a null removing a key.
 */
export async function editCustomer(deps: TicketsDeps, caller: Caller, id: string, patch: CustomerPatch) {
  return deps.db.transaction(async (tx) => {
    const before = await existing(tx, caller, id, true);
    const changes: Parameters<typeof updateCustomer>[3] = {};
    if (patch.name !== undefined && patch.name !== before.name) changes.name = patch.name;
    for (const kind of ['email', 'phone'] as const) {
      const next = patch[kind];
      if (next === undefined || next === before[kind]) continue;
      await replacePrimary(tx, caller, before, kind, next);
      changes[kind] = next;
    }
    if (patch.attributes) {
      const attributes = boundedAttributes(patchAttributes(before.attributes, patch.attributes));
      if (JSON.stringify(attributes) !== JSON.stringify(before.attributes)) changes.attributes = attributes;
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) return profileOf(tx, before);
    const after = await updateCustomer(tx, caller.tenantId, id, { ...changes, updatedAt: now() });
    await recordEvent(tx, caller, 'customer.updated', { ...factOf(after), actorId: caller.userId, changed });
    return profileOf(tx, after);
  });
}

async function replacePrimary(
  tx: Tx,
  caller: Caller,
  customer: CustomerRow,
  kind: 'email' | 'phone',
  next: string | null,
) {
  const [incoming] = next ? identitiesOf({ [kind]: next }) : [];
  const [outgoing] = customer[kind] ? identitiesOf({ [kind]: customer[kind] }) : [];
  if (incoming?.value === outgoing?.value) return;
  if (outgoing) await removeIdentity(tx, caller.tenantId, customer.id, outgoing);
  if (!incoming) return;
  const [free] = await claimable(tx, caller.tenantId, [incoming], customer.id);
  // Already one of theirs (a secondary): nothing to add.
  const theirs = await identitiesOfCustomer(tx, caller.tenantId, customer.id);
  if (free && !theirs.some((i) => i.kind === free.kind && i.value === free.value))
    await addIdentities(tx, caller.tenantId, customer.id, [free], uuidv7);
}

/** The patched attributes within the bounds of the contract, else 400 and nothing changed. */
export function boundedAttributes(attributes: CustomerAttributes): CustomerAttributes {
  const checked = customerAttributesSchema.safeParse(attributes);
  if (!checked.success)
    throw invalidInput([
      { field: 'body.attributes', message: checked.error.issues[0]?.message ?? 'invalid' },
    ]);
  return checked.data;
}
