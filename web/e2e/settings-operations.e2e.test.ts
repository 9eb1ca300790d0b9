import { createHmac, randomBytes } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 16 "Admin settings screens": agents, assignment, the customer channel, report schedules. */
describe('an admin sets up operations from the browser', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Park']);
    window = await openContext(baseUrl);
    ({ page, errors } = await signIn(window, center.admin.email, PASSWORD));
  });
  afterAll(async () => {
    await window?.close();
  });

  it('creating an agent shows the password rules and each field’s message beside it', async () => {
    await page.goto('/console/agents');
    await page.getByRole('button', { name: 'New agent' }).click();
    const form = page.getByRole('form', { name: 'New agent' });
    await form.getByText('8 to 128 characters').waitFor();
    await form.getByLabel('Username').fill('kim_lee');
    await form.getByLabel('Email').fill('not-an-email');
    await form.getByLabel('Full name').fill('Kim Lee');
    await form.getByLabel('Password').fill('short');
    await form.getByRole('button', { name: 'Create agent' }).click();

    await page.locator('#new-agent-email-error').getByText('must be a valid email address').waitFor();
    await page.locator('#new-agent-password-error').getByText('must be at least 8 characters').waitFor();
    expect(await form.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Full name').getAttribute('aria-invalid')).toBeNull();
    expect(await form.getByText('The request is not valid').count()).toBe(0);
    expect(await seriousA11yProblems(page)).toEqual([]);

    await form.getByLabel('Email').fill(`kim-${randomBytes(3).toString('hex')}@example.com`);
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Create agent' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByRole('rowheader', { name: 'Kim Lee' }).waitFor();
  });

  it('an agent’s capacity and skills are kept after a reload', async () => {
    const open = async () => {
      await page.getByRole('button', { name: 'Capacity and skills of Casey Park' }).click();
      return page.getByRole('region', { name: 'Capacity and skills of Casey Park' });
    };
    await page.goto('/console/agents');
    let panel = await open();
    await panel.getByLabel('Capacity (open tickets)').fill('101');
    await panel.getByRole('button', { name: 'Save capacity and skills' }).click();
    await panel.locator('.field-error').first().waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    await panel.getByLabel('Capacity (open tickets)').fill('5');
    await panel.getByLabel('Skills (categories)').fill('billing, vip');
    await panel.getByRole('button', { name: 'Save capacity and skills' }).click();
    await panel.waitFor({ state: 'detached' });

    await page.reload();
    panel = await open();
    await expect.poll(() => panel.getByLabel('Capacity (open tickets)').inputValue()).toBe('5');
    expect(await panel.getByLabel('Skills (categories)').inputValue()).toBe('billing, vip');
  });

  it('assignment settings are saved, with the API’s message beside a bad value', async () => {
    await page.goto('/console/settings/assignment');
    const form = page.getByRole('form', { name: 'Automatic assignment' });
    await form.getByLabel(/Default capacity/).fill('0');
    await form.getByRole('button', { name: 'Add category' }).click();
    await form.getByLabel('Category 1').fill('billing');
    await form.getByLabel('Department 1').fill('Finance');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('#assignment-defaultCapacity-error').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    await form.getByLabel(/Default capacity/).fill('4');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
    const saved = center.must(
      await center.call('GET', '/api/assignment/settings', { token: center.admin.token }),
      200,
      'settings',
    );
    expect(saved).toMatchObject({ defaultCapacity: 4, categoryDepartments: { billing: 'Finance' } });
  });

  it('rotating the channel secret warns first, shows the new one, and the old one is refused', async () => {
    await page.goto('/console/settings/channel');
    const secret = page.getByLabel('Signing secret');
    expect(await secret.getAttribute('type')).toBe('password');
    await page.getByRole('textbox', { name: 'Inbound URL' }).waitFor();
    const old = await secret.inputValue();

    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(/old secret stops working at once/).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await confirm.getByRole('button', { name: 'Rotate now' }).click();
    await page.getByRole('status').getByText('A new secret is in use').waitFor();
    expect(await secret.getAttribute('type')).toBe('text');
    const fresh = await secret.inputValue();
    expect(fresh).not.toBe(old);

    // The customer channel still signs with the old secret: refused; the new one is accepted.
    await expect(
      center.customerWrites({ name: 'Noor', email: 'noor@example.com' }, 'Hello?'),
    ).rejects.toThrow(/inbound: 401/);
    const raw = JSON.stringify({
      externalId: `ext-${randomBytes(6).toString('hex')}`,
      from: { name: 'Noor', email: 'noor@example.com' },
      text: 'Hello again',
      timestamp: new Date().toISOString(),
    });
    const signature = createHmac('sha256', fresh).update(raw).digest('hex');
    const accepted = await center.call('POST', `/api/channels/inbound/${center.tenantId}`, {
      raw,
      headers: { 'x-signature': `sha256=${signature}` },
    });
    expect(accepted.status).toBe(201);
  });

  it('the channel’s callback URL (where the survey link goes) is kept, and a private address refused', async () => {
    await page.goto('/console/settings/channel');
    const callback = page.getByRole('textbox', { name: 'Callback URL' });
    await callback.fill('http://10.0.0.7/hook');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('points into a private network').waitFor();
    await callback.fill('https://hooks.example.com/switchboard');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    await page.reload();
    await page.getByRole('textbox', { name: 'Callback URL' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Callback URL' }).inputValue()).toBe(
      'https://hooks.example.com/switchboard',
    );
  });

  it('a scheduled report is created and deleted', async () => {
    await page.goto('/console/settings/scheduled-reports');
    await page.getByText('No reports are scheduled.').waitFor();
    const form = page.getByRole('form', { name: 'New scheduled report' });
    await form.getByLabel('Recipients', { exact: true }).fill('not-an-email');
    await form.getByRole('button', { name: 'Schedule report' }).click();
    await page.locator('#schedule-recipients-error').getByText('must be an email address').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    await form.getByLabel('Report', { exact: true }).selectOption('agent');
    await form.getByLabel('Agent', { exact: true }).selectOption({ label: 'Casey Park' });
    await form.getByLabel('Frequency', { exact: true }).selectOption('monthly');
    await form.getByLabel('Recipients', { exact: true }).fill('lead@example.com, ops@example.com');
    await form.getByRole('button', { name: 'Schedule report' }).click();
    const row = page.getByRole('row', { name: /Agent report: Casey Park/ });
    await row.getByText('lead@example.com, ops@example.com').waitFor();
    await row.getByText('Monthly').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: /Delete/ }).click();
    await page.getByText('No reports are scheduled.').waitFor();
    const left = await center.call('GET', '/api/reports/schedules', { token: center.admin.token });
    expect(left.body.data).toEqual([]);
  });

  it('the bulk bar names each agent it could not change, and why', async () => {
    await page.goto('/console/agents');
    await page.getByLabel('Select Kim Lee').check();
    await page.getByLabel('Select Ada Admin').check();
    const bar = page.getByRole('region', { name: 'Bulk update' });
    await bar.getByRole('button', { name: 'Deactivate' }).click();
    await bar.getByText('Updated: 1').waitFor();
    await bar.getByText('Ada Admin was not changed: You cannot deactivate yourself').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    // The 400 answers are logged by Chromium as failed resources; nothing else may fail.
    expect(errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
  });
});
