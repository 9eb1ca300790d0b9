import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

const invalid = (page: Page, id: string) => page.locator(`#${id}`).getAttribute('aria-invalid');

/** Issue 16 "Admin settings screens": SLA policy, business hours and shifts set up from the browser. */
describe('SLA and working-time settings', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, []);
    window = await openContext(baseUrl);
  });
  afterAll(async () => {
    await window?.close();
  });

  it('an admin sets an SLA policy with business hours, opens the team now, and the queue counts the new ticket down', async () => {
    const { page, errors } = await signIn(window, center.admin.email, PASSWORD);
    // Each check covers this feature's screen; the top bar around it is another screen's.
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    const menu = page.getByRole('navigation', { name: 'Settings' });

    // SLA policies: a bad number is named beside its field; a good one creates the policy.
    await menu.getByRole('link', { name: 'SLA policies' }).click();
    const high = page.getByRole('form', { name: 'SLA policy for High' });
    await high.getByText('(no policy yet)').waitFor();
    expect(await seriousA11yProblems(page, '.settings')).toEqual([]);
    await high.getByLabel('First response (minutes)').fill('0');
    await high.getByRole('button', { name: 'Create policy' }).click();
    await page.locator('#sla-high-firstResponseMinutes-error').waitFor();
    expect(await invalid(page, 'sla-high-firstResponseMinutes')).toBe('true');
    expect(await invalid(page, 'sla-high-resolutionMinutes')).toBeNull();
    await high.getByText(/Not saved/).waitFor();

    await high.getByLabel('First response (minutes)').fill('30');
    await high.getByLabel('Resolution (minutes)').fill('240');
    await high.getByLabel('Count business hours only').check();
    await high.getByRole('button', { name: 'Create policy' }).click();
    await high.getByText('Saved.').waitFor();
    // Reloaded from the API: the priority now has a policy, edited with PUT.
    await high.getByRole('button', { name: 'Save', exact: true }).waitFor();
    expect(await high.getByText('(no policy yet)').count()).toBe(0);
    expect(await high.getByLabel('First response (minutes)').inputValue()).toBe('30');
    expect(await high.getByLabel('Count business hours only').isChecked()).toBe(true);

    // Business hours: an unknown zone is named beside the zone; then open all day, every day.
    await menu.getByRole('link', { name: 'Business hours' }).click();
    const hours = page.getByRole('form', { name: 'Business hours and holidays' });
    await page.waitForURL(/\/console\/settings\/business-hours$/);
    await hours.getByLabel('Time zone').fill('Mars/Olympus');
    await hours.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#calendar-timeZone-error').waitFor();
    expect(await invalid(page, 'calendar-timeZone')).toBe('true');

    await hours.getByLabel('Time zone').fill('UTC');
    for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      await hours.getByLabel(`Open ${day}`).check();
      await hours.getByLabel(`From ${day}`).fill('00:00');
      await hours.getByLabel(`To ${day}`).fill('23:59');
    }
    await hours.getByLabel('Holiday date').fill('2031-01-01');
    await hours.getByRole('button', { name: 'Add holiday' }).click();
    await hours.getByRole('button', { name: /^Remove / }).waitFor();
    await hours.getByRole('button', { name: 'Save', exact: true }).click();
    await hours.getByText('Saved.').waitFor();
    expect(await seriousA11yProblems(page, '.settings')).toEqual([]);
    const calendar = await center.call('GET', '/api/sla/calendar', { token: center.admin.token });
    expect(calendar.body).toMatchObject({ timeZone: 'UTC', holidays: ['2031-01-01'] });
    expect(calendar.body.weekly['3']).toEqual([{ start: '00:00', end: '23:59' }]);

    // Shifts: a negative grace is refused beside its field; the tenant's zone is saved.
    await menu.getByRole('link', { name: 'Shifts and time zone' }).click();
    await page.waitForURL(/\/console\/settings\/shifts$/);
    const shifts = page.getByRole('form', { name: 'Shifts and time zone' });
    await shifts.getByLabel('Late after (minutes)').fill('-5');
    await shifts.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#shift-lateAfterMinutes-error').waitFor();
    await shifts.getByLabel('Time zone').fill('Europe/Madrid');
    await shifts.getByLabel('Late after (minutes)').fill('10');
    await shifts.getByRole('button', { name: 'Save', exact: true }).click();
    await shifts.getByText('Saved.').waitFor();
    expect(await invalid(page, 'shift-lateAfterMinutes')).toBeNull();
    expect(await seriousA11yProblems(page, '.settings')).toEqual([]);
    const shift = await center.call('GET', '/api/sessions/settings', { token: center.admin.token });
    expect(shift.body).toMatchObject({ timeZone: 'Europe/Madrid', lateAfterMinutes: 10 });

    // A new high ticket: the queue counts its first response down in minutes and seconds.
    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    await page.getByRole('link', { name: 'New ticket' }).click();
    const form = page.getByRole('form', { name: 'New ticket' });
    await form.getByLabel('Subject').fill('Invoice shows the wrong VAT');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('Name').fill('Lena Ortiz');
    await form.getByRole('button', { name: 'Create ticket' }).click();
    await page.waitForURL(/\/console\/queue\/[0-9a-f-]{36}$/);
    const row = page.getByRole('row', { name: /Invoice shows the wrong VAT/ });
    const countdown = row.getByText(/^\d+m \d{2}s/);
    await countdown.waitFor();
    const first = await countdown.textContent();
    expect(first).toMatch(/^(29m|30m 00s)/);
    expect(await row.getByText('to first reply').count()).toBe(1);
    // One clock for the list ticks every second while a countdown is under an hour.
    await expect.poll(() => countdown.textContent(), { timeout: 4000 }).not.toBe(first);
    expect(await seriousA11yProblems(page, 'main')).toEqual([]);

    // The 400 answers are logged by Chromium as failed resources; nothing else may fail.
    expect(errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
  });
});
