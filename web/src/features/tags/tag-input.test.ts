import { describe, expect, it } from 'vitest';
import { addTag, suggestionsFor } from './tag-input.js';

describe('adding a tag in the ticket view', () => {
  it('adds what was typed, trimmed and lower-cased', () => {
    expect(addTag(['vip'], '  Refund ')).toEqual({ tags: ['vip', 'refund'] });
  });

  it('says why a blank, overlong, repeated or 21st tag is not added', () => {
    expect(addTag([], '   ')).toEqual({ problem: 'blank' });
    expect(addTag([], 'x'.repeat(41))).toEqual({ problem: 'tooLong' });
    expect(addTag(['vip'], 'VIP')).toEqual({ problem: 'duplicate' });
    const twenty = Array.from({ length: 20 }, (_, i) => `t${i}`);
    expect(addTag(twenty, 'one-more')).toEqual({ problem: 'tooMany' });
  });

  it("suggests the tenant's other tags that contain what is typed, most used first", () => {
    const counts = [
      { tag: 'refund', count: 9 },
      { tag: 'vip', count: 5 },
      { tag: 'refund-late', count: 2 },
    ];
    expect(suggestionsFor(counts, ['refund'], 'Ref')).toEqual(['refund-late']);
    expect(suggestionsFor(counts, [], '')).toEqual(['refund', 'vip', 'refund-late']);
  });
});
