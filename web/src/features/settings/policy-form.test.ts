import { describe, expect, it } from 'vitest';
import { formToPolicy, newPolicyForm, policyToForm } from './policy-form.js';

describe('SLA policy form', () => {
  it('round-trips a stored policy, an absent next response as an empty field', () => {
    const policy = {
      priority: 'high' as const,
      firstResponseMinutes: 30,
      nextResponseMinutes: null,
      resolutionMinutes: 240,
      businessHours: true,
      warnAtPercent: 75,
    };
    const form = policyToForm(policy);
    expect(form.nextResponseMinutes).toBe('');
    expect(formToPolicy('high', form)).toEqual(policy);
  });

  it('sends what was typed, so the API can name a bad number beside its field', () => {
    const sent = formToPolicy('low', {
      ...newPolicyForm,
      firstResponseMinutes: '',
      resolutionMinutes: '1.5',
    });
    expect(sent.firstResponseMinutes).toBeNaN();
    expect(sent.resolutionMinutes).toBe(1.5);
    expect(sent.nextResponseMinutes).toBeNull();
  });
});
