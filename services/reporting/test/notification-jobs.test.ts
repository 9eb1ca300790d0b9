import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReportingHarness, startReporting, type Team } from './support/reporting-harness.js';

let h: ReportingHarness;
let ours: Team;
let theirs: Team;
beforeAll(async () => {
  h = await startReporting();
  [ours, theirs] = await Promise.all([h.tenant(), h.tenant()]);
});
afterAll(() => h?.stop());

const notice = (audience: unknown) => ({ type: 'NOTIFICATION', message: 'Fire drill at noon', audience });

describe('a NOTIFICATION job (POST /api/jobs)', () => {
  it('runs QUEUED → PROCESSING → COMPLETED and asks for the broadcast with the job', async () => {
    const res = await h.call('POST', '/api/jobs', { as: ours.supervisor, body: notice('agents') });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const job = await h.settledJob(res.body.jobId, ours.supervisor);
    expect(job).toMatchObject({ type: 'NOTIFICATION', attempts: 1, requesterId: ours.supervisor.userId });
    const statuses = (await h.recorded(ours.tenantId, 'job.updated'))
      .filter((e) => e.data.jobId === job.id)
      .map((e) => e.data.status);
    expect(statuses).toEqual(['QUEUED', 'PROCESSING', 'COMPLETED']);
    const [requested, ...more] = (await h.recorded(ours.tenantId, 'broadcast.requested')).filter(
      (e) => e.data.jobId === job.id,
    );
    expect(more).toEqual([]);
    expect(requested?.data).toEqual({
      jobId: job.id,
      requesterId: ours.supervisor.userId,
      message: 'Fire drill at noon',
      audience: { type: 'role', value: 'agent' },
    });
  });

  it('maps OmniSync’s audience names and takes Switchboard audiences as they are', async () => {
    const cases: [unknown, unknown][] = [
      ['all', { type: 'all', value: null }],
      ['supervisors', { type: 'role', value: 'supervisor' }],
      [
        { type: 'department', value: 'Billing' },
        { type: 'department', value: 'Billing' },
      ],
    ];
    for (const [audience, expected] of cases) {
      const res = await h.call('POST', '/api/jobs', { as: ours.admin, body: notice(audience) });
      const job = await h.settledJob(res.body.jobId, ours.admin);
      expect(job.payload.audience).toEqual(expected);
    }
  });

  it('refuses bad input with 400, agents and viewers with 403, and queues nothing', async () => {
    const before = (await h.call('GET', '/api/jobs?limit=100', { as: ours.admin })).body.meta.total;
    const bad = [
      notice('everyone'),
      { ...notice('all'), message: '' },
      { ...notice('all'), type: 'EXCEL_EXPORT' },
      { ...notice({ type: 'role', value: 'boss' }) },
      { ...notice('all'), extra: true },
    ];
    for (const body of bad) {
      const res = await h.call('POST', '/api/jobs', { as: ours.supervisor, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    for (const as of [ours.agent, ours.viewer]) {
      expect((await h.call('POST', '/api/jobs', { as, body: notice('all') })).status).toBe(403);
    }
    const after = (await h.call('GET', '/api/jobs?limit=100', { as: ours.admin })).body.meta.total;
    expect(after).toBe(before);
  });

  it('another tenant never sees the job', async () => {
    const res = await h.call('POST', '/api/jobs', { as: ours.supervisor, body: notice('all') });
    await h.settledJob(res.body.jobId, ours.supervisor);
    expect((await h.call('GET', `/api/jobs/${res.body.jobId}`, { as: theirs.admin })).status).toBe(404);
    const list = await h.call('GET', '/api/jobs?type=NOTIFICATION', { as: theirs.admin });
    expect(list.body.meta.total).toBe(0);
  });
});
