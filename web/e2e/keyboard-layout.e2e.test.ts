import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** What has the keyboard focus: its text or label, and whether a focus ring is drawn round it. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent || el?.getAttribute('aria-label') || '').trim(),
      id: el?.id ?? '',
      ring: !!style && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    };
  });

/** Presses Tab (or `key`) until `want` has the focus (at most 30 times), checking each stop shows its ring. */
async function tabTo(
  page: Page,
  want: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    expect({ stop: f.text || f.tag, ring: f.ring }).toEqual({ stop: f.text || f.tag, ring: true });
    if (want(f)) return f;
  }
  throw new Error('never reached by Tab');
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
};

/** The top bar is one line: every group's middle at the same height, and the bar no taller than one. */
async function topBarIsOneLine(page: Page) {
  const bar = await box(page, 'header.topbar');
  const middles = await page
    .locator('header.topbar > :not(.skip-link)')
    .evaluateAll((els) =>
      els.map((e) => (e.getBoundingClientRect().top + e.getBoundingClientRect().bottom) / 2),
    );
  for (const m of middles) expect(Math.abs(m - (bar.y + bar.height / 2))).toBeLessThan(6);
  expect(bar.height).toBeLessThan(64);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
}

/** Issue 16: everything by keyboard with a visible focus ring; the screens work at 1024 px. */
describe('keyboard and 1024 px', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });
  const open = async () => {
    const context = await openContext(baseUrl);
    contexts.push(context);
    return context;
  };

  it('signs in, skips to the content and switches tabs with the keyboard only', async () => {
    const page = await (await open()).newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await tabTo(page, (f) => f.tag === 'input');
    await page.keyboard.type(center.supervisor.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('live-indicator').getByText('Live').waitFor();

    // The first Tab stop is "Skip to content", shown when focused; Enter lands in the content.
    const skip = await tabTo(page, () => true);
    expect(skip.text).toBe('Skip to content');
    expect((await box(page, '.skip-link')).y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('content');

    // Back up along the console's tabs to Queue, and Enter opens it.
    await tabTo(page, (f) => f.text === 'Queue', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/queue$/);
    const queue = page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Queue' });
    await expect.poll(() => queue.getAttribute('aria-current')).toBe('page');
    await tabTo(page, (f) => f.text.startsWith('Reports'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/reports$/);
    await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();
  });

  it("at 1024×768 the agent's top bar stays on one line and broadcasts are in view", async () => {
    const [alex] = center.agents;
    if (!alex) throw new Error('no agent');
    const context = await open();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1024, height: 768 });
    await signIn(context, alex.email, PASSWORD);
    // Working shows the most controls in the bar: break reason, start break, start call, clock out.
    await page.getByRole('button', { name: 'Clock in' }).click();
    await page.getByTestId('my-activity').getByText('Working').waitFor();
    await topBarIsOneLine(page);

    const inbox = await box(page, 'section.panel:has(#inbox-title)');
    const heading = await box(page, '#inbox-title');
    expect(heading.y + heading.height).toBeLessThanOrEqual(768);
    expect(inbox.y).toBeLessThan(200);
    expect(inbox.x + inbox.width).toBeLessThanOrEqual(1024);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it("at 1024 px the supervisor's top bar stays on one line", async () => {
    const context = await open();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1024, height: 768 });
    await signIn(context, center.supervisor.email, PASSWORD);
    await topBarIsOneLine(page);
  });
});
