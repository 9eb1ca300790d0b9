import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openContext, signIn, watchErrors } from './support/browser.js';
import { contactCenter, PASSWORD } from './support/tenant.js';

const order = ['QUEUED', 'PROCESSING', 'COMPLETED'];

/**
 * Every status the Job Status table shows for each job (by its short id), in the order the DOM
 * showed them: a MutationObserver in the page, so nothing between two polls is missed.
 */
const recordJobStatuses = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, string[]>; __noReload: boolean };
    w.__seen = {};
    w.__noReload = true;
    const look = () => {
      for (const row of document.querySelectorAll('table.grid tbody tr')) {
        const id = row.querySelector('th code')?.textContent;
        const status = row.querySelector('td .badge')?.textContent;
        if (!id || !status) continue;
        const seen = w.__seen[id] ?? [];
        if (seen.at(-1) !== status) w.__seen[id] = [...seen, status];
      }
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

/** Issue 7: an Excel export followed live in Job Status, then downloaded as a real workbook. */
describe('Excel export', () => {
  const baseUrl = inject('baseUrl');
  let center: Awaited<ReturnType<typeof contactCenter>>;
  let window_: BrowserContext;

  beforeAll(async () => {
    center = await contactCenter(baseUrl, ['Alex Rivera', 'Blake Chen']);
    const { call, must, agents, customerWrites, assign } = center;
    // Some work for the period, so the report has numbers besides the agents.
    const [alex] = agents;
    if (!alex) throw new Error('no agents');
    must(await call('POST', '/api/sessions/clock-in', { token: alex.token }), 200, 'clock in');
    const { ticketId } = await customerWrites(
      { name: 'Dana Whitfield', email: 'dana@example.com' },
      'My order #1042 has not arrived.',
    );
    await assign(ticketId, alex.id);
    window_ = await openContext(baseUrl);
  });
  afterAll(async () => {
    await window_?.close();
  });

  it('shows the job reach COMPLETED live and downloads a valid .xlsx', async () => {
    const { supervisor, agents } = center;
    // The socket's job_update frames, watched from before sign-in opens it.
    const frames: string[] = [];
    const tab = window_.pages()[0] ?? (await window_.newPage());
    tab.on('websocket', (ws) =>
      ws.on('framereceived', (f) => {
        if (typeof f.payload === 'string' && f.payload.includes('"job_update"')) frames.push(f.payload);
      }),
    );
    const { page, errors } = await signIn(window_, supervisor.email, PASSWORD);

    // A second tab of the same supervisor already on Job Status: whatever it shows of the new job
    // can only come from job_update, since it neither reloads nor exported anything itself.
    const watcher = await window_.newPage();
    const watcherErrors = watchErrors(watcher);
    await watcher.goto('/console/jobs');
    await watcher.getByTestId('live-indicator').getByText('Live').waitFor();
    await watcher.getByText('No jobs match.').waitFor();
    await recordJobStatuses(watcher);

    const nav = page.getByRole('navigation', { name: 'Console' });
    await nav.getByRole('link', { name: 'Reports' }).click();
    await page.locator('.tiles').waitFor();
    expect(await page.locator('.unavailable').count()).toBe(0);

    // Reports: the Team report (the default) to Excel.
    const exportBar = page.getByRole('form', { name: 'Export and email' });
    expect(await exportBar.getByRole('combobox', { name: 'Report' }).inputValue()).toBe('team');
    await exportBar.getByRole('button', { name: 'Export to Excel' }).click();
    const queued = exportBar.getByRole('status').filter({ hasText: 'Queued as job' });
    await queued.waitFor();
    const shortId = /job ([0-9a-f]{8})/.exec((await queued.textContent()) ?? '')?.[1] ?? '-';
    expect(shortId).toMatch(/^[0-9a-f]{8}$/);
    const rowOf = (p: Page) => p.getByRole('row').filter({ has: p.locator('code', { hasText: shortId }) });

    // The watching tab: the row arrives and moves on to COMPLETED with no reload.
    await rowOf(watcher).getByText('COMPLETED', { exact: true }).waitFor({ timeout: 30_000 });
    const state = await watcher.evaluate(() => {
      const w = window as unknown as { __seen?: Record<string, string[]>; __noReload?: boolean };
      return { seen: w.__seen ?? {}, noReload: w.__noReload === true };
    });
    const seen = state.seen[shortId] ?? [];
    expect(state.noReload).toBe(true);
    expect(seen.at(-1)).toBe('COMPLETED');
    expect(seen.every((s) => order.includes(s))).toBe(true);
    const steps = seen.map((s) => order.indexOf(s));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    // The exporting tab's socket carried the job's updates too, through to COMPLETED (its frame
    // may land a moment after the watching tab's: two sockets, no order between them).
    const completedFrame = () => frames.some((f) => f.includes(shortId) && f.includes('"COMPLETED"'));
    await expect.poll(completedFrame, { timeout: 15_000 }).toBe(true);
    const updates = frames.filter((f) => f.includes(shortId));
    console.log(
      `[e2e] export ${shortId}: the watching tab showed ${seen.join(' → ')}; ${updates.length} job_update`,
    );

    // The exporting tab goes to Job Status through the console's own navigation.
    await nav.getByRole('link', { name: 'Job status' }).click();
    const row = rowOf(page);
    await row.getByText('COMPLETED', { exact: true }).waitFor();
    expect(await row.getByRole('cell', { name: 'Excel export' }).count()).toBe(1);

    // Download: the browser saves the workbook, which reads back with the expected sheets.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Agents', 'Agent days']);
    const header = (name: string) =>
      ((workbook.getWorksheet(name)?.getRow(1).values ?? []) as unknown[]).filter((v) => v !== undefined);
    expect(header('Summary')).toEqual(['Item', 'Value']);
    expect(header('Agents').slice(0, 3)).toEqual(['Agent', 'Tickets handled', 'Tickets resolved']);
    expect(header('Agent days').slice(0, 2)).toEqual(['Date', 'Agent']);
    const names = new Set<unknown>();
    workbook.getWorksheet('Agents')?.eachRow((r, i) => i > 1 && names.add(r.getCell(1).value));
    for (const a of agents) expect(names).toContain(a.fullName);

    expect(errors).toEqual([]);
    expect(watcherErrors).toEqual([]);
  });
});
