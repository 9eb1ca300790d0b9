import type { Job } from '@switchboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
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
  beforeAll(() => i18n.changeLanguage('en'));
  afterAll(() => i18n.changeLanguage('en'));

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
      period: 'Nov 20\u2009–\u200926, 2026',
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

  it('reads in the interface language', async () => {
    await i18n.changeLanguage('es');
    expect(
      describeJob(
        job({ type: 'EXCEL_EXPORT', payload: { report: 'agent', from: '2026-11-20', to: '2026-11-26' } }),
      ),
    ).toMatchObject({ kind: 'Exportación a Excel', report: 'Informe del agente', period: '20–26 nov 2026' });
  });
});
