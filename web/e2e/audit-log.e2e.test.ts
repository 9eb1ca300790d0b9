import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { client, contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 20: the admin reads who changed what in Settings → Audit log, and exports it. */
describe('the audit log in Settings', () => {
  const baseUrl = inject('baseUrl');
  const call = client(baseUrl);
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    window = await openContext(baseUrl);
    ({ page, errors } = await signIn(window, center.admin.email, PASSWORD));
  });
  afterAll(async () => {
    await window?.close();
  });

  it('shows a role change as before → after, filters it and exports it as CSV', async () => {
    const alex = center.agents[0];
    const promoted = await call('PUT', `/api/agents/${alex?.id}`, {
      token: center.admin.token,
      body: { role: 'supervisor' },
    });
    expect(promoted.status).toBe(200);

    await page.goto('/console/settings/audit');
    const log = page.getByRole('region', { name: 'Audit log' });
    // The entry arrives by event: reload until the audit service has it.
    const change = log.getByText('role: agent → supervisor');
    await expect
      .poll(
        async () => {
          await page.reload();
          return change.waitFor({ timeout: 3_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await log.getByRole('rowheader', { name: 'Role changed' }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    await log.getByLabel('Action').selectOption({ label: 'Macro created' });
    await log.getByText('No changes match these filters.').waitFor();
    await log.getByLabel('Action').selectOption({ label: 'Role changed' });
    await log.getByText('role: agent → supervisor').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      log.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('switchboard-audit-log.csv');
    expect(errors).toEqual([]);
  });

  it('is not offered to a supervisor', async () => {
    const other = await openContext(baseUrl);
    const { page: theirs } = await signIn(other, center.supervisor.email, PASSWORD);
    await theirs.goto('/console/settings');
    await theirs.getByRole('link', { name: 'Macros' }).waitFor();
    expect(await theirs.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await other.close();
  });
});
