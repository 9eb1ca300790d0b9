import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type A11yProblem, seriousA11yProblems } from './support/axe.js';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

const widths = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

/** Until the screen's data is in: no loading notice left, then a beat for the last paint. */
async function settled(page: Page) {
  await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"]'), null, {
    timeout: 15_000,
  });
  await page.waitForTimeout(250);
}

/** Every console tab the user has, and inside Settings every section its menu links to. */
async function consoleScreens(page: Page, visit: (name: string) => Promise<void>) {
  const tabs = page.getByRole('navigation', { name: 'Console' }).getByRole('link');
  const names = await tabs.allInnerTexts();
  for (const [i, name] of names.entries()) {
    await tabs.nth(i).click();
    await visit(`tab ${name.replace(/\d+$/, '').trim()}`);
    if (page.url().includes('/console/settings')) {
      const sections = page.locator('.settings-menu a');
      const labels = await sections.allInnerTexts();
      for (const [k, label] of labels.entries()) {
        await sections.nth(k).click();
        await visit(`settings ${label}`);
      }
    }
  }
  // The agent report, opened from the live board (the only screen not behind a tab).
  await tabs.first().click();
  await page
    .getByRole('link', { name: /^Open report of/ })
    .first()
    .click();
  await visit('agent report');
}

/** Issue 16, "Accessible": every screen of every role passes axe (no serious or critical problem). */
describe('accessibility of every screen', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let ticketId: string;
  let viewerEmail: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    ({ ticketId } = await center.customerWrites(
      { name: 'Dana Whitfield', email: 'dana@example.com' },
      'My order #1042 has not arrived.',
    ));
    viewerEmail = (await center.addPerson('Vera Viewer', 'viewer')).email;
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });

  const open = async () => {
    const context = await openContext(baseUrl);
    contexts.push(context);
    return context;
  };

  /** Runs `screens` at each width and gathers axe's findings by screen, so a failure names them all. */
  async function audit(page: Page, screens: (visit: (name: string) => Promise<void>) => Promise<void>) {
    const found: Record<string, A11yProblem[]> = {};
    for (const size of widths) {
      await page.setViewportSize(size);
      await screens(async (name) => {
        await settled(page);
        found[`${size.width}px ${name}`] = await seriousA11yProblems(page);
      });
    }
    return found;
  }
  const clean = (found: Record<string, A11yProblem[]>) =>
    Object.fromEntries(Object.keys(found).map((screen) => [screen, []]));

  it('the login page', async () => {
    const page = await (await open()).newPage();
    const found = await audit(page, async (visit) => {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await visit('login');
      await page.getByLabel('Email').fill('nobody@example.com');
      await page.getByLabel('Password').fill('wrong-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      await visit('login with an error');
    });
    expect(found).toEqual(clean(found));
  });

  it("the agent's queue, a ticket and the new-ticket form", async () => {
    const [alex] = center.agents;
    if (!alex) throw new Error('no agent');
    const { page } = await signIn(await open(), alex.email, PASSWORD);
    const found = await audit(page, async (visit) => {
      await page.goto('/agent');
      await page.getByTestId('live-indicator').getByText('Live').waitFor();
      await visit('agent queue');
      await page.goto(`/agent/tickets/${ticketId}`);
      await page.locator('#ticket-title').waitFor();
      await visit('agent ticket');
      await page.goto('/agent/new');
      await visit('agent new ticket');
    });
    expect(found).toEqual(clean(found));
  }, 180_000);

  for (const role of ['supervisor', 'admin', 'viewer'] as const) {
    it(`every console tab of a ${role}`, async () => {
      const email = { supervisor: center.supervisor.email, admin: center.admin.email, viewer: viewerEmail }[
        role
      ];
      const { page } = await signIn(await open(), email, PASSWORD);
      const found = await audit(page, async (visit) => {
        await page.goto('/console/board');
        await page.getByTestId('live-indicator').getByText('Live').waitFor();
        await consoleScreens(page, visit);
      });
      // Both widths of every tab and section the role has (a viewer has no Settings).
      expect(Object.keys(found).length).toBeGreaterThan(role === 'viewer' ? 14 : 30);
      expect(found).toEqual(clean(found));
    }, 300_000);
  }
});
