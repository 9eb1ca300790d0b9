import { startMailbox, waitFor } from '@switchboard/testing';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

const DURATION = /^-?\d+(s|m \d{2}s|h \d{2}m|d \d{2}h)$/;
const PERCENT = /^\d+(\.\d)?%$/;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The value cell (Average / total) of a totals line, e.g. "Average handle time (AHT)". */
const totalOf = (page: Page, caption: string, metric: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: metric, exact: true }) })
    .getByRole('cell')
    .first();

/** Issue 16: Reports a supervisor reads at a glance, and an emailed report of the period on screen. */
describe('Reports', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let viewerEmail: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mailbox = await startMailbox(inject('smtpPort'));
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    const { call, must, supervisor, agents, customerWrites } = center;
    const [alex] = agents;
    if (!alex) throw new Error('no agents');
    // A day's work: clocked in, a ticket answered and resolved, so every number has a sample.
    must(await call('POST', '/api/sessions/clock-in', { token: alex.token }), 200, 'clock in');
    const { ticketId } = await customerWrites(
      { name: 'Dana Whitfield', email: 'dana@example.com' },
      'My order #1042 has not arrived.',
    );
    const ticket = `/api/tickets/${ticketId}`;
    const as = (token: string, body: unknown) => ({ token, body });
    // The agent takes it (a supervisor's assignment would need approval to resolve).
    const current = must(await call('GET', ticket, { token: alex.token }), 200, 'ticket');
    if (current.assigneeId !== alex.id)
      must(await call('POST', `${ticket}/assign`, as(alex.token, { agentId: alex.id })), 200, 'take');
    must(await call('PATCH', ticket, as(alex.token, { status: 'IN_PROGRESS' })), 200, 'start');
    must(
      await call('POST', `${ticket}/messages`, as(alex.token, { body: 'On its way today.' })),
      201,
      'reply',
    );
    must(await call('PATCH', ticket, as(alex.token, { status: 'RESOLVED' })), 200, 'resolve');
    // Reporting projects events as they come: wait until the resolution is counted.
    await waitFor('the resolution in the team report', async () => {
      const res = await call('GET', `/api/reports/team?from=${day(-3)}&to=${day(0)}`, {
        token: supervisor.token,
      });
      return res.body?.totals?.ticketsResolved === 1 && res.body.totals.firstResponseTime.count === 1;
    });
    viewerEmail = (await center.addPerson('Vera Viewer', 'viewer')).email;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await mailbox?.close();
  });

  const signedIn = async (email: string) => {
    const context = await openContext(baseUrl);
    contexts.push(context);
    return signIn(context, email, PASSWORD);
  };

  it('shows AHT, FRT, resolution time, CSAT and attendance with units, and emails the chosen period', async () => {
    const { page, errors } = await signedIn(center.supervisor.email);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Reports' }).click();
    const from = day(-3);
    const to = day(0);
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);
    const team = 'Team totals';
    await totalOf(page, team, 'Tickets resolved').filter({ hasText: /^1$/ }).waitFor();
    for (const metric of ['Average handle time (AHT)', 'First response time (FRT)', 'Resolution time']) {
      expect(await totalOf(page, team, metric).textContent(), metric).toMatch(DURATION);
      // The median and p90 of a single sample are that sample, never "—".
      const cells = page
        .locator('table', { has: page.locator('caption', { hasText: team }) })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: metric, exact: true }) })
        .getByRole('cell');
      expect(await cells.allTextContents()).toEqual([
        expect.stringMatching(DURATION),
        expect.stringMatching(DURATION),
        expect.stringMatching(DURATION),
      ]);
    }
    expect(await totalOf(page, team, 'CSAT response rate').textContent()).toBe('0%');
    expect(await totalOf(page, team, 'SLA compliance').textContent()).toMatch(PERCENT);
    expect(await totalOf(page, team, 'Days worked').textContent()).toBe('1');
    expect(await totalOf(page, team, 'Worked time').textContent()).toMatch(DURATION);
    expect(await totalOf(page, team, 'Occupancy').textContent()).toMatch(PERCENT);
    // Charts name their unit's series only, and label days readably (never "11-27T00:00").
    const tick = page.locator('figure[aria-label="Ticket volume"] .recharts-cartesian-axis-tick-value');
    await tick.first().waitFor();
    const ticks = await tick.allTextContents();
    // In the browser's en-US: "Nov 27".
    expect(ticks.some((t) => /^[A-Z][a-z]{2} \d{1,2}$/.test(t))).toBe(true);
    expect(ticks.some((t) => t.includes('T00:00'))).toBe(false);

    // Email the team report for exactly the period on screen.
    const bar = page.getByRole('form', { name: 'Export and email' });
    await bar.getByLabel('Email to').fill('lead@example.com');
    await bar.getByRole('button', { name: 'Email report' }).click();
    const status = bar.locator('[data-job-id]');
    await status.waitFor();
    const jobId = (await status.getAttribute('data-job-id')) ?? '';
    expect(await status.textContent()).toContain(jobId.slice(-8));
    const mail = await waitFor(
      'the report email',
      async () => mailbox.mails().find((m) => m.subject.includes(`${from} to ${to}`)),
      30_000,
    );
    if (!mail) throw new Error('no mail');
    expect(mail.to).toContain('lead@example.com');
    expect(mail.text).toContain(`From (local day): ${from}`);
    expect(mail.text).toContain(`To (local day, included): ${to}`);
    expect(mail.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/\.xlsx$/)]);

    // Its job row says what it is.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Job status' }).click();
    const row = page.locator(`tr[data-job-id="${jobId}"]`);
    await row.getByText('COMPLETED', { exact: true }).waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    for (const part of ['Team report', 'Emailed report', 'lead@example.com', 'KB'])
      expect(text).toContain(part);

    // The live board's agent row opens that agent's report.
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Live board' }).click();
    await page.getByRole('link', { name: 'Open report of Alex Rivera' }).click();
    await page.getByText('Agent totals for the period').waitFor();
    expect(await page.getByText('Alex Rivera', { exact: true }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('does not offer a viewer "Email report", which they may not send', async () => {
    const { page, errors } = await signedIn(viewerEmail);
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Reports' }).click();
    const bar = page.getByRole('form', { name: 'Export and email' });
    await bar.getByRole('button', { name: 'Export to Excel' }).waitFor();
    expect(await bar.getByRole('button', { name: 'Email report' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
