import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { client, contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 19: ticket numbers, tags and macros, as a supervisor uses them in the console. */
describe('tagging tickets and applying macros from the browser', () => {
  const baseUrl = inject('baseUrl');
  const call = client(baseUrl);
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;
  let page: Page;
  let errors: string[];
  type Created = { id: string; number: number };
  const open = async (subject: string): Promise<Created> => {
    const res = await call('POST', '/api/tickets', {
      token: center.supervisor.token,
      body: { subject, priority: 'medium' },
    });
    expect(res.status).toBe(201);
    return res.body;
  };

  beforeAll(async () => {
    center = await contactCenter(baseUrl);
    window = await openContext(baseUrl);
    ({ page, errors } = await signIn(window, center.supervisor.email, PASSWORD));
  });
  afterAll(async () => {
    await window?.close();
  });

  it('shows the number, adds a tag with Enter, filters the queue by it and removes it', async () => {
    const refund = await open('Refund for a broken kettle');
    await open('Password reset');
    await page.goto(`/console/queue/${refund.id}`);
    await page.getByRole('heading', { name: `#${refund.number} Refund for a broken kettle` }).waitFor();

    const input = page.getByLabel('Add a tag');
    await input.fill('  Refund ');
    await input.press('Enter');
    const chips = page.getByTestId('ticket-tags');
    await chips.getByText('refund', { exact: true }).waitFor();
    await input.fill('REFUND');
    await input.press('Enter');
    await page.getByRole('alert').getByText('The ticket already has this tag.').waitFor();

    const queue = page.getByRole('region', { name: /Queue/ });
    await queue.getByRole('link', { name: /Password reset/ }).waitFor();
    await page.getByLabel('Tag in Queue').selectOption({ label: 'refund (1)' });
    await expect.poll(() => queue.getByRole('link', { name: /Password reset/ }).count()).toBe(0);
    await queue.getByRole('link', { name: /Refund for a broken kettle/ }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    await chips.getByRole('button', { name: 'Remove tag refund' }).click();
    await chips.getByText('No tags').waitFor();
    expect(errors).toEqual([]);
  });

  it('writes a macro in Settings and applies it from the keyboard: reply and tag at once', async () => {
    await page.goto('/console/settings/macros');
    await page.getByRole('button', { name: 'New macro' }).click();
    const form = page.getByRole('form', { name: 'New macro' });
    await form.getByLabel('Name').fill('Acknowledge');
    await form.getByLabel('Step 1: value').fill('Thanks, we are looking into it.');
    await form.getByRole('button', { name: 'Add a step' }).click();
    await form.getByLabel('Step 2: value').fill('acknowledged');
    await form.getByRole('button', { name: 'Save macro' }).click();
    await page.getByText('Acknowledge').first().waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    const ticket = await open('Where is my parcel');
    await page.goto(`/console/queue/${ticket.id}`);
    const menu = page.getByRole('button', { name: 'Macros' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Acknowledge');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Macro applied.').waitFor();
    await page.getByTestId('ticket-tags').getByText('acknowledged', { exact: true }).waitFor();
    await page.getByText('Thanks, we are looking into it.').waitFor();
    expect(errors).toEqual([]);
  });
});
