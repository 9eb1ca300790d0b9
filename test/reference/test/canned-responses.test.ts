import {
  createAgent,
  customerWrites,
  sharedStack,
  signupTenant,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { describe, expect, inject, it } from 'vitest';

/*
 * Canned responses through the public port (issue 19's acceptance, SPEC §8.1): a supervisor's
 * `/greet` is filled in for the ticket it answers, with that customer's name.
 */

const stack = sharedStack(inject('sharedStack'));
const GREET =
  'Hello {{customer.name}}, this is {{agent.name}}. Thanks for writing about "{{ticket.subject}}".';

const createGreet = (admin: TenantAdmin) =>
  stack.call('POST', '/api/canned-responses', {
    token: admin.token,
    body: { shortCode: 'greet', title: 'Greeting', body: GREET, scope: 'tenant' },
  });

describe('an agent replies with /greet', () => {
  it("stores the greeting expanded with the customer's name and the agent's own", async () => {
    const admin = await signupTenant(stack.call, 'Greeters');
    expect((await createGreet(admin)).status).toBe(201);
    const agent = await createAgent(stack.call, admin, { fullName: 'Gina Greeter' });
    const { ticketId } = await customerWrites(stack.call, admin, 'Where is my parcel?', {
      name: 'Carla Customer',
      phone: '+44 20 7946 0011',
    });
    const as = { token: agent.token };
    await stack.call('POST', `/api/tickets/${ticketId}/assign`, { ...as, body: { agentId: agent.id } });

    // What the composer's picker offers after "/gr", and the preview it inserts.
    const found = await stack.call('GET', '/api/canned-responses?q=gr', as);
    expect(found.body.data).toMatchObject([{ shortCode: 'greet', scope: 'tenant' }]);
    const greetId = found.body.data[0].id as string;
    const preview = `/api/tickets/${ticketId}/canned-responses/${greetId}/rendered`;
    // The agent's name reaches the ticket service by auth's user.created: wait for it.
    await waitFor('agent name known', async () =>
      (await stack.call('GET', preview, as)).body.body?.includes('Gina Greeter'),
    );

    const sent = await stack.call('POST', `/api/tickets/${ticketId}/messages`, {
      ...as,
      body: { cannedResponseId: greetId },
    });
    expect(sent.status).toBe(201);
    const expected =
      'Hello Carla Customer, this is Gina Greeter. Thanks for writing about "Where is my parcel?".';
    const thread = await stack.call('GET', `/api/tickets/${ticketId}/messages`, as);
    expect(thread.body.data.map((m: { body: string }) => m.body)).toEqual(['Where is my parcel?', expected]);
  });

  it("never lets another tenant's agent use or see the greeting (404)", async () => {
    const admin = await signupTenant(stack.call, 'Owners');
    const greet = (await createGreet(admin)).body;
    const stranger = await signupTenant(stack.call, 'Strangers');
    const { ticketId } = await customerWrites(stack.call, stranger, 'Hi', {
      name: 'Sam',
      phone: '+44 20 7946 0012',
    });
    const as = { token: stranger.token };
    expect((await stack.call('GET', '/api/canned-responses', as)).body.data).toEqual([]);
    const reply = await stack.call('POST', `/api/tickets/${ticketId}/messages`, {
      ...as,
      body: { cannedResponseId: greet.id },
    });
    expect(reply.status).toBe(404);
    expect((await stack.call('DELETE', `/api/canned-responses/${greet.id}`, as)).status).toBe(404);
  });
});
