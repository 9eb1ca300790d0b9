import { describe, expect, it } from 'vitest';
import { attributePatch, rowsOf } from './attributes.js';

describe('the attributes editor', () => {
  it('shows each attribute with its type', () => {
    expect(rowsOf({ plan: 'pro', seats: 5, vip: true })).toEqual([
      { key: 'plan', type: 'text', value: 'pro' },
      { key: 'seats', type: 'number', value: '5' },
      { key: 'vip', type: 'boolean', value: 'true' },
    ]);
  });

  it('sends only what changed, a removed row as null, values in their type', () => {
    const before = { plan: 'pro', seats: 5, city: 'Oslo' };
    const rows = [
      { key: 'plan', type: 'text' as const, value: 'pro' },
      { key: 'seats', type: 'number' as const, value: '7' },
      { key: ' vip ', type: 'boolean' as const, value: 'true' },
      { key: '', type: 'text' as const, value: 'ignored' },
    ];
    expect(attributePatch(before, rows)).toEqual({ seats: 7, vip: true, city: null });
  });

  it('keeps zip-code-like text as text', () => {
    expect(attributePatch({}, [{ key: 'zip', type: 'text', value: '01234' }])).toEqual({ zip: '01234' });
  });
});
