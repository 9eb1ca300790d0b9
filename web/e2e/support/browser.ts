import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser window of one user: its own profile (fresh user-data-dir), so tabs share nothing. */
export async function openContext(baseUrl: string): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args,
    headless: true,
    baseURL: baseUrl,
    viewport: { width: 1440, height: 900 },
    // The tests read English; a test of another language picks it in the app.
    locale: 'en-US',
  });
  // Chromium may still be writing its profile as it exits: best effort, retried.
  context.on('close', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {}
  });
  return context;
}

/** Console errors and uncaught exceptions of a page, to assert there are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Network noise the browser itself logs while offline, not the app's errors. */
export const isNetworkNoise = (text: string) =>
  /WebSocket|ERR_INTERNET_DISCONNECTED|Failed to load resource|net::ERR/.test(text);

export async function signIn(context: BrowserContext, email: string, password: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = watchErrors(page);
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('live-indicator').getByText('Live').waitFor();
  return { page, errors };
}
