import {
  type CustomerAttributes,
  type CustomerIdentity,
  conflictError,
  uuidv7,
} from '@switchboard/contracts';
import {
  addIdentities,
  type CustomerRow,
  findCustomer,
  holdersOf,
  insertCustomer,
  lockIdentities,
  updateCustomer,
} from '../data/customers.repository.js';
import type { Tx } from '../data/db.js';
import { recordEvent } from '../data/events.js';
import { type Contact, identitiesOf, sameIdentity } from '../domain/customer-identity.js';

type Origin = { tenantId: string; correlationId: string; userId?: string };
export type NamedContact = Contact & { name: string };
export type Via = 'staff' | 'ticket' | 'channel';

const actorOf = (origin: Origin) => origin.userId ?? null;

/**
 * THE way every path finds its customer (a new ticket, the inbound channel, and any channel to
 * come): the holder of any of the contact's identities, who also learns the ones still unheld;
 * else a new customer holding them all. Serialised per identity, so two first messages from one
 * phone make one customer.
 */
export async function resolveCustomer(tx: Tx, origin: Origin, contact: NamedContact, via: Via) {
  const identities = identitiesOf(contact);
  await lockIdentities(tx, origin.tenantId, identities);
  const holders = await holdersOf(tx, origin.tenantId, identities);
  const held = identities.map((i) => holders.find((h) => sameIdentity(h, i))).find((h) => h !== undefined);
  if (!held) return createWithIdentities(tx, origin, contact, identities, via);
  const customer = await findCustomer(tx, origin.tenantId, held.customerId, true);
  if (!customer) throw new Error(`identity of a missing customer ${held.customerId}`);
  const unheld = identities.filter((i) => !holders.some((h) => sameIdentity(h, i)));
  await addIdentities(tx, origin.tenantId, customer.id, unheld, uuidv7);
  return fillPrimaries(tx, origin, customer, contact, unheld);
}

/** A new customer holding `identities`, which the caller has locked and found unheld. */
export async function createWithIdentities(
  tx: Tx,
  origin: Origin,
  contact: NamedContact & { attributes?: CustomerAttributes | undefined },
  identities: CustomerIdentity[],
  via: Via,
) {
  const customer = await insertCustomer(tx, {
    id: uuidv7(),
    tenantId: origin.tenantId,
    name: contact.name,
    email: contact.email?.trim() || null,
    phone: contact.phone?.trim() || null,
    attributes: contact.attributes ?? {},
  });
  await addIdentities(tx, origin.tenantId, customer.id, identities, uuidv7);
  await recordEvent(tx, origin, 'customer.created', { ...factOf(customer), actorId: actorOf(origin), via });
  return customer;
}

/** A known customer seen with an email or phone they had no primary for: it becomes the primary. */
async function fillPrimaries(
  tx: Tx,
  origin: Origin,
  customer: CustomerRow,
  contact: Contact,
  learned: CustomerIdentity[],
) {
  const fill = {
    ...(!customer.email && contact.email && learned.some((i) => i.kind === 'email')
      ? { email: contact.email.trim() }
      : {}),
    ...(!customer.phone && contact.phone && learned.some((i) => i.kind === 'phone')
      ? { phone: contact.phone.trim() }
      : {}),
  };
  const changed = Object.keys(fill);
  if (changed.length === 0) return customer;
  const updated = await updateCustomer(tx, origin.tenantId, customer.id, fill);
  await recordEvent(tx, origin, 'customer.updated', {
    ...factOf(updated),
    actorId: actorOf(origin),
    changed,
  });
  return updated;
}

/** Refuses identities another customer holds (409 naming the field), after locking them. */
export async function claimable(tx: Tx, tenantId: string, identities: CustomerIdentity[], self?: string) {
  await lockIdentities(tx, tenantId, identities);
  const taken = (await holdersOf(tx, tenantId, identities)).filter((h) => h.customerId !== self);
  if (taken.length > 0)
    throw conflictError(
      'Another customer already has this contact: merge the two instead',
      taken.map((t) => ({ field: `body.${t.kind === 'channel' ? 'channelId' : t.kind}`, message: 'taken' })),
    );
  return identities;
}

export const factOf = (c: CustomerRow) => ({
  customerId: c.id,
  name: c.name,
  email: c.email,
  phone: c.phone,
  attributes: c.attributes,
});
