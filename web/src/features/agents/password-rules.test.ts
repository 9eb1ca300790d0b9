import { describe, expect, it } from 'vitest';
import { passwordRules } from './password-rules.js';

const unmet = (password: string) =>
  passwordRules(password)
    .filter((r) => !r.met)
    .map((r) => r.rule);

describe('password rules', () => {
  it('accepts what the auth service accepts', () => {
    expect(unmet('Passw0rdX')).toEqual([]);
  });

  it('names each rule a draft still misses', () => {
    expect(unmet('')).toEqual(['length', 'lowercase', 'uppercase', 'digit']);
    expect(unmet('short1A')).toEqual(['length']);
    expect(unmet('alllowercase1')).toEqual(['uppercase']);
    expect(unmet('NoDigitsHere')).toEqual(['digit']);
    expect(unmet(`Aa1${'x'.repeat(126)}`)).toEqual(['length']);
  });
});
