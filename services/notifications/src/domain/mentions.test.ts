import { describe, expect, it } from 'vitest';
import { mentionedUsernames } from './mentions.js';

describe('mentionedUsernames', () => {
  it('finds each @username once, case-insensitively, without trailing punctuation', () => {
    expect(mentionedUsernames('@Agent2 can you look? cc @sam.lee, @agent2.')).toEqual(['agent2', 'sam.lee']);
  });

  it('ignores email addresses and a lone @', () => {
    expect(mentionedUsernames('mail ana@example.com or @ now')).toEqual([]);
  });
});
