import { waitFor } from '@switchboard/testing';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/*
 * Issue 18 in the browser: the agent sees how AI assist classified the customer's message, corrects
 * a wrong category (the label the tenant's model learns), and inserts the drafted reply to edit.
 */
describe('AI assist on the ticket screen', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let windows: BrowserContext[] = [];
  const open = async () => {
    const window = await openContext(baseUrl);
    windows.push(window);
    return window;
  };
  const aiOn = {
    enabled: true,
    provider: 'local',
    autoApply: { category: false, priority: false },
    autoApplyMinConfidence: 0.8,
  };
  let customers = 0;
  /** Each new email is its own conversation; `email` continues one. */
  const customerSays = (text: string, email = `customer-${++customers}@example.com`) =>
    center.customerWrites({ name: 'Cora Customer', email }, text) as Promise<{
      ticketId: string;
      messageId: string;
    }>;
  const label = async (ticketId: string, category: string) =>
    center.must(
      await center.call('PATCH', `/api/tickets/${ticketId}`, {
        token: center.supervisor.token,
        body: { category },
      }),
      200,
      'label',
    );
  const aiOf = async (token: string, ticketId: string) =>
    (await center.call('GET', `/api/tickets/${ticketId}/ai`, { token })).body?.data;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    center.must(
      await center.call('PUT', '/api/ai/settings', { token: center.admin.token, body: aiOn }),
      200,
      'AI on',
    );
    // The tenant's own labels: what its model learns categories from.
    const labelled: [string, string][] = [
      ['My router keeps dropping the wifi connection', 'connectivity'],
      ['The internet connection drops every evening', 'connectivity'],
      ['Wifi signal is lost in the living room', 'connectivity'],
      ['I was charged twice for my monthly invoice', 'billing'],
      ['Please refund the duplicate payment on my card', 'billing'],
      ['My invoice shows the wrong amount', 'billing'],
    ];
    for (const [text, category] of labelled) await label((await customerSays(text)).ticketId, category);
  });
  afterAll(async () => {
    await Promise.all(windows.map((w) => w.close()));
    windows = [];
  });

  it('shows the chips and the draft live, takes a corrected category, inserts the draft', async () => {
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    const as = { token: alex.token };
    // A conversation Alex resolved: what the draft is built from.
    const past = await customerSays('My router keeps dropping the wifi connection at night');
    await center.call('POST', `/api/tickets/${past.ticketId}/assign`, { ...as, body: { agentId: alex.id } });
    await center.call('POST', `/api/tickets/${past.ticketId}/messages`, {
      ...as,
      body: { body: 'Restarting the router in safe mode stops the wifi dropping.' },
    });
    for (const status of ['IN_PROGRESS', 'RESOLVED'])
      center.must(
        await center.call('PATCH', `/api/tickets/${past.ticketId}`, { ...as, body: { status } }),
        200,
        status,
      );

    const email = 'cora.rivera@example.com';
    const opened = await customerSays('Hello, the wifi keeps dropping', email);
    await center.assign(opened.ticketId, alex.id);
    await waitFor(
      'the first message classified',
      async () => (await aiOf(alex.token, opened.ticketId))?.classification,
    );

    const { page, errors } = await signIn(await open(), alex.email, PASSWORD);
    await page.goto(`/agent/tickets/${opened.ticketId}`);
    const chips = page.getByRole('region', { name: 'AI classification' });
    await chips.waitFor();
    await chips.getByText('Confidence').waitFor();

    // The customer writes again while Alex looks: the draft and the new classification arrive live.
    await customerSays('My router keeps dropping the wifi connection again', email);
    const draft = page.getByRole('region', { name: 'Suggested reply' });
    await draft.getByText('safe mode').waitFor({ timeout: 30_000 });
    await draft.getByText(/Confidence \d+%/).waitFor();
    expect(await draft.getByRole('link', { name: /^ticket / }).getAttribute('href')).toBe(
      `/agent/tickets/${past.ticketId}`,
    );
    const category = chips.getByTestId('ai-category');
    await category.getByText('connectivity').waitFor();
    expect(await seriousA11yProblems(page, '.ticket-view')).toEqual([]);

    // "Wrong?": the form asks for the right category; the AI's own answer is refused.
    await category.getByRole('button', { name: 'Wrong? Correct the category' }).click();
    const form = page.getByRole('form', { name: 'Correct the category' });
    const field = form.getByLabel('Right category');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('connectivity');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('That is what AI assist said').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousA11yProblems(page, '.ticket-view')).toEqual([]);
    await field.fill('hardware');
    await field.press('Enter');
    await category.getByRole('status').getByText('Saved as hardware').waitFor();
    await category.getByText('ticket: hardware').waitFor();
    const ticket = await center.call('GET', `/api/tickets/${opened.ticketId}`, { token: alex.token });
    expect(ticket.body.category).toBe('hardware');
    // The label the retrain job learns from: a ticket update made by a person (docs/ai.md).
    const history = (await center.call('GET', `/api/tickets/${opened.ticketId}/history`, as)).body.data;
    expect(history).toContainEqual(
      expect.objectContaining({
        actorId: alex.id,
        action: 'updated',
        changes: expect.objectContaining({ after: { category: 'hardware' } }),
      }),
    );

    // Escape closes a correction unsaved, back on its button ("Set…" while there is no guess).
    const priority = chips.getByTestId('ai-priority');
    const wrongPriority = priority.getByRole('button', { name: /(Correct|Set) the priority$/ });
    await wrongPriority.click();
    expect(await wrongPriority.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByRole('form', { name: 'Correct the priority' })
      .getByLabel('Right priority')
      .press('Escape');
    await page.getByRole('form', { name: 'Correct the priority' }).waitFor({ state: 'detached' });
    expect(await wrongPriority.evaluate((el) => el === document.activeElement)).toBe(true);

    // Insert keeps what Alex had typed, adds the draft to edit, and the panel goes.
    const box = page.getByLabel('Reply to the customer');
    await box.fill('Hi Cora,');
    await draft.getByRole('button', { name: 'Insert' }).click();
    await draft.waitFor({ state: 'detached' });
    const text = await box.inputValue();
    expect(text.startsWith('Hi Cora,\n\n')).toBe(true);
    expect(text).toContain('safe mode');
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    // The next message's draft replaces it live; Discard hides it and leaves the box alone.
    await customerSays('Still dropping: the router keeps losing the wifi connection', email);
    await draft.waitFor();
    await draft.getByRole('button', { name: 'Discard' }).click();
    await draft.waitFor({ state: 'detached' });
    expect(await box.inputValue()).toBe(text);
    expect(errors).toEqual([]);
  });

  it('the AI settings: an admin saves them, a supervisor reads them only', async () => {
    const admin = await signIn(await open(), center.admin.email, PASSWORD);
    await admin.page.goto('/console/settings/ai');
    const form = admin.page.getByRole('form', { name: 'AI assist' });
    expect(await form.getByLabel('AI assist is on').isChecked()).toBe(true);
    await form.getByLabel('Provider').selectOption('openai');
    await form.getByLabel('Set the category on the ticket automatically').check();
    const threshold = form.getByLabel(/Minimum confidence/);
    await threshold.fill('150');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Enter a percentage from 0 to 100.').waitFor();
    expect(await seriousA11yProblems(admin.page, 'main')).toEqual([]);
    await threshold.fill('90');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').getByText('Saved.').waitFor();
    const saved = await center.call('GET', '/api/ai/settings', { token: center.admin.token });
    expect(saved.body.data).toEqual({
      enabled: true,
      provider: 'openai',
      autoApply: { category: true, priority: false },
      autoApplyMinConfidence: 0.9,
    });

    const supervisor = await signIn(await open(), center.supervisor.email, PASSWORD);
    await supervisor.page.goto('/console/settings/ai');
    const readOnly = supervisor.page.getByRole('form', { name: 'AI assist' });
    await readOnly.getByText('Only an admin can change these settings.').waitFor();
    expect(await readOnly.getByLabel(/Minimum confidence/).inputValue()).toBe('90');
    expect(await readOnly.getByLabel('Provider').isDisabled()).toBe(true);
    expect(await readOnly.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await seriousA11yProblems(supervisor.page, 'main')).toEqual([]);
    expect([...admin.errors, ...supervisor.errors]).toEqual([]);
  });
});
