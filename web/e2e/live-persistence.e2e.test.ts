import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** What happens on one screen reaches the other live, and is still there after a reload. */
describe('live and persistent on the floor and in tickets', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let supervisorWindow: BrowserContext;
  let agentWindow: BrowserContext;
  let agent: Awaited<ReturnType<typeof signIn>>;
  let supervisor: Awaited<ReturnType<typeof signIn>>;
  let ticketId: string;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    ticketId = (
      await center.customerWrites({ name: 'Dana Customer', email: 'dana@example.com' }, 'Where is my order?')
    ).ticketId;
    await center.assign(ticketId, alex.id);
    [supervisorWindow, agentWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
    [agent, supervisor] = await Promise.all([
      signIn(agentWindow, alex.email, PASSWORD),
      signIn(supervisorWindow, center.supervisor.email, PASSWORD),
    ]);
  });
  afterAll(async () => {
    await Promise.all([supervisorWindow?.close(), agentWindow?.close()]);
  });

  it('keeps "Seen by" after a reload: read receipts are stored', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page.getByTestId('message').filter({ hasText: 'Where is my order?' }).waitFor();
    await supervisor.page.goto(`/console/queue/${ticketId}`);
    const customerMessage = supervisor.page.getByTestId('message').filter({ hasText: 'Where is my order?' });
    await customerMessage.getByText('Seen by Alex Rivera').waitFor();
    await supervisor.page.reload();
    await customerMessage.getByText('Seen by Alex Rivera').waitFor();
  });

  it('shows the supervisor a broadcast’s acknowledgements go up without a reload', async () => {
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    const sent = center.must(
      await center.call('POST', '/api/broadcasts', {
        token: center.supervisor.token,
        body: { message: 'Stand-up at 10', audience: { type: 'agents', value: [alex.id] } },
      }),
      201,
      'broadcast',
    );
    await supervisor.page.goto('/console/broadcasts');
    const row = supervisor.page.getByRole('row').filter({ hasText: 'Stand-up at 10' });
    await row.getByTestId('ack-count').getByText('0 / 1').waitFor();
    center.must(
      await center.call('POST', `/api/broadcasts/${sent.id}/ack`, { token: alex.token }),
      200,
      'ack',
    );
    await row.getByTestId('ack-count').getByText('1 / 1').waitFor();
    expect(await seriousA11yProblems(supervisor.page)).toEqual([]);
  });

  it('tells the agent their help request was accepted, and still after a reload', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page.getByRole('button', { name: 'Ask for help' }).click();
    await agent.page.getByLabel('What do you need help with?').fill('The customer wants a refund');
    await agent.page.getByRole('button', { name: 'Send request' }).click();
    const help = agent.page.getByTestId('help-status');
    await help.getByText('You asked for help — waiting for a supervisor.').waitFor();
    await agent.page.reload();
    await help.getByText('You asked for help — waiting for a supervisor.').waitFor();

    await supervisor.page.goto('/console/help');
    const request = supervisor.page.getByRole('listitem').filter({ hasText: 'The customer wants a refund' });
    await request.getByRole('button', { name: 'Accept' }).click();
    await help.getByText('Sam Supervisor accepted your help request.').waitFor();
    await agent.page.reload();
    await help.getByText('Sam Supervisor accepted your help request.').waitFor();
    expect(await seriousA11yProblems(supervisor.page)).toEqual([]);
  });

  it('carries the help request’s thread live both ways', async () => {
    const agentThread = agent.page.getByTestId('help-thread');
    await agentThread.getByPlaceholder('Write a message').fill('It is 40 days old');
    await agentThread.getByRole('button', { name: 'Send' }).click();
    await supervisor.page.getByLabel('Help request status').selectOption('accepted');
    const request = supervisor.page.getByRole('listitem').filter({ hasText: 'The customer wants a refund' });
    await request.getByText('Conversation').click();
    const supervisorThread = request.getByTestId('help-thread');
    await supervisorThread.getByText('It is 40 days old').waitFor();
    await supervisorThread.getByPlaceholder('Write a message').fill('Refund it anyway');
    await supervisorThread.getByRole('button', { name: 'Send' }).click();
    await agentThread.getByText('Refund it anyway').waitFor();
    expect(await seriousA11yProblems(agent.page)).toEqual([]);
    expect(await seriousA11yProblems(supervisor.page)).toEqual([]);
  });

  it('shows a reply written offline as pending, then as sent once back online', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page.locator('[data-room="joined"]').waitFor();
    await agentWindow.setOffline(true);
    await agent.page.getByLabel('Reply to the customer').fill('We are checking with the courier');
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    const pending = agent.page
      .getByTestId('pending-message')
      .filter({ hasText: 'checking with the courier' });
    await pending.getByText('Sending…').waitFor();
    expect(await seriousA11yProblems(agent.page)).toEqual([]);

    await agentWindow.setOffline(false);
    const sent = agent.page.getByTestId('message').filter({ hasText: 'We are checking with the courier' });
    await sent.getByText('✓ Sent').waitFor();
    await pending.waitFor({ state: 'detached' });
    await supervisor.page.goto(`/console/queue/${ticketId}`);
    await supervisor.page
      .getByTestId('message')
      .filter({ hasText: 'We are checking with the courier' })
      .waitFor();

    expect(agent.errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
    expect(supervisor.errors).toEqual([]);
  });

  it('marks a reply the server never took as "Not sent", and Retry sends it', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page.locator('[data-room="joined"]').waitFor();
    const replies = `**/api/tickets/${ticketId}/messages`;
    await agent.page.route(replies, (route) =>
      route.request().method() === 'POST' ? route.abort('connectionreset') : route.continue(),
    );
    await agent.page.getByLabel('Reply to the customer').fill('A refund is on its way');
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    const pending = agent.page.getByTestId('pending-message').filter({ hasText: 'A refund is on its way' });
    await pending.getByText('Not sent —').waitFor();
    await agent.page.unroute(replies);
    await pending.getByRole('button', { name: 'Retry' }).click();
    await agent.page.getByTestId('message').filter({ hasText: 'A refund is on its way' }).waitFor();
    await pending.waitFor({ state: 'detached' });
  });
});
