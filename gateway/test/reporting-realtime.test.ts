import { isDeepStrictEqual } from 'node:util';
import {
  type Client,
  connectAuthenticated,
  createAgent,
  sharedStack,
  signupTenant,
  waitFor,
} from '@switchboard/testing';
import { afterAll, describe, expect, inject, it } from 'vitest';

const stack = sharedStack(inject('sharedStack'));

/** A metrics_update as the dashboard numbers alone (without the delivery fields the gateway adds). */
const numbersOf = ({ eventId: _, type: __, occurredAt: ___, seq: ____, epoch: _____, ...numbers }: any) =>
  numbers;

describe('the live dashboard through the gateway', () => {
  const tabs: Client[] = [];
  afterAll(() => {
    for (const tab of tabs) tab.close();
  });

  it('GET /api/reports/dashboard answers what the last metrics_update told the tenant’s staff', async () => {
    const admin = await signupTenant(stack.call, 'Reports');
    const supervisor = await createAgent(stack.call, admin, { role: 'supervisor' });
    const agent = await createAgent(stack.call, admin);
    const elsewhere = await signupTenant(stack.call, 'Elsewhere');
    const connectAs = (u: { token: string }) => connectAuthenticated(stack.baseUrl, { token: u.token });
    const [supervisorTab, agentTab, elsewhereTab] = await Promise.all([
      connectAs(supervisor),
      connectAs(agent),
      connectAs(elsewhere),
    ]);
    tabs.push(supervisorTab, agentTab, elsewhereTab);

    const ticket = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'Printer on fire', priority: 'urgent' },
    });
    expect(ticket.status).toBe(201);

    // Every change is pushed (coalesced); once nothing is pending, the last push and GET agree.
    const settled = await waitFor('the last metrics_update to match the dashboard', async () => {
      const dashboard = await stack.call('GET', '/api/reports/dashboard', { token: supervisor.token });
      const last = supervisorTab.of('metrics_update').at(-1);
      const same = last && isDeepStrictEqual(numbersOf(last), dashboard.body);
      return same && dashboard.body.waitingConversations === 1 ? dashboard.body : null;
    });
    expect(settled).toMatchObject({
      waitingConversations: 1,
      ticketsCreatedToday: 1,
      activeConversations: 0,
    });

    // A later fact every tab of the tenant hears of: by then any metrics_update elsewhere would have arrived too.
    const marker = await stack.call('POST', '/api/tickets', {
      token: admin.token,
      body: { subject: 'marker', priority: 'low' },
    });
    await agentTab.next('ticket_created', (t) => t.id === marker.body.id);
    await supervisorTab.next('metrics_update', (m) => m.ticketsCreatedToday === 2);
    // The tenant's numbers reach every staff member, agents included (reference/001).
    await agentTab.next('metrics_update', (m) => m.ticketsCreatedToday === 2);
    const ours = new Set(supervisorTab.of('metrics_update').map((m) => m.eventId));
    expect(elsewhereTab.of('metrics_update').filter((m) => ours.has(m.eventId))).toEqual([]);
    expect(elsewhereTab.of('metrics_update').every((m) => m.ticketsCreatedToday === 0)).toBe(true);
  });

  it('routes the agent performance rows to reporting, not to auth’s /api/agents/*', async () => {
    const admin = await signupTenant(stack.call, 'Performance');
    const agent = await createAgent(stack.call, admin);
    const rows = await waitFor('the agent known to reporting', async () => {
      const res = await stack.call(
        'GET',
        `/api/agents/${agent.id}/performance?from=2026-03-01&to=2026-03-02`,
        {
          token: agent.token,
        },
      );
      return res.status === 200 ? res.body : null;
    });
    expect(rows.data.map((r: { date: string }) => r.date)).toEqual(['2026-03-01', '2026-03-02']);
    const other = await stack.call('GET', `/api/agents/${admin.userId}/performance`, { token: agent.token });
    expect(other.status).toBe(403);
  });
});
