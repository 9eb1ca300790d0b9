import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Acceptance 3: a network cut shows Reconnecting, then Live, with what happened meanwhile on screen. */
describe('a network blip', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let agentWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Morgan']);
    agentWindow = await openContext(baseUrl);
  });
  afterAll(async () => {
    await agentWindow?.close();
  });

  it('resumes the event stream after the network returns, without stale data', async () => {
    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const customer = { name: 'Frankie Customer', email: 'frankie@example.com' };
    const { ticketId } = await center.customerWrites(customer, 'Can I change my delivery address?');
    await center.assign(ticketId, casey.id);

    const agent = await signIn(agentWindow, casey.email, PASSWORD);
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page
      .getByTestId('message')
      .filter({ hasText: 'Can I change my delivery address?' })
      .waitFor();
    const indicator = agent.page.getByTestId('live-indicator');
    await indicator.getByText('Live').waitFor();

    await agentWindow.setOffline(true);
    await indicator.getByText('Reconnecting…').waitFor();

    // Meanwhile: the customer writes again and the supervisor broadcasts to everyone.
    await center.customerWrites(customer, 'The new address is 12 Harbour Street.');
    center.must(
      await center.call('POST', '/api/broadcasts', {
        token: center.supervisor.token,
        body: { message: 'Team huddle at 3 pm', audience: { type: 'all' } },
      }),
      201,
      'broadcast',
    );

    await agentWindow.setOffline(false);
    await indicator.getByText('Live').waitFor();
    await agent.page
      .getByTestId('message')
      .filter({ hasText: 'The new address is 12 Harbour Street.' })
      .waitFor();
    await agent.page.getByText('Team huddle at 3 pm').waitFor();

    expect(agent.errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
  });
});
