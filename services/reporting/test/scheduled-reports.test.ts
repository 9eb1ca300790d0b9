import { type Mailbox, startMailbox } from '@switchboard/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb } from '../src/data/db.js';
import { runsOf } from '../src/data/schedules.repository.js';
import { queueScheduledReports } from '../src/jobs/scheduled-reports.js';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';

let h: ReportingHarness;
let mailbox: Mailbox;
let ours: Team;
let theirs: Team;
beforeAll(async () => {
  mailbox = await startMailbox();
  h = await startReporting({ SMTP_URL: mailbox.url });
  [ours, theirs] = await Promise.all([h.tenant(), h.tenant()]);
});
afterAll(async () => {
  await h?.stop();
  await mailbox?.close();
});

const weekly = { report: 'team', frequency: 'weekly', recipients: ['lead@example.com'] };

describe('scheduled reports', () => {
  it('are managed by supervisors and admins of the tenant only', async () => {
    for (const as of [ours.agent, ours.viewer]) {
      expect((await h.call('POST', '/api/reports/schedules', { as, body: weekly })).status).toBe(403);
      expect((await h.call('GET', '/api/reports/schedules', { as })).status).toBe(403);
    }
    const invalid = [
      { ...weekly, frequency: 'daily' },
      { ...weekly, recipients: [] },
      { ...weekly, report: 'agent' }, // an agent report names its agent
    ];
    for (const body of invalid) {
      const res = await h.call('POST', '/api/reports/schedules', { as: ours.supervisor, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const created = await h.call('POST', '/api/reports/schedules', { as: ours.admin, body: weekly });
    expect(created.status).toBe(201);
    const removed = await h.call('DELETE', `/api/reports/schedules/${created.body.id}`, { as: theirs.admin });
    expect(removed.status).toBe(404);
    expect((await h.call('GET', '/api/reports/schedules', { as: theirs.supervisor })).body.data).toEqual([]);
    expect(
      (await h.call('DELETE', `/api/reports/schedules/${created.body.id}`, { as: ours.admin })).status,
    ).toBe(204);
  });

  it('queue one email per period even with two schedulers running at once', async () => {
    const created = await h.call('POST', '/api/reports/schedules', { as: ours.supervisor, body: weekly });
    const second = connectDb(h.deps.config.DATABASE_URL); // another reporting process's pool
    const now = new Date('2026-03-11T12:00:00Z'); // a Wednesday: the week before is 2–8 March
    try {
      const counts = await Promise.all([
        queueScheduledReports(h.deps.db, now),
        queueScheduledReports(second.db, now),
      ]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await queueScheduledReports(second.db, now)).toBe(0); // the same period again: nothing
    } finally {
      await second.pool.end();
    }
    const runs = await runsOf(h.deps.db, created.body.id);
    expect(runs.map((r) => r.periodStart)).toEqual(['2026-03-02']);
    const jobs = (await h.call('GET', '/api/jobs?type=EMAIL_REPORT', { as: ours.supervisor })).body;
    expect(jobs.data).toHaveLength(1);
    expect(jobs.data[0].id).toBe(runs[0]?.jobId);
    const done = await h.settledJob(jobs.data[0].id, ours.supervisor);
    expect(done.requesterId).toBeNull();
    expect(mailbox.mails().map((m) => m.subject)).toEqual(['Team report 2026-03-02 to 2026-03-08']);
    expect((await h.call('GET', '/api/jobs', { as: theirs.admin })).body.meta.total).toBe(0);
  });
});
