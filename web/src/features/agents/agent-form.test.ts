import type { Agent } from '@switchboard/contracts';
import { describe, expect, it } from 'vitest';
import { createBody, draftOf, emptyAgentDraft, updateBody } from './agent-form.js';

const agent = {
  id: '0190b3a0-0000-7000-8000-000000000001',
  username: 'casey',
  email: 'casey@example.com',
  fullName: 'Casey Park',
  department: 'Support',
  phone: '+1 555 0100',
  role: 'agent',
} as Agent;

describe('agent form', () => {
  it('creates without a phone when none is given', () => {
    const draft = { ...emptyAgentDraft, username: 'kim', email: 'kim@example.com', fullName: 'Kim' };
    expect(createBody(draft)).not.toHaveProperty('phone');
    expect(createBody({ ...draft, phone: '+46 8 1' })).toMatchObject({ phone: '+46 8 1' });
  });

  it('sends only the fields an edit changed', () => {
    expect(updateBody(agent, draftOf(agent))).toEqual({});
    expect(updateBody(agent, { ...draftOf(agent), department: 'Billing' })).toEqual({
      department: 'Billing',
    });
  });

  it('removes the phone when it is emptied', () => {
    expect(updateBody(agent, { ...draftOf(agent), phone: '' })).toEqual({ phone: null });
  });
});
