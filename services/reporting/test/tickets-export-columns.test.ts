import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';
import { ticketStory } from './support/ticket-story.js';
import { readWorkbook, recordsOf } from './support/workbooks.js';

let h: ReportingHarness;
let ours: Team;
beforeAll(async () => {
  h = await startReporting();
  ours = await h.tenant();
});
afterAll(() => h?.stop());

const customer = {
  id: '0192f0c4-0000-7000-8000-000000000001',
  name: 'Ada Lovelace',
  email: null,
  phone: null,
};

describe('the tickets export', () => {
  it("shows each ticket's number, its tags as they are now and its customer", async () => {
    const tagged = ticketStory(ours.tenantId, { at: '2026-04-02T09:00:00Z', number: 7, customer })
      .tag(['billing', 'vip'], '2026-04-02T09:05:00Z')
      .tag(['vip'], '2026-04-02T09:10:00Z');
    const plain = ticketStory(ours.tenantId, { at: '2026-04-02T10:00:00Z', number: 8 });
    await h.publishApplied([...tagged.events, ...plain.events]);

    const body = { report: 'tickets', from: '2026-04-02', to: '2026-04-02' };
    const res = await h.call('POST', '/api/reports/export', { as: ours.supervisor, body });
    const job = await h.settledJob(res.body.jobId, ours.supervisor);
    const file = await h.download(`/api/jobs/${job.id}/download`, ours.supervisor);
    const rows = recordsOf((await readWorkbook(file.content)).sheets.Tickets ?? []);
    expect(rows).toMatchObject([
      { 'Ticket ID': tagged.id, Number: 7, Tags: 'vip', Customer: 'Ada Lovelace' },
      { 'Ticket ID': plain.id, Number: 8 },
    ]);
    expect(rows[1]?.Tags ?? '').toBe('');
    expect(rows[1]?.Customer ?? null).toBeNull();
  });
});
