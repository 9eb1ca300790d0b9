import type { Job } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { describeJob } from './job-labels.js';

const job = (over: Partial<Job>): Job => ({
  id: '0190a8c2-0000-7000-8000-000000000001',
  type: 'EMAIL_REPORT',
  status: 'COMPLETED',
  attempts: 1,
  maxAttempts: 3,
  progress: 100,
  error: null,
  payload: {},
  result: null,
  requesterId: null,
  createdAt: '2026-11-27T10:00:00Z',
  updatedAt: '2026-11-27T10:00:05Z',
  ...over,
});

describe('a job row', () => {
  it('says which report, period, recipients and file size it is', () => {
    const row = describeJob(
      job({
        payload: { report: 'team', from: '2026-11-20', to: '2026-11-26', recipients: ['lead@example.com'] },
        result: { messageId: 'x', file: { name: 'team.xlsx', size: 20_480, rows: 12 } },
      }),
    );
    expect(row).toEqual({
      kind: 'Emailed report',
      report: 'Team report',
      period: '20 Nov – 26 Nov 2026',
      recipients: 'lead@example.com',
      size: '20.0 KB',
    });
  });

  it('shows dashes for what a job does not have', () => {
    expect(describeJob(job({ type: 'EXCEL_EXPORT', status: 'QUEUED' }))).toMatchObject({
      kind: 'Excel export',
      recipients: '—',
      size: '—',
    });
  });
});
