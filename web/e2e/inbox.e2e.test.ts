import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 20: an @mention typed with the keyboard in a note, and the colleague's bell and inbox. */
describe('@mentions and the notification inbox', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let writerWindow: BrowserContext;
  let readerWindow: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Park']);
    // The agent takes the ticket themself (so nobody else is notified of it): nothing auto-assigns it.
    center.must(
      await center.call('PUT', '/api/assignment/settings', {
        token: center.admin.token,
        body: { enabled: false, defaultCapacity: 3, reassignAfterMinutes: null, categoryDepartments: {} },
      }),
      200,
      'assignment off',
    );
    [writerWindow, readerWindow] = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([writerWindow?.close(), readerWindow?.close()]);
  });

  it('a colleague picked after @ in a note gets a live count and a linked notification to read', async () => {
    const [casey] = center.agents;
    if (!casey) throw new Error('no agent');
    // The agent's own ticket: of their colleagues, only supervisors and admins may read it.
    const sam = center.supervisor;
    const samName = sam.email.split('@')[0] ?? '';
    const ticket = center.must(
      await center.call('POST', '/api/tickets', {
        token: sam.token,
        body: { subject: 'Refund for order 42', priority: 'medium' },
      }),
      201,
      'ticket',
    );
    center.must(
      await center.call('POST', `/api/tickets/${ticket.id}/assign`, {
        token: casey.token,
        body: { agentId: casey.id },
      }),
      200,
      'take',
    );
    const reader = await signIn(readerWindow, sam.email, PASSWORD);
    const writer = await signIn(writerWindow, casey.email, PASSWORD);

    await writer.page.goto(`/agent/tickets/${ticket.id}`);
    await writer.page.getByRole('checkbox', { name: 'Internal note' }).check();
    const box = writer.page.getByRole('textbox', { name: 'Internal note' });
    await box.click();
    await box.pressSequentially('Hi @sa');
    const option = writer.page.getByRole('option', { name: new RegExp(`@${samName}`) });
    await option.waitFor();
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    expect(await box.inputValue()).toBe(`Hi @${samName} `);
    await box.pressSequentially('can you check?');
    await writer.page.getByRole('button', { name: 'Add note' }).click();

    // Live: the bell counts it without a reload.
    await reader.page.getByTestId('inbox-count').getByText('1').waitFor({ timeout: 20_000 });
    const bell = reader.page.getByRole('button', { name: 'Notifications, 1 unread' });
    await bell.click();
    const item = reader.page.getByTestId('inbox-item');
    await item.getByText('You were mentioned').waitFor();
    await item.getByText(`Hi @${samName} can you check?`).waitFor();
    expect(await seriousA11yProblems(reader.page)).toEqual([]);
    await reader.page.keyboard.press('Escape');
    expect(await bell.getAttribute('aria-expanded')).toBe('false');

    // The deep link opens the ticket and reads the notification.
    await bell.click();
    await item.getByRole('link', { name: 'Refund for order 42' }).click();
    await reader.page.waitForURL(`**/console/queue/${ticket.id}`);
    await expect.poll(() => reader.page.getByTestId('inbox-count').count()).toBe(0);
    const inbox = await center.call('GET', '/api/notifications', { token: sam.token });
    expect(inbox.body.meta.unreadCount).toBe(0);
    expect(inbox.body.data[0].readAt).not.toBeNull();
    // The writer was not notified of their own note.
    expect(await writer.page.getByTestId('inbox-count').count()).toBe(0);
    expect([...reader.errors, ...writer.errors]).toEqual([]);
  });
});
