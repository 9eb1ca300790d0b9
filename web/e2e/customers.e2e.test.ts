import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 19 "Customers": the customer's history in the ticket view, and the Customers page's profile, attributes and merge. */
describe('customers', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;
  let known: { id: string };
  let byPhone: { ticketId: string };
  let byEmail: { ticketId: string };

  beforeAll(async () => {
    center = await contactCenter(baseUrl);
    known = center.must(
      await center.call('POST', '/api/customers', {
        token: center.supervisor.token,
        body: { name: 'Priya Patel', phone: '+1 555 0199', attributes: { plan: 'gold' } },
      }),
      201,
      'customer',
    );
    byPhone = await center.customerWrites({ name: 'P', phone: '15550199' }, 'My invoice is wrong');
    byEmail = await center.customerWrites(
      { name: 'Priya P.', email: 'priya@example.com' },
      'Writing from my other address',
    );
    window = await openContext(baseUrl);
  });
  afterAll(async () => {
    await window?.close();
  });

  it('the ticket view shows who wrote in, what we know of them, and their profile one click away', async () => {
    const { page, errors } = await signIn(window, center.supervisor.email, PASSWORD);
    await page.goto(`/console/queue/${byPhone.ticketId}`);
    const panel = page.getByRole('complementary', { name: 'Customer' });
    await panel.getByRole('link', { name: 'Priya Patel' }).waitFor();
    await panel.getByText('+1 555 0199').waitFor();
    await panel.getByText('gold').waitFor();
    await panel.getByText('No other tickets.').waitFor();
    expect(await seriousA11yProblems(page, '.customer-panel')).toEqual([]);
    await panel.getByRole('link', { name: 'Priya Patel' }).click();
    await page.waitForURL(`**/console/customers/${known.id}`);
    await page.getByRole('heading', { name: 'Priya Patel', level: 2 }).waitFor();
    expect(await page.getByTestId('ticket-count').textContent()).toBe('1 in all, 1 open');
    expect(await seriousA11yProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a supervisor finds the duplicate, gives it an attribute and merges it: both tickets are on one profile', async () => {
    const page = window.pages()[0];
    if (!page) throw new Error('no page');
    await page.getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByLabel('Search customers').fill('priya');
    const results = page.locator('.customers-results');
    await results.getByRole('link', { name: /Priya P\./ }).click();
    await page.getByRole('heading', { name: 'Priya P.', level: 2 }).waitFor();

    const attributes = page.getByRole('form', { name: 'Attributes' });
    await attributes.getByRole('button', { name: 'Add attribute' }).click();
    await attributes.getByLabel('Attribute 1 name').fill('city');
    await attributes.getByLabel('Attribute 1 value').fill('Pune');
    await attributes.getByRole('button', { name: 'Save attributes' }).click();
    await expect.poll(() => attributes.getByLabel('Attribute 1 value').inputValue()).toBe('Pune');

    page.once('dialog', (dialog) => void dialog.accept());
    const merge = page.getByRole('form', { name: 'Merge a duplicate' });
    await merge.getByLabel('Find the customer who stays').fill('Patel');
    await expect
      .poll(() => merge.getByLabel('Customer who stays', { exact: true }).locator('option').count())
      .toBe(2);
    await merge
      .getByLabel('Customer who stays', { exact: true })
      .selectOption({ label: 'Priya Patel · +1 555 0199' });
    await merge.getByRole('button', { name: 'Merge into the chosen customer' }).click();

    await page.waitForURL(`**/console/customers/${known.id}`);
    await expect.poll(() => page.getByTestId('ticket-count').textContent()).toBe('2 in all, 2 open');
    const tickets = page.getByRole('region', { name: 'Their tickets' });
    await tickets.getByRole('link', { name: 'Writing from my other address' }).waitFor();
    await tickets.getByRole('link', { name: 'My invoice is wrong' }).waitFor();
    // the duplicate's attribute came along, the kept one's stayed
    const kept = page.getByRole('form', { name: 'Attributes' });
    const values = [
      await kept.getByLabel('Attribute 1 value').inputValue(),
      await kept.getByLabel('Attribute 2 value').inputValue(),
    ];
    expect(values.sort()).toEqual(['Pune', 'gold']);

    // and the ticket view now links the customer's other ticket
    await page.goto(`/console/queue/${byPhone.ticketId}`);
    const panel = page.getByRole('complementary', { name: 'Customer' });
    await panel.getByRole('link', { name: 'Writing from my other address' }).click();
    await page.waitForURL(`**/console/queue/${byEmail.ticketId}`);
    await page.getByRole('heading', { name: 'Writing from my other address' }).waitFor();
  });

  it('an agent edits a customer but is not offered the merge', async () => {
    const agent = center.agents[0];
    if (!agent) throw new Error('no agent');
    const agentWindow = await openContext(baseUrl);
    try {
      const { page, errors } = await signIn(agentWindow, agent.email, PASSWORD);
      await page.getByRole('link', { name: 'Customers', exact: true }).click();
      await page
        .locator('.customers-results')
        .getByRole('link', { name: /Priya Patel/ })
        .click();
      await page.getByRole('heading', { name: 'Priya Patel', level: 2 }).waitFor();
      const details = page.getByRole('form', { name: 'Contact details' });
      await details.getByLabel('Name').fill('Priya Patel-Rao');
      await details.getByRole('button', { name: 'Save details' }).click();
      await page.getByRole('heading', { name: 'Priya Patel-Rao', level: 2 }).waitFor();
      expect(await page.getByRole('form', { name: 'Merge a duplicate' }).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await agentWindow.close();
    }
  });
});
