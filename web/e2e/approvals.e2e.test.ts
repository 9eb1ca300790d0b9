import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Acceptance 2: request resolution → approvals inbox; reject with a reason; approve. */
describe('resolution approvals', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let supervisorWindow: BrowserContext;
  let agentWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Blake Chen']);
    [supervisorWindow, agentWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([supervisorWindow?.close(), agentWindow?.close()]);
  });

  it('moves a resolution request between the agent and the supervisor, live on both screens', async () => {
    const blake = center.agents[0];
    if (!blake) throw new Error('no agent');
    const created = center.must(
      await center.call('POST', '/api/tickets', {
        token: center.supervisor.token,
        body: {
          subject: 'Refund for a damaged parcel',
          priority: 'high',
          customer: { name: 'Eli Customer' },
        },
      }),
      201,
      'create ticket',
    );
    // A supervisor's assignment makes the ticket need approval (docs/tickets.md).
    await center.assign(created.id, blake.id);

    const supervisor = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);
    await supervisor.page.getByRole('link', { name: 'Approvals' }).click();
    await supervisor.page.getByText('No resolution requests are waiting.').waitFor();

    const agent = await signIn(agentWindow, blake.email, PASSWORD);
    await agent.page
      .getByRole('link', { name: /Refund for a damaged parcel/ })
      .first()
      .click();
    const status = agent.page.getByTestId('ticket-status');
    await agent.page.getByRole('button', { name: 'Start work' }).click();
    await status.getByText('In progress').waitFor();
    await agent.page.getByRole('button', { name: 'Request resolution' }).click();
    await status.getByText('Resolution requested').waitFor();

    // The request reaches the supervisor's approvals inbox; they reject it with a reason.
    const card = supervisor.page.getByTestId('approval').filter({ hasText: 'Refund for a damaged parcel' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Reject' }).click();
    await card.getByLabel('Reason for rejecting').fill('Attach the courier photo first');
    await card.getByRole('button', { name: 'Reject' }).click();
    await supervisor.page.getByText('No resolution requests are waiting.').waitFor();

    await status.getByText('In progress').waitFor();
    await agent.page.getByText('Attach the courier photo first').waitFor();

    // Asked again, the supervisor approves from the ticket itself: resolved on both screens.
    await agent.page.getByRole('button', { name: 'Request resolution' }).click();
    await status.getByText('Resolution requested').waitFor();
    await card.getByRole('link', { name: /Refund for a damaged parcel/ }).click();
    const supervisorStatus = supervisor.page.getByTestId('ticket-status');
    await supervisorStatus.getByText('Resolution requested').waitFor();
    await supervisor.page.getByRole('button', { name: 'Approve' }).click();
    await supervisorStatus.getByText('Resolved').waitFor();
    await status.getByText('Resolved').waitFor();

    expect(supervisor.errors).toEqual([]);
    expect(agent.errors).toEqual([]);
  });
});
