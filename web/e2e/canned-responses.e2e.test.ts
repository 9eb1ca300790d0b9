import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 19 "Canned responses": kept in Settings, inserted from the composer with `/`, keyboard only. */
describe('canned responses', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let supervisorWindow: BrowserContext;
  let agentWindow: BrowserContext;
  let secondWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Park']);
    [supervisorWindow, agentWindow, secondWindow] = await Promise.all([
      openContext(baseUrl),
      openContext(baseUrl),
      openContext(baseUrl),
    ]);
  });
  afterAll(async () => {
    await Promise.all([supervisorWindow?.close(), agentWindow?.close(), secondWindow?.close()]);
  });

  it('a supervisor adds /greet in Settings; the agent types /gr, picks it with the keyboard and sends it', async () => {
    const supervisor = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);
    await supervisor.page.goto('/console/settings/canned-responses');
    const form = supervisor.page.getByRole('form', { name: 'New canned response' });
    await form.getByLabel('Short code').fill('greet');
    await form.getByLabel('Title').fill('Greeting');
    await form.getByLabel('Text').fill('Hello {{customer.name}}, this is {{agent.name}}.');
    await form.getByLabel('Who can use it').selectOption('tenant');
    await form.getByRole('button', { name: 'Create' }).click();
    await supervisor.page.getByRole('rowheader', { name: '/greet' }).waitFor();
    // A second one that "/gr" also finds, so the arrow keys have somewhere to go.
    center.must(
      await center.call('POST', '/api/canned-responses', {
        token: center.supervisor.token,
        body: { shortCode: 'grateful', title: 'Thanks', body: 'Thank you!', scope: 'tenant' },
      }),
      201,
      'canned response',
    );
    expect(await seriousA11yProblems(supervisor.page, '.settings-body')).toEqual([]);

    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const { ticketId } = await center.customerWrites(
      { name: 'Nora Nilsson', email: 'nora@example.com' },
      'My parcel never came',
    );
    await center.assign(ticketId, casey.id);
    const agent = await signIn(agentWindow, casey.email, PASSWORD);
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    const box = agent.page.getByLabel('Reply to the customer');
    await box.click();
    await box.pressSequentially('/gr');
    const list = agent.page.getByRole('listbox', { name: 'Canned responses' });
    await list.getByRole('option', { name: '/greet Greeting' }).waitFor();
    expect(await list.getByRole('option').allTextContents()).toEqual(['/greet Greeting', '/grateful Thanks']);
    expect(await seriousA11yProblems(agent.page, '.composer')).toEqual([]);

    await box.press('ArrowDown');
    await expect
      .poll(() => list.getByRole('option', { selected: true }).textContent())
      .toBe('/grateful Thanks');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(
      await list.getByRole('option', { name: '/greet Greeting' }).getAttribute('id'),
    );
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('Hello Nora Nilsson, this is Casey Park.');
    await list.waitFor({ state: 'hidden' });

    // The inserted text is the agent's to edit; Esc closes a picker opened again without inserting.
    await box.pressSequentially(' See /gr');
    await list.waitFor();
    await box.press('Escape');
    await list.waitFor({ state: 'hidden' });
    await box.press('Backspace');
    await box.press('Backspace');
    await box.press('Backspace');
    await box.pressSequentially('you soon.');
    await box.press('Control+Enter');
    const thread = agent.page.locator('.thread');
    await thread.getByText('Hello Nora Nilsson, this is Casey Park. See you soon.').waitFor();

    // The thread shows the reply at once (pending); the stored message is what the customer gets.
    const bodies = async () =>
      (await center.call('GET', `/api/tickets/${ticketId}/messages`, { token: casey.token })).body.data.map(
        (m: { body: string }) => m.body,
      );
    await expect.poll(bodies).toContain('Hello Nora Nilsson, this is Casey Park. See you soon.');
    expect(supervisor.errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
    expect(agent.errors).toEqual([]);
  }, 120_000);

  it('an agent keeps a personal response from the agent portal and finds it with /', async () => {
    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const { page, errors } = await signIn(secondWindow, casey.email, PASSWORD);
    await page.getByRole('link', { name: 'My canned responses' }).click();
    const form = page.getByRole('form', { name: 'New canned response' });
    await form.waitFor();
    expect(await form.getByLabel('Who can use it').locator('option').allTextContents()).toEqual([
      'Only me (personal)',
    ]);
    await form.getByLabel('Short code').fill('sign-off');
    await form.getByLabel('Title').fill('My sign-off');
    await form.getByLabel('Text').fill('Best, {{agent.name}}');
    await form.getByRole('button', { name: 'Create' }).click();
    const row = page.getByRole('row', { name: /\/sign-off/ });
    await row.getByText('Only me (personal)').waitFor();
    // The shared ones are listed too, without the actions an agent may not take.
    expect(await page.getByRole('button', { name: 'Delete /greet' }).count()).toBe(0);

    const { ticketId } = await center.customerWrites(
      { name: 'Otto Olsen', email: 'otto@example.com' },
      'Hello?',
    );
    await center.assign(ticketId, casey.id);
    await page.goto(`/agent/tickets/${ticketId}`);
    const box = page.getByLabel('Reply to the customer');
    await box.click();
    await box.pressSequentially('Thanks! /sig');
    await page.getByRole('option', { name: '/sign-off My sign-off' }).waitFor();
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('Thanks! Best, Casey Park');
    expect(errors).toEqual([]);
  }, 120_000);
});
