import { readFile } from 'node:fs/promises';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yProblems } from './support/axe.js';
import { isNetworkNoise, openContext, signIn } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

/** A 1×1 PNG: small enough to inline, real enough to render as a preview. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 7)]);

/** Issue 19 "Attachments": files attached in the composer go out with the reply and come back. */
describe('attachments in the composer and the thread', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window: BrowserContext;
  let ticketId: string;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera']);
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    const written = await center.customerWrites(
      { name: 'Ines', email: 'ines@example.com' },
      'Can I get the invoice?',
    );
    ticketId = written.ticketId;
    await center.assign(ticketId, alex.id);
    window = await openContext(baseUrl);
  });
  afterAll(() => window?.close());

  it('attaches by button and by drop, refuses a disallowed type, sends, previews and downloads', async () => {
    const alex = center.agents[0];
    if (!alex) throw new Error('no agent');
    const agent = await signIn(window, alex.email, PASSWORD);
    const { page } = agent;
    await page.goto(`/agent/tickets/${ticketId}`);
    await page.getByText('Can I get the invoice?').first().waitFor();

    await page.getByTestId('attach-input').setInputFiles([
      { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'photo.png', mimeType: 'image/png', buffer: png },
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<b>x</b>') },
    ]);
    const chips = page.getByTestId('pending-file');
    await chips.filter({ hasText: 'page.html' }).getByRole('alert').waitFor();
    await page.getByRole('button', { name: 'Remove page.html' }).click();

    // Dropped on the composer, as from the desktop.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      return transfer;
    });
    await page.locator('form.composer').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => chips.count()).toBe(3);
    await expect.poll(() => page.locator('.file-chip progress').count()).toBe(0);

    await page.getByLabel('Reply to the customer').fill('Here is your invoice');
    await page.getByRole('button', { name: 'Send reply' }).click();
    const sent = page.getByTestId('message').filter({ hasText: 'Here is your invoice' });
    await sent.getByTestId('message-attachment').nth(2).waitFor();
    await expect.poll(() => chips.count()).toBe(0);
    await sent.getByRole('img', { name: 'photo.png' }).waitFor();
    await expect
      .poll(() =>
        sent.getByRole('img', { name: 'photo.png' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sent.getByRole('button', { name: /Download invoice\.pdf/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('invoice.pdf');
    const saved = await download.path();
    expect((await readFile(saved)).equals(pdf)).toBe(true);

    // After a reload the files are still on the message (GET /messages lists them).
    await page.reload();
    await sent.getByRole('button', { name: /Download notes\.txt/ }).waitFor();
    expect(await seriousA11yProblems(page)).toEqual([]);
    // The 415 answer is logged by Chromium as a failed resource; nothing else may fail.
    expect(agent.errors.filter((e) => !isNetworkNoise(e))).toEqual([]);
  });
});
