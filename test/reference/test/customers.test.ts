import {
  createAgent,
  customerWrites,
  sharedStack,
  signupTenant,
  type TenantAdmin,
} from '@switchboard/testing';
import { describe, expect, inject, it } from 'vitest';

/*
 * Issue 19's acceptance through the public port: an inbound message from a known phone lands on
 * that customer's profile (docs/api.md §4.17), and a merge brings a duplicate's tickets along.
 */

const stack = sharedStack(inject('sharedStack'));

const addCustomer = async (as: { token: string }, body: object) => {
  const res = await stack.call('POST', '/api/customers', { token: as.token, body });
  expect(res.status).toBe(201);
  return res.body as { id: string };
};
const ticketsOf = async (as: { token: string }, id: string) =>
  (await stack.call('GET', `/api/customers/${id}/tickets`, { token: as.token })).body;

async function tenantWithAgent(name: string) {
  const admin = await signupTenant(stack.call, name);
  const agent = await createAgent(stack.call, admin);
  return { admin, agent };
}

describe('customers through the gateway', () => {
  it('an inbound message from a known phone lands on that customer’s profile', async () => {
    const { admin, agent } = await tenantWithAgent('Known Phones');
    const known = await addCustomer(agent, {
      name: 'Paula Phone',
      phone: '+1 (415) 555-0132',
      attributes: { plan: 'gold' },
    });
    const { ticketId } = await customerWrites(stack.call, admin, 'My order never arrived', {
      name: 'Someone on WhatsApp',
      phone: '14155550132',
    });
    const page = await ticketsOf(agent, known.id);
    expect(page).toMatchObject({ data: [{ id: ticketId, customerId: known.id }], meta: { total: 1 } });
    const profile = await stack.call('GET', `/api/customers/${known.id}`, { token: agent.token });
    expect(profile.body).toMatchObject({
      name: 'Paula Phone',
      attributes: { plan: 'gold' },
      ticketCount: 1,
      openTicketCount: 1,
    });
    const ticket = await stack.call('GET', `/api/tickets/${ticketId}`, { token: admin.token });
    expect(ticket.body).toMatchObject({ customerId: known.id, customer: { name: 'Paula Phone' } });
  });

  it('a supervisor merges a duplicate: its tickets land on the profile that stays; another tenant gets 404', async () => {
    const { admin } = await tenantWithAgent('Merging Duplicates');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const keep = await addCustomer(admin, { name: 'Dana Main', email: 'dana@main.example' });
    const { ticketId } = await customerWrites(stack.call, admin, 'Writing from my other address', {
      name: 'Dana',
      email: 'dana@other.example',
    });
    const dupe = (await stack.call('GET', `/api/tickets/${ticketId}`, { token: admin.token })).body
      .customerId;
    const merged = await stack.call('POST', `/api/customers/${dupe}/merge`, {
      token: supervisor.token,
      body: { intoCustomerId: keep.id },
    });
    expect(merged.status).toBe(200);
    expect((await ticketsOf(admin, keep.id)).data).toMatchObject([{ id: ticketId }]);
    // the other address now finds the customer that stayed
    const again = await customerWrites(stack.call, admin, 'Any news?', {
      name: 'Dana',
      email: 'dana@other.example',
    });
    expect(again.ticketId).toBe(ticketId);

    const stranger: TenantAdmin = await signupTenant(stack.call, 'Stranger');
    for (const path of [`/api/customers/${keep.id}`, `/api/customers/${keep.id}/tickets`]) {
      const res = await stack.call('GET', path, { token: stranger.token });
      expect(res.status).toBe(404);
    }
  });
});
