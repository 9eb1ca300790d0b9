import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Acceptance 1: the supervisor's board, the agent's queue and thread, and typing, all without reload. */
describe('a live contact-center floor', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let supervisorWindow: BrowserContext;
  let agentWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    [supervisorWindow, agentWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([supervisorWindow?.close(), agentWindow?.close()]);
  });

  it('shows the agent online and working, their customer’s messages and who is typing — live', async () => {
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    const supervisor = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);
    const boardRow = supervisor.page.getByTestId(`board-${alex.email}`);
    await boardRow.getByText('Clocked out').waitFor();

    // The agent signs in and clocks in: the supervisor's board follows without a reload.
    const agent = await signIn(agentWindow, alex.email, PASSWORD);
    await agent.page.getByRole('button', { name: 'Clock in' }).click();
    await agent.page.getByTestId('my-activity').getByText('Working').waitFor();
    await boardRow.getByText('Online').waitFor();
    await boardRow.getByText('Working').waitFor();

    // A customer writes in: the ticket reaches the agent's queue and its thread.
    const customer = { name: 'Dana Customer', email: 'dana@example.com' };
    const { ticketId } = await center.customerWrites(customer, 'My order #1042 never arrived');
    await agent.page
      .getByRole('link', { name: /My order #1042 never arrived|Dana Customer/ })
      .first()
      .click();
    await agent.page.waitForURL(`**/agent/tickets/${ticketId}`);
    await agent.page.getByText('My order #1042 never arrived').first().waitFor();
    await center.customerWrites(customer, 'It was due last Friday.');
    await agent.page.getByTestId('message').filter({ hasText: 'It was due last Friday.' }).waitFor();

    // The supervisor opens the same ticket and sees the agent typing.
    await supervisor.page.goto(`/console/queue/${ticketId}`);
    await supervisor.page.getByText('It was due last Friday.').waitFor();
    // Typing reaches only sockets in the ticket's room: both must have joined it.
    await supervisor.page.locator('[data-room="joined"]').waitFor();
    await agent.page.locator('[data-room="joined"]').waitFor();
    await agent.page
      .getByLabel('Reply to the customer')
      .pressSequentially('Sorry to hear that', { delay: 20 });
    await supervisor.page.getByText('Alex Rivera is typing…').waitFor();
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    await supervisor.page.getByTestId('message').filter({ hasText: 'Sorry to hear that' }).waitFor();
    await supervisor.page.getByText('Alex Rivera is typing…').waitFor({ state: 'detached' });

    expect(supervisor.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
  });
});
