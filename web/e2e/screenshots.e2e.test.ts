import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

const shots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const snap = (page: Page, name: string) => page.screenshot({ path: `${shots}${name}.png` });

const policies = [
  { priority: 'urgent', firstResponseMinutes: 15, resolutionMinutes: 120 },
  { priority: 'high', firstResponseMinutes: 30, resolutionMinutes: 240 },
  { priority: 'medium', firstResponseMinutes: 60, resolutionMinutes: 480 },
  { priority: 'low', firstResponseMinutes: 240, resolutionMinutes: 1440 },
];

/** Acceptance 4: pictures of the agent portal and every console tab, for the README. */
describe('screenshots', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let windows: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    center = await contactCenter(baseUrl, ['Alex Rivera', 'Blake Chen', 'Casey Morgan']);
    const { call, supervisor, must } = center;
    for (const body of policies)
      must(await call('POST', '/api/sla/policies', { token: supervisor.token, body }), 201, 'policy');
    windows = await Promise.all([openContext(baseUrl), openContext(baseUrl)]);
  });
  afterAll(async () => {
    await Promise.all(windows.map((w) => w.close()));
  });

  it('captures the agent portal and each supervisor tab', async () => {
    const { call, supervisor, must, agents, customerWrites } = center;
    const [alex, blake] = agents;
    if (!alex || !blake) throw new Error('no agents');
    const [agentWindow, supervisorWindow] = windows as [BrowserContext, BrowserContext];

    const agent = await signIn(agentWindow, alex.email, PASSWORD);
    await agent.page.getByRole('button', { name: 'Clock in' }).click();
    await agent.page.getByTestId('my-activity').getByText('Working').waitFor();
    must(await call('POST', '/api/sessions/clock-in', { token: blake.token }), 200, 'clock in');

    const { ticketId } = await customerWrites(
      { name: 'Dana Whitfield', email: 'dana@example.com' },
      'Hi, my order #1042 still has not arrived. Can you check?',
    );
    await customerWrites({ name: 'Jordan Lee', email: 'jordan@example.com' }, 'How do I reset my password?');
    await customerWrites(
      { name: 'Priya Shah', email: 'priya@example.com' },
      'I was charged twice this month.',
    );
    await customerWrites(
      { name: 'Tom Baker', phone: '+44 20 7946 0000' } as never,
      'Please cancel my subscription.',
    );
    const vip = must(
      await call('POST', '/api/tickets', {
        token: supervisor.token,
        body: { subject: 'Refund for a damaged parcel', priority: 'urgent', customer: { name: 'Eli Novak' } },
      }),
      201,
      'ticket',
    );
    must(
      await call('POST', `/api/tickets/${vip.id}/assign`, {
        token: supervisor.token,
        body: { agentId: blake.id },
      }),
      200,
      'assign',
    );
    must(
      await call('PATCH', `/api/tickets/${vip.id}`, { token: blake.token, body: { status: 'IN_PROGRESS' } }),
      200,
      'start',
    );
    must(
      await call('PATCH', `/api/tickets/${vip.id}`, {
        token: blake.token,
        body: { status: 'RESOLUTION_REQUESTED' },
      }),
      200,
      'request',
    );
    must(
      await call('POST', '/api/help-requests', {
        token: blake.token,
        body: {
          ticketId: vip.id,
          message: 'Customer asks for a goodwill voucher on top of the refund — OK?',
        },
      }),
      201,
      'help',
    );
    must(
      await call('POST', '/api/broadcasts', {
        token: supervisor.token,
        body: {
          message: 'Courier delays in the north region today: set expectations at 2–3 extra days.',
          audience: { type: 'all' },
        },
      }),
      201,
      'broadcast',
    );

    // The agent's desk: the ticket open, a reply sent, an internal note.
    await agent.page.goto(`/agent/tickets/${ticketId}`);
    await agent.page.getByTestId('message').first().waitFor();
    await agent.page
      .getByLabel('Reply to the customer')
      .fill('Sorry about that, Dana — I am checking with the courier now.');
    await agent.page.getByRole('button', { name: 'Send reply' }).click();
    await agent.page.getByTestId('message').nth(1).waitFor();
    await agent.page.getByText('Courier delays in the north region').waitFor();
    await snap(agent.page, 'agent-portal');

    const console_ = await signIn(supervisorWindow, supervisor.email, PASSWORD);
    const page = console_.page;
    await page.getByTestId(`board-${alex.email}`).getByText('Online').waitFor();
    await snap(page, 'console-board');
    const tab = async (name: string, file: string, ready: () => Promise<unknown>) => {
      await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name }).click();
      await ready();
      await snap(page, file);
    };
    await tab('Queue', 'console-queue', () =>
      page.getByRole('link', { name: 'Refund for a damaged parcel' }).waitFor(),
    );
    await page.getByRole('link', { name: /order #1042/ }).click();
    await page.getByTestId('message').nth(1).waitFor();
    await snap(page, 'console-queue-ticket');
    await tab('Approvals', 'console-approvals', () => page.getByTestId('approval').first().waitFor());
    await tab('SLA breaches', 'console-breaches', () =>
      page.getByRole('button', { name: 'Run escalation' }).waitFor(),
    );
    await tab('Agents', 'console-agents', () => page.getByRole('cell', { name: alex.email }).waitFor());
    await tab('Broadcasts', 'console-broadcasts', () =>
      page.getByRole('cell', { name: /Courier delays/ }).waitFor(),
    );
    await tab('Help requests', 'console-help', () => page.getByText('goodwill voucher').waitFor());
    await tab('Reports', 'console-reports', async () => {
      await page.locator('.tiles').waitFor();
      await page.locator('table.grid').first().waitFor();
    });
    // A finished export, so the Job Status picture has a row with its Download button.
    await page.getByRole('button', { name: 'Export to Excel' }).click();
    await page.getByRole('status').filter({ hasText: 'Queued as job' }).waitFor();
    await tab('Job status', 'console-jobs', () =>
      page.getByRole('button', { name: 'Download' }).waitFor({ timeout: 30_000 }),
    );

    expect(agent.errors).toEqual([]);
    expect(console_.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
