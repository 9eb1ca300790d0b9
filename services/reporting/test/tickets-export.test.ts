import { uuidv7 } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketFacts } from '../src/data/schema.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { readWorkbook, recordsOf } from './support/workbooks.js';

const TICKETS = 5_000;
let h: ReportingHarness;
let ours: Team;
beforeAll(async () => {
  h = await startReporting();
  ours = await h.tenant();
  // Straight into the read model: 5,000 tickets on 2026-03-10 (UTC, the tenant's default zone).
  const start = Date.parse('2026-03-10T00:00:00Z');
  const rows = Array.from({ length: TICKETS }, (_, i) => ({
    ticketId: uuidv7(),
    tenantId: ours.tenantId,
    status: i % 2 ? 'RESOLVED' : 'NEW',
    assigneeId: i % 2 ? ours.agent.userId : null,
    priority: 'medium',
    category: null,
    channel: 'inbound' as const,
    requiresApproval: false,
    createdAt: new Date(start + i * 10_000),
    resolvedAt: i % 2 ? new Date(start + i * 10_000 + 600_000) : null,
    resolutions: i % 2,
    reopens: 0,
    approvalWaitSeconds: 0,
    breachedFirstResponse: false,
    breachedNextResponse: false,
    breachedResolution: i % 10 === 1,
  }));
  for (let i = 0; i < rows.length; i += 1_000)
    await h.deps.db.insert(ticketFacts).values(rows.slice(i, i + 1_000));
}, 60_000);
afterAll(() => h?.stop());

describe('a tickets export', () => {
  it('streams every ticket in batches, announcing progress as it goes', async () => {
    const body = { report: 'tickets', from: '2026-03-10', to: '2026-03-10' };
    const res = await h.call('POST', '/api/reports/export', { as: ours.supervisor, body });
    const job = await h.settledJob(res.body.jobId, ours.supervisor);
    expect(job.result.file.rows).toBe(TICKETS);
    const progress = (await h.recorded(ours.tenantId, 'job.updated'))
      .filter((e) => e.data.jobId === job.id && e.data.status === 'PROCESSING')
      .map((e) => e.data.progress as number);
    expect(progress.length).toBeGreaterThanOrEqual(5); // the start, then one per full batch
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const file = await h.download(`/api/jobs/${job.id}/download`, ours.supervisor);
    const { sheets } = await readWorkbook(file.content);
    const tickets = recordsOf(sheets.Tickets ?? []);
    expect(tickets).toHaveLength(TICKETS);
    expect(tickets[1]).toMatchObject({
      'Created at (UTC)': new Date('2026-03-10T00:00:10Z'),
      Status: 'RESOLVED',
      Assignee: ours.agent.fullName,
      'Resolved at (UTC)': new Date('2026-03-10T00:10:10Z'),
      'Resolution breached': true,
    });
    const summary = Object.fromEntries(sheets.Summary?.slice(1).map(([k, v]) => [k, v]) ?? []);
    expect(summary).toMatchObject({
      'Tickets created': TICKETS,
      'Tickets resolved': TICKETS / 2,
      'Tickets with a breached SLA target': TICKETS / 10,
    });
  }, 60_000);
});
