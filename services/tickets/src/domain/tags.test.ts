import { describe, expect, it } from 'vitest';
import { distinctTags, tagDiff } from './tags.js';

describe('tags', () => {
  it('keeps each tag once, trimmed and lower-cased, in the order first given', () => {
    expect(distinctTags([' Refund', 'vip', 'REFUND ', 'Vip'])).toEqual(['refund', 'vip']);
  });

  it('tells what a change adds and removes', () => {
    expect(tagDiff(['refund', 'vip'], ['vip', 'billing'])).toEqual({
      added: ['billing'],
      removed: ['refund'],
    });
    expect(tagDiff(['vip'], ['vip'])).toEqual({ added: [], removed: [] });
  });
});
