import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 16: lists past one page get a pager, long threads load earlier messages. */
describe('paging', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, []);
    window = await openContext(baseUrl);
  });
  afterAll(() => window?.close());

  const open = async (subject: string) =>
    center.must(
      await center.call('POST', '/api/tickets', {
        token: center.supervisor.token,
        body: { subject, priority: 'medium' },
      }),
      201,
      'create ticket',
    ) as { id: string };

  it('pages the queue by keyboard and loads a long thread’s earlier messages', async () => {
    // 55 open tickets: one page of 50 and a second of 5.
    for (let i = 0; i < 55; i += 11)
      await Promise.all(Array.from({ length: 11 }, (_, k) => open(`Paged ticket ${i + k + 1}`)));
    const long = await open('A long conversation');
    for (let i = 1; i <= 110; i++)
      center.must(
        await center.call('POST', `/api/tickets/${long.id}/messages`, {
          token: center.supervisor.token,
          body: { body: `Note number ${i}`, internal: true },
        }),
        201,
        'message',
      );

    const { page, errors } = await signIn(window, center.supervisor.email, PASSWORD);
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    const rows = page.locator('table.grid tbody tr');
    const pager = page.getByRole('navigation', { name: 'Queue pages' });
    await pager.getByRole('button', { name: 'Page 1 of 2' }).waitFor();
    expect(await rows.count()).toBe(50);
    expect(await pager.getByRole('button', { name: 'Page 1 of 2' }).getAttribute('aria-current')).toBe(
      'page',
    );

    // Tab to Next and press Enter: the second page, from the server.
    await pager.getByRole('button', { name: 'Page 2 of 2' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await pager.getByRole('button', { name: 'Page 2 of 2' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await pager.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);

    // 110 messages: the thread opens on the newest (pages 2 and 3 of 50), then loads page 1.
    await page.goto(`/console/queue/${long.id}`);
    const messages = page.getByTestId('message');
    await page.getByText('Note number 110', { exact: true }).waitFor();
    expect(await messages.count()).toBe(60);
    await page.getByText('50 earlier').waitFor();
    await page.getByRole('button', { name: 'Load earlier messages' }).click();
    await page.getByText('Note number 1', { exact: true }).waitFor();
    expect(await messages.count()).toBe(110);
    await page.getByRole('button', { name: 'Load earlier messages' }).waitFor({ state: 'detached' });

    expect(errors).toEqual([]);
  });
});
