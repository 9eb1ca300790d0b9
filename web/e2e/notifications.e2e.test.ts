import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

type Shown = { title: string; body: string };

/** Notifications granted, and every `new Notification` and chime tone of the page recorded. */
async function notifyingWindow(baseUrl: string) {
  const context = await openContext(baseUrl);
  await context.grantPermissions(['notifications']);
  await context.addInitScript(() => {
    const record = window as unknown as { shown: Shown[]; tones: number };
    record.shown = [];
    record.tones = 0;
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        record.shown.push({ title, body: options?.body ?? '' });
      }
    } as typeof Notification;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args) {
      record.tones += 1;
      return start.apply(this, args);
    };
  });
  return context;
}

const shown = (page: Page) => page.evaluate(() => (window as unknown as { shown: Shown[] }).shown);
const tones = (page: Page) => page.evaluate(() => (window as unknown as { tones: number }).tones);

/** Issue 16 "Notifications a person notices", and the New ticket form's customer lookup. */
describe('notifications a person notices', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let agentWindow: BrowserContext;
  let supervisorWindow: BrowserContext;
  const customer = { name: 'Dana Whitfield', email: 'dana.whitfield@example.com' };

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Casey Park']);
    [agentWindow, supervisorWindow] = await Promise.all([notifyingWindow(baseUrl), notifyingWindow(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all([agentWindow?.close(), supervisorWindow?.close()]);
  });

  it('an agent is told of a ticket assigned to them and of the customer’s reply, until they open it', async () => {
    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const { page, errors } = await signIn(agentWindow, casey.email, PASSWORD);
    expect(await page.title()).toBe('Switchboard');

    const { ticketId } = await center.customerWrites(customer, 'My parcel #2231 never arrived');
    await center.assign(ticketId, casey.id);
    await expect.poll(() => page.title()).toBe('(1) Switchboard');
    await expect
      .poll(() => shown(page))
      .toEqual([{ title: 'A ticket was assigned to you', body: expect.stringContaining('#2231') }]);

    await center.customerWrites(customer, 'Any news on my parcel?');
    await expect.poll(() => page.title()).toBe('(2) Switchboard');
    await expect
      .poll(async () => (await shown(page)).at(-1))
      .toEqual({ title: 'The customer replied', body: 'Any news on my parcel?' });
    expect(await tones(page)).toBeGreaterThanOrEqual(4);
    await page.getByTestId('notify-unread').getByText('2 new').waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);

    // Opening the ticket is looking at both: the count goes.
    await page
      .getByRole('link', { name: /#2231|Dana Whitfield/ })
      .first()
      .click();
    await page.waitForURL(`**/agent/tickets/${ticketId}`);
    await expect.poll(() => page.title()).toBe('Switchboard');
    expect(errors).toEqual([]);
  });

  it('a supervisor is told of a help request and of a resolution awaiting approval', async () => {
    const casey = center.agents[0];
    if (!casey) throw new Error('no agent');
    const { page, errors } = await signIn(supervisorWindow, center.supervisor.email, PASSWORD);

    center.must(
      await center.call('POST', '/api/help-requests', {
        token: casey.token,
        body: { message: 'Customer wants a refund and a voucher' },
      }),
      201,
      'help',
    );
    await expect.poll(() => page.title()).toBe('(1) Switchboard');
    await expect
      .poll(() => shown(page))
      .toEqual([{ title: 'An agent asked for help', body: 'Customer wants a refund and a voucher' }]);

    const ticket = center.must(
      await center.call('POST', '/api/tickets', {
        token: center.supervisor.token,
        body: { subject: 'Refund above the limit', priority: 'high' },
      }),
      201,
      'ticket',
    );
    const move = async (token: string, path: string, body: unknown, what: string) =>
      center.must(
        await center.call(path.endsWith('assign') ? 'POST' : 'PATCH', path, { token, body }),
        200,
        what,
      );
    await move(center.supervisor.token, `/api/tickets/${ticket.id}/assign`, { agentId: casey.id }, 'assign');
    await move(casey.token, `/api/tickets/${ticket.id}`, { status: 'IN_PROGRESS' }, 'start');
    await move(casey.token, `/api/tickets/${ticket.id}`, { status: 'RESOLUTION_REQUESTED' }, 'request');
    await expect.poll(() => page.title()).toBe('(2) Switchboard');
    await expect
      .poll(async () => (await shown(page)).at(-1))
      .toEqual({ title: 'A resolution awaits your approval', body: 'Refund above the limit' });
    expect(await seriousA11yProblems(page)).toEqual([]);

    // Each clears where it is looked at: help on the Help tab, the approval on Approvals.
    await page.getByRole('link', { name: /Help requests/ }).click();
    await expect.poll(() => page.title()).toBe('(1) Switchboard');
    await page.getByRole('link', { name: /Approvals/ }).click();
    await expect.poll(() => page.title()).toBe('Switchboard');
    expect(errors).toEqual([]);
  });

  it('the New ticket form suggests a known customer and fills their details, by keyboard', async () => {
    const page = supervisorWindow.pages()[0];
    if (!page) throw new Error('no page');
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    await page.getByRole('link', { name: 'New ticket' }).click();
    const form = page.getByRole('form', { name: 'New ticket' });
    const name = form.getByRole('combobox', { name: 'Name' });
    await name.focus();
    await page.keyboard.type('whitf');
    const option = page.getByRole('option', { name: /Dana Whitfield/ });
    await option.waitFor();
    expect(await name.getAttribute('aria-expanded')).toBe('true');
    expect(await seriousA11yProblems(page)).toEqual([]);

    await page.keyboard.press('ArrowDown');
    expect(await name.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await name.inputValue()).toBe('Dana Whitfield');
    expect(await form.getByLabel('Email').inputValue()).toBe(customer.email);
    expect(await name.getAttribute('aria-expanded')).toBe('false');

    // Escape closes the suggestions and keeps what was typed.
    const email = form.getByRole('combobox', { name: 'Email' });
    await email.fill('');
    await email.focus();
    await page.keyboard.type('dana.w');
    await option.waitFor();
    await page.keyboard.press('Escape');
    expect(await email.getAttribute('aria-expanded')).toBe('false');
    expect(await email.inputValue()).toBe('dana.w');
    expect(await seriousA11yProblems(page)).toEqual([]);
  });
});
