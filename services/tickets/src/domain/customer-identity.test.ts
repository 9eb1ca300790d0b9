import { describe, expect, it } from 'vitest';
import { identitiesOf, mergeAttributes, patchAttributes } from './customer-identity.js';

describe('customer identities', () => {
  it('finds one phone however it is written, and an email in any case', () => {
    const a = identitiesOf({ phone: '+1 (555) 0100', email: ' Ada@Example.COM ' });
    const b = identitiesOf({ phone: '1-555-0100', email: 'ada@example.com' });
    expect(a).toEqual([
      { kind: 'email', value: 'ada@example.com' },
      { kind: 'phone', value: '+15550100' },
    ]);
    expect(b).toEqual(a);
  });

  it('puts a channel id first and ignores blank parts', () => {
    expect(identitiesOf({ channelId: ' wa:42 ', email: '  ', phone: '()' })).toEqual([
      { kind: 'channel', value: 'wa:42' },
    ]);
    expect(identitiesOf({})).toEqual([]);
  });
});

describe('customer attributes', () => {
  it('a patch sets keys and a null removes one', () => {
    expect(patchAttributes({ plan: 'pro', vip: true }, { vip: null, seats: 5 })).toEqual({
      plan: 'pro',
      seats: 5,
    });
  });

  it('a merge keeps the target value on a clash and adds what it lacks', () => {
    expect(mergeAttributes({ plan: 'pro' }, { plan: 'free', city: 'Lima' })).toEqual({
      plan: 'pro',
      city: 'Lima',
    });
  });
});
