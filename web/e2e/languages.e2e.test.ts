import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/*
 * Node's ICU and Chromium's put different spaces around the range dash (thin, narrow no-break,
 * plain): the text is compared with every space made plain.
 */
const plainSpaces = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

/** The period the Reports screen opens on (the last 7 days), as the language writes it. */
function firstPeriod(language: string) {
  const day = (offset: number) =>
    Date.parse(new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10));
  const formatted = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(day(-6), day(0));
  return plainSpaces(formatted);
}

/** Issue 16, "Interface languages": Español changes strings and dates, and is kept across visits. */
describe('interface language', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let context: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    context = await openContext(baseUrl);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('switches the login page, the console and its dates to Spanish, and keeps it after a reload', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Interface language').selectOption('es');
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    await page.getByLabel('Correo electrónico').fill(center.supervisor.email);
    await page.getByLabel('Contraseña').fill(PASSWORD);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await page.getByTestId('live-indicator').getByText('En vivo').waitFor();
    await page.getByRole('heading', { name: 'Panel de agentes en vivo' }).waitFor();

    await page.getByRole('link', { name: 'Informes' }).click();
    const period = page.locator('form.export-bar > span').first();
    await expect.poll(async () => plainSpaces(await period.textContent())).toBe(firstPeriod('es'));

    // Back to English from the top bar: strings and the date follow at once.
    await page.getByLabel('Idioma de la interfaz').selectOption('en');
    await page.getByRole('heading', { name: 'Reports', level: 2 }).waitFor();
    await expect.poll(async () => plainSpaces(await period.textContent())).toBe(firstPeriod('en'));

    await page.getByLabel('Interface language').selectOption('es');
    expect(await page.evaluate(() => localStorage.getItem('switchboard.language'))).toBe('es');
    await page.reload();
    await page.getByRole('heading', { name: 'Informes', level: 2 }).waitFor();
    await expect.poll(async () => plainSpaces(await period.textContent())).toBe(firstPeriod('es'));
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('button', { name: 'Iniciar sesión' }).waitFor();
  });
});
