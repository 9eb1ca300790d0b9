import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** Issue 20 "Merge tickets": the conversation moves in time order and both tickets show the trail. */
describe('merging tickets', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let windows: BrowserContext[] = [];
  let target: { ticketId: string; number: number };
  let source: { ticketId: string; number: number };

  const numbered = async (written: { ticketId: string }) => {
    const ticket = center.must(
      await center.call('GET', `/api/tickets/${written.ticketId}`, { token: center.supervisor.token }),
      200,
      'ticket',
    ) as { number: number };
    return { ...written, number: ticket.number };
  };
  const reply = async (ticketId: string, body: string) =>
    center.must(
      await center.call('POST', `/api/tickets/${ticketId}/messages`, {
        token: center.supervisor.token,
        body: { body },
      }),
      201,
      'reply',
    );

  beforeAll(async () => {
    center = await contactCenter(baseUrl);
    target = await numbered(
      await center.customerWrites({ name: 'Olga', email: 'olga@example.com' }, 'Order 77 is late'),
    );
    source = await numbered(
      await center.customerWrites({ name: 'Olga W.', phone: '+1 555 0142' }, 'Where is order 77?'),
    );
    await reply(target.ticketId, 'We are checking with the courier');
    windows = [await openContext(baseUrl), await openContext(baseUrl)];
  });
  afterAll(async () => {
    for (const w of windows) await w.close();
  });

  it('a supervisor merges a duplicate into #N: the thread reads in time order, the duplicate links to it live', async () => {
    const agent = center.agents[0];
    if (!agent) throw new Error('no agent');
    const [supervisorWindow, agentWindow] = windows as [BrowserContext, BrowserContext];
    // An agent has the duplicate open: it learns of the merge without reloading.
    const watcher = await signIn(agentWindow, agent.email, PASSWORD);
    await watcher.page.goto(`/agent/tickets/${source.ticketId}`);
    await watcher.page.getByRole('heading', { name: /Where is order 77\?/ }).waitFor();
    expect(await watcher.page.getByRole('button', { name: 'Merge into…' }).count()).toBe(0);

    const { page, errors } = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);
    await page.goto(`/console/queue/${source.ticketId}`);
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const form = page.getByRole('form', { name: 'Merge this ticket into another' });
    await form.getByLabel('Find the ticket that stays').fill(`#${target.number}`);
    const select = form.getByLabel('Ticket that stays', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBe(2);
    await select.selectOption({ label: `#${target.number} Order 77 is late` });
    expect(await seriousA11yProblems(page, '.merge-ticket')).toEqual([]);
    page.once('dialog', (dialog) => void dialog.accept());
    await form.getByRole('button', { name: 'Merge', exact: true }).click();

    await page.waitForURL(`**/console/queue/${target.ticketId}`);
    const thread = page.locator('.thread');
    const messages = ['Order 77 is late', 'Where is order 77?', 'We are checking with the courier'];
    for (const m of messages) await thread.getByText(m).first().waitFor();
    const text = (await thread.textContent()) ?? '';
    const order = messages.map((m) => text.indexOf(m));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const trail = watcher.page.getByTestId('merged-into');
    await trail.getByRole('link', { name: `#${target.number} Order 77 is late` }).waitFor();
    await expect.poll(() => watcher.page.getByTestId('ticket-status').textContent()).toBe('Closed');
    await trail.getByRole('link').click();
    await watcher.page.waitForURL(`**/agent/tickets/${target.ticketId}`);
    expect(errors).toEqual([]);
    expect(watcher.errors).toEqual([]);
  });
});
