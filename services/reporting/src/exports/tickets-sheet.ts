import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Tx } from '../data/db.js';
import { settingsOf } from '../data/settings.repository.js';
import { namesOf, type TicketCursor, ticketPage, ticketTotals } from '../data/ticket-rows.repository.js';
import { windowOf } from '../domain/periods.js';
import type { ReportRequest } from './report-request.js';
import {
  addSheet,
  type Column,
  DATE_TIME,
  DECIMAL,
  minutes,
  type SummaryLine,
  type Workbook,
  writeSummary,
} from './sheets.js';

/** Tickets read and written per batch: memory holds one batch, whatever the period's size. */
export const TICKET_BATCH = 1_000;
/**
 * Longest stretch of row formatting between two turns of the event loop. Formatting is
 * synchronous (about 0.1 ms a row, far more on a busy machine): a whole batch at once held the
 * loop for 150 ms and more, and the service's dashboards and event consumer waited behind it.
 * A time budget rather than a row count keeps the stretches short however slow the machine is.
 */
const SLICE_MS = 5;

const columns: Column[] = [
  { header: 'Ticket ID', key: 'ticketId', width: 38 },
  { header: 'Number', key: 'number', width: 9 },
  { header: 'Created at (UTC)', key: 'createdAt', width: 18, numFmt: DATE_TIME },
  { header: 'Status', key: 'status', width: 22 },
  { header: 'Priority', key: 'priority', width: 10 },
  { header: 'Category', key: 'category', width: 16 },
  { header: 'Tags', key: 'tags', width: 24 },
  { header: 'Customer', key: 'customer', width: 24 },
  { header: 'Channel', key: 'channel', width: 10 },
  { header: 'Assignee', key: 'assignee', width: 26 },
  { header: 'First response at (UTC)', key: 'firstResponseAt', width: 22, numFmt: DATE_TIME },
  { header: 'First response (min)', key: 'firstResponseMin', width: 20, numFmt: DECIMAL },
  { header: 'Resolved at (UTC)', key: 'resolvedAt', width: 18, numFmt: DATE_TIME },
  { header: 'Resolution time (min)', key: 'resolutionMin', width: 21, numFmt: DECIMAL },
  { header: 'Reopens', key: 'reopens', width: 9 },
  { header: 'CSAT (1-5)', key: 'csat', width: 10 },
  { header: 'First response breached', key: 'breachedFirstResponse', width: 23 },
  { header: 'Resolution breached', key: 'breachedResolution', width: 20 },
];

type Header = (title: string, r: ReportRequest, timeZone: string) => SummaryLine[];

/**
 * The tickets report: a row per ticket created in the period, read from the read model a batch at
 * a time (keyset) and committed as it goes, with progress after each batch.
 */
export async function writeTicketsReport(
  db: Tx,
  tenantId: string,
  request: ReportRequest,
  workbook: Workbook,
  header: Header,
  progress: (percent: number) => Promise<void>,
) {
  const { timeZone } = await settingsOf(db, tenantId);
  const window = windowOf(timeZone, { from: request.from, to: request.to });
  const totals = await ticketTotals(db, tenantId, window);
  const summary: SummaryLine[] = [
    ...header('Tickets report', request, timeZone),
    { label: 'Tickets created', value: totals.tickets },
    { label: 'Tickets resolved', value: totals.resolved },
    { label: 'Tickets with a breached SLA target', value: totals.breached },
  ];
  writeSummary(workbook, summary);
  const names = await namesOf(db, tenantId);
  const sheet = addSheet(workbook, 'Tickets', columns);
  let rows = 0;
  let after: TicketCursor | null = null;
  for (;;) {
    const page = await ticketPage(db, tenantId, window, after, TICKET_BATCH);
    let slice = performance.now();
    for (const t of page) {
      if (performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
      sheet
        .addRow({
          ticketId: t.ticketId,
          number: t.number,
          createdAt: t.createdAt,
          status: t.status,
          priority: t.priority,
          category: t.category,
          // One cell for Excel filters: "billing, vip".
          tags: t.tags.join(', '),
          customer: t.customerName,
          channel: t.channel,
          assignee: t.assigneeId ? (names.get(t.assigneeId) ?? t.assigneeId) : null,
          firstResponseAt: t.firstResponseAt,
          firstResponseMin: minutes(t.firstResponseSeconds),
          resolvedAt: t.resolvedAt,
          resolutionMin: minutes(t.resolutionSeconds),
          reopens: t.reopens,
          csat: t.csatRating,
          breachedFirstResponse: t.breachedFirstResponse,
          breachedResolution: t.breachedResolution,
        })
        .commit();
    }
    rows += page.length;
    const last = page.at(-1);
    if (!last || page.length < TICKET_BATCH) break;
    after = { createdAt: last.createdAt, ticketId: last.ticketId };
    await progress((rows / Math.max(totals.tickets, 1)) * 95);
  }
  sheet.commit();
  return { rows, summary };
}
