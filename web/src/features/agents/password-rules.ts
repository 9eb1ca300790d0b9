/*
 * The password rules the auth service enforces (services/auth/src/domain/agent-fields.ts,
 * passwordField), mirrored so the form can show them before the API refuses. The API stays
 * the judge; this only says which rules a draft already meets.
 */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export type PasswordRule = 'length' | 'lowercase' | 'uppercase' | 'digit';

const checks: Record<PasswordRule, (password: string) => boolean> = {
  length: (p) => p.length >= PASSWORD_MIN && p.length <= PASSWORD_MAX,
  lowercase: (p) => /[a-z]/.test(p),
  uppercase: (p) => /[A-Z]/.test(p),
  digit: (p) => /\d/.test(p),
};

/** Each rule, in the order shown, with whether the password meets it. */
export const passwordRules = (password: string) =>
  (Object.keys(checks) as PasswordRule[]).map((rule) => ({ rule, met: checks[rule](password) }));
