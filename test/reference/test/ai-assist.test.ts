import { randomBytes } from 'node:crypto';
import {
  type Client,
  connectAuthenticated,
  createAgent,
  customerWrites,
  sharedStack,
  signupTenant,
  type TenantAdmin,
  waitFor,
} from '@switchboard/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';

/*
 * AI assist through the public port (issue 18, docs/ai.md): a tenant turns it on, its customers'
 * messages are classified (and drafted for the assignee) live, from that tenant's own labels only.
 */

const stack = sharedStack(inject('sharedStack'));
const clients: Client[] = [];
afterAll(() => {
  for (const client of clients) client.close();
});

const tab = async (token: string) => {
  const client = await connectAuthenticated(stack.baseUrl, { token });
  clients.push(client);
  return client;
};

const settings = (admin: TenantAdmin, body: object) =>
  stack.call('PUT', '/api/ai/settings', { token: admin.token, body });
const aiOn = (over: object = {}) => ({
  enabled: true,
  provider: 'local',
  autoApply: { category: false, priority: false },
  autoApplyMinConfidence: 0.8,
  ...over,
});

/** A customer's message on the tenant's signed channel; each phone number is its own ticket. */
const customerSays = (admin: TenantAdmin, text: string, phone = `+1${randomBytes(4).readUInt32BE()}`) =>
  customerWrites(stack.call, admin, text, { name: 'Cora Customer', phone });

const assign = (admin: TenantAdmin, ticketId: string, agentId: string) =>
  stack.call('POST', `/api/tickets/${ticketId}/assign`, { token: admin.token, body: { agentId } });
const label = (admin: TenantAdmin, ticketId: string, category: string) =>
  stack.call('PATCH', `/api/tickets/${ticketId}`, { token: admin.token, body: { category } });
/** The agent answers and resolves the ticket: a resolved conversation drafts are built on. */
async function resolve(ticketId: string, agent: { id: string; token: string }, reply: string) {
  // The agent takes it: one a supervisor assigns would need approval to resolve.
  const as = { token: agent.token };
  await stack.call('POST', `/api/tickets/${ticketId}/assign`, { ...as, body: { agentId: agent.id } });
  await stack.call('POST', `/api/tickets/${ticketId}/messages`, { ...as, body: { body: reply } });
  for (const status of ['IN_PROGRESS', 'RESOLVED']) {
    const res = await stack.call('PATCH', `/api/tickets/${ticketId}`, { ...as, body: { status } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
}
const aiOf = async (token: string, ticketId: string) =>
  (await stack.call('GET', `/api/tickets/${ticketId}/ai`, { token })).body.data;

const names = (client: Client, messageId: string) =>
  client.received
    .filter((r) => r.name.startsWith('ai_') && r.payload.messageId === messageId)
    .map((r) => r.name);

describe('AI assist on a customer message', () => {
  it('streams its steps in order, the draft to the assignee alone, nothing to another tenant', async () => {
    const admin = await signupTenant(stack.call, 'Acme');
    expect((await settings(admin, aiOn())).body.data).toMatchObject({ enabled: true });
    const [agent, colleague] = [await createAgent(stack.call, admin), await createAgent(stack.call, admin)];
    const other = await signupTenant(stack.call, 'Other');
    await settings(other, aiOn());
    // A resolved conversation to draft from.
    const past = await customerSays(admin, 'My router keeps dropping the wifi connection');
    await label(admin, past.ticketId, 'connectivity');
    await resolve(past.ticketId, agent, 'Restarting the router in safe mode stops the wifi dropping.');
    const [agentTab, colleagueTab, supervisorTab, otherTab] = await Promise.all([
      tab(agent.token),
      tab(colleague.token),
      tab(admin.token),
      tab(other.token),
    ]);

    const phone = `+1${randomBytes(4).readUInt32BE()}`;
    const opened = await customerSays(admin, 'Hello, the wifi is dropping again', phone);
    await assign(admin, opened.ticketId, agent.id);
    const followUp = await customerSays(admin, 'My router keeps dropping the wifi connection again', phone);

    await agentTab.next('ai_processing_completed', (p) => p.messageId === followUp.messageId, 30_000);
    expect(names(agentTab, followUp.messageId)).toEqual([
      'ai_processing_started',
      'ai_classification',
      'ai_draft',
      'ai_processing_completed',
    ]);
    await supervisorTab.next('ai_processing_completed', (p) => p.messageId === followUp.messageId);
    expect(names(supervisorTab, followUp.messageId)).toEqual([
      'ai_processing_started',
      'ai_classification',
      'ai_processing_completed',
    ]);
    expect(colleagueTab.of('ai_draft')).toEqual([]);
    expect(otherTab.received.filter((r) => r.name.startsWith('ai_'))).toEqual([]);

    const ai = await aiOf(agent.token, opened.ticketId);
    expect(ai).toMatchObject({
      ticketId: opened.ticketId,
      classification: { messageId: followUp.messageId },
    });
    expect(ai.draft).toMatchObject({ messageId: followUp.messageId, content: expect.any(String) });
    expect((await aiOf(admin.token, opened.ticketId)).draft).toBeNull();
  });

  it('with AI off, emits nothing ai_*', async () => {
    const admin = await signupTenant(stack.call, 'Quiet');
    const supervisorTab = await tab(admin.token);
    const message = await customerSays(admin, 'Hello, my router is broken');
    await supervisorTab.next('new_message', (p) => p.messageId === message.messageId);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(supervisorTab.received.filter((r) => r.name.startsWith('ai_'))).toEqual([]);
    expect((await aiOf(admin.token, message.ticketId)).classification).toBeNull();
  });

  it("classifies by each tenant's own labels, and auto-applies as an audited update", async () => {
    const [a, b] = [await signupTenant(stack.call, 'A'), await signupTenant(stack.call, 'B')];
    await Promise.all([settings(a, aiOn()), settings(b, aiOn())]);
    const texts = [
      'The parcel never arrived at my door',
      'My parcel delivery is late by a week',
      'Courier lost the parcel I ordered',
    ];
    for (const text of texts) {
      await label(a, (await customerSays(a, text)).ticketId, 'shipping');
      await label(b, (await customerSays(b, text)).ticketId, 'logistics');
    }
    const classified = async (admin: TenantAdmin, category: string) => {
      const { ticketId } = await customerSays(admin, 'Where is my parcel? The courier says delivered');
      return waitFor(`${category} in ${admin.tenantId}`, async () => {
        const ai = await aiOf(admin.token, ticketId);
        return ai?.classification?.category === category ? ticketId : undefined;
      });
    };
    await classified(a, 'shipping');
    await classified(b, 'logistics');

    await settings(a, aiOn({ autoApply: { category: true, priority: false }, autoApplyMinConfidence: 0.05 }));
    const { ticketId } = await customerSays(a, 'The parcel is lost, the courier never came');
    const ticket = await waitFor('the category auto-applied', async () => {
      const res = await stack.call('GET', `/api/tickets/${ticketId}`, { token: a.token });
      return res.body.category === 'shipping' ? res.body : undefined;
    });
    expect(ticket.category).toBe('shipping');
    const history = (await stack.call('GET', `/api/tickets/${ticketId}/history`, { token: a.token })).body
      .data;
    expect(history).toContainEqual(
      expect.objectContaining({
        actorId: null,
        action: 'updated',
        changes: expect.objectContaining({ by: 'ai-assist', after: { category: 'shipping' } }),
      }),
    );
  });
});
