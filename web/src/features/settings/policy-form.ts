import type { Priority } from '@switchboard/contracts';
import type { SlaPolicy } from '../../lib/sla-clock.js';

/** A policy as typed: numbers stay text until saved, so a half-typed value is not lost. */
export type PolicyForm = {
  firstResponseMinutes: string;
  nextResponseMinutes: string;
  resolutionMinutes: string;
  businessHours: boolean;
  warnAtPercent: string;
};

export const policyFields = [
  'firstResponseMinutes',
  'nextResponseMinutes',
  'resolutionMinutes',
  'warnAtPercent',
] as const;

/** What a priority without a policy starts from. */
export const newPolicyForm: PolicyForm = {
  firstResponseMinutes: '60',
  nextResponseMinutes: '',
  resolutionMinutes: '480',
  businessHours: false,
  warnAtPercent: '80',
};

export const policyToForm = (p: SlaPolicy): PolicyForm => ({
  firstResponseMinutes: String(p.firstResponseMinutes),
  nextResponseMinutes: p.nextResponseMinutes === null ? '' : String(p.nextResponseMinutes),
  resolutionMinutes: String(p.resolutionMinutes),
  businessHours: p.businessHours,
  warnAtPercent: String(p.warnAtPercent),
});

/**
 * Empty "next response" means no such target; anything else goes as typed, so the API's
 * validation names a bad number beside its field rather than the form guessing.
 */
export function formToPolicy(priority: Priority, form: PolicyForm): SlaPolicy {
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    priority,
    firstResponseMinutes: number(form.firstResponseMinutes),
    nextResponseMinutes: form.nextResponseMinutes.trim() === '' ? null : number(form.nextResponseMinutes),
    resolutionMinutes: number(form.resolutionMinutes),
    businessHours: form.businessHours,
    warnAtPercent: number(form.warnAtPercent),
  };
}
