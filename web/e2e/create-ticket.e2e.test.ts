import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 16 "Create and find work": a ticket opened in the console reaches the agent live. */
describe('creating and finding a ticket', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let supervisorWindow: BrowserContext;
  let agentWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Park']);
    [supervisorWindow, agentWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([supervisorWindow?.close(), agentWindow?.close()]);
  });

  it('a supervisor creates a ticket from the form, with the API’s messages by each field, and the agent sees it live', async () => {
    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const agent = await signIn(agentWindow, casey.email, PASSWORD);
    const unassigned = agent.page.getByRole('region', { name: /Unassigned/ });
    await unassigned.getByText('The unassigned queue is empty.').waitFor();

    const supervisor = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);
    await supervisor.page.getByRole('link', { name: 'Queue', exact: true }).click();
    await supervisor.page.getByRole('link', { name: 'New ticket' }).click();
    const form = supervisor.page.getByRole('form', { name: 'New ticket' });

    // Nothing filled but a bad email: the API's field messages stand beside subject and email.
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByRole('button', { name: 'Create ticket' }).click();
    const subject = form.getByLabel('Subject');
    await expect.poll(() => subject.getAttribute('aria-invalid')).toBe('true');
    await supervisor.page.locator('#new-ticket-subject-error').waitFor();
    await supervisor.page.locator('#new-ticket-customerEmail-error').waitFor();
    await supervisor.page.locator('#new-ticket-customerName-error').waitFor();
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Priority').getAttribute('aria-invalid')).toBeNull();

    await subject.fill('Screen flickers after update');
    await form.getByLabel('Description').fill('Since version 4.2 the screen flickers at startup');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('Category').fill('hardware');
    await form.getByLabel('Name').fill('Morgan Lindqvist');
    await form.getByLabel('Email').fill('morgan@example.com');
    await form.getByLabel('Phone').fill('+46 8 123 456');
    await form.getByRole('button', { name: 'Create ticket' }).click();
    await supervisor.page.waitForURL(/\/console\/queue\/[0-9a-f-]{36}$/);
    await supervisor.page.getByRole('heading', { name: 'Screen flickers after update' }).waitFor();

    // The agent's unassigned queue gets it through ticket_created, without a reload.
    await unassigned.getByRole('link', { name: /Screen flickers after update/ }).waitFor();

    // Search covers the customer too: by surname and by email.
    const search = unassigned.getByLabel('Search Unassigned');
    await search.fill('lindqvist');
    await unassigned.getByRole('link', { name: /Screen flickers after update/ }).waitFor();
    await search.fill('nobody-like-this');
    await unassigned.getByText('The unassigned queue is empty.').waitFor();
    await search.fill('morgan@example.com');
    await unassigned.getByRole('link', { name: /Screen flickers after update/ }).waitFor();

    // The 400 answer is logged by Chromium as a failed resource; nothing else may fail.
    expect(supervisor.errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
    expect(agent.errors).toEqual([]);
  });
});
