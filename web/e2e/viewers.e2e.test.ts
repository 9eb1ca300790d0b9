import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Two people in one ticket, in two browsers: each sees the other, and who is replying. */
describe('who is viewing a ticket', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let agentWindow: BrowserContext;
  let supervisorWindow: BrowserContext;
  let agent: Awaited<ReturnType<typeof signIn>>;
  let supervisor: Awaited<ReturnType<typeof signIn>>;
  let ticketId: string;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Ana Lima']);
    const ana = center.agents[0];
    if (!ana) throw new Error('no agent');
    ticketId = (
      await center.customerWrites({ name: 'Dana Customer', email: 'dana@example.com' }, 'Refund please')
    ).ticketId;
    await center.assign(ticketId, ana.id);
    [agentWindow, supervisorWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
    [agent, supervisor] = await Promise.all([
      signIn(agentWindow, ana.email, PASSWORD),
      signIn(supervisorWindow, center.supervisor.email, PASSWORD),
    ]);
  });
  afterAll(async () => {
    await Promise.all([agentWindow?.close(), supervisorWindow?.close()]);
  });

  it('shows each the other, "(typing…)" and the composer warning while one types, and drops who left', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await supervisor.page.goto(`/console/queue/${ticketId}`);
    const agentStrip = agent.page.getByTestId('viewers');
    const supervisorStrip = supervisor.page.getByTestId('viewers');
    await agentStrip.getByText('Also here: Sam Supervisor').waitFor();
    await supervisorStrip.getByText('Also here: Ana Lima').waitFor();

    await agent.page.getByLabel('Reply to the customer').fill('We are on it');
    await supervisorStrip.getByText('Also here: Ana Lima (typing…)').waitFor();
    await supervisor.page.getByTestId('composer-warning').getByText('Ana Lima is already replying').waitFor();
    // The one typing is not warned about themself.
    expect(await agent.page.getByTestId('composer-warning').textContent()).toBe('');
    expect(await seriousA11yProblems(supervisor.page)).toEqual([]);

    await agent.page.goto('/agent/tickets');
    await supervisorStrip.getByText('Also here').waitFor({ state: 'detached' });
    expect(await supervisor.page.getByTestId('composer-warning').textContent()).toBe('');
  });

  it('lists the agent again after their browser reconnects (a new socket views the ticket again)', async () => {
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await supervisor.page.goto(`/console/queue/${ticketId}`);
    const supervisorStrip = supervisor.page.getByTestId('viewers');
    await supervisorStrip.getByText('Also here: Ana Lima').waitFor();
    await agentWindow.setOffline(true);
    await agent.page.getByTestId('live-indicator').getByText('Reconnecting…').waitFor();
    await supervisorStrip.getByText('Also here').waitFor({ state: 'detached', timeout: 10_000 });
    await agentWindow.setOffline(false);
    await supervisorStrip.getByText('Also here: Ana Lima').waitFor();
  });
});
