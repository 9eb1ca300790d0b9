import { describe, expect, it } from 'vitest';
import { emptyScheduleDraft, recipientsOf, scheduleBody } from './schedule-form.js';

describe('scheduled report form', () => {
  it('reads recipients however they are separated', () => {
    expect(recipientsOf(' a@example.com, b@example.com;c@example.com\nd@example.com ')).toEqual([
      'a@example.com',
      'b@example.com',
      'c@example.com',
      'd@example.com',
    ]);
    expect(recipientsOf('  ')).toEqual([]);
  });

  it('names the agent only for an agent report', () => {
    const agentId = '0190b3a0-0000-7000-8000-000000000001';
    const draft = { ...emptyScheduleDraft, recipients: 'lead@example.com', agentId };
    expect(scheduleBody(draft)).toEqual({
      report: 'team',
      frequency: 'weekly',
      recipients: ['lead@example.com'],
    });
    expect(scheduleBody({ ...draft, report: 'agent', frequency: 'monthly' })).toEqual({
      report: 'agent',
      frequency: 'monthly',
      recipients: ['lead@example.com'],
      agentId,
    });
  });
});
