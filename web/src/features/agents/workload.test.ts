import { describe, expect, it } from 'vitest';
import { workloadBody, workloadDraft } from './workload.js';

describe('capacity and skills form', () => {
  it('shows the saved profile, the default capacity as empty', () => {
    const profile = { agentId: 'a', role: 'agent', department: 'Support', readyForWork: false };
    expect(workloadDraft({ ...profile, capacity: 5, skills: ['billing', 'vip'] })).toEqual({
      capacity: '5',
      skills: 'billing, vip',
    });
    expect(workloadDraft({ ...profile, capacity: null, skills: [] })).toEqual({ capacity: '', skills: '' });
  });

  it('sends a number, or null for the default, and the listed categories', () => {
    expect(workloadBody({ capacity: ' 4 ', skills: 'billing, , vip ,' })).toEqual({
      capacity: 4,
      skills: ['billing', 'vip'],
    });
    expect(workloadBody({ capacity: '', skills: '' })).toEqual({ capacity: null, skills: [] });
  });

  it('leaves a capacity that is not a number for the API to refuse', () => {
    expect(workloadBody({ capacity: 'lots', skills: '' }).capacity).toBe('lots');
  });
});
