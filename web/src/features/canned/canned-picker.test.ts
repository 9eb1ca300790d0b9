import { describe, expect, it } from 'vitest';
import { fuzzyFilter } from './fuzzy.js';
import { replaceToken, slashTokenAt } from './slash.js';

const responses = [
  { shortCode: 'greet', title: 'Greeting' },
  { shortCode: 'refund', title: 'Refund granted' },
  { shortCode: 'bye', title: 'Goodbye and thanks' },
];
const codes = (q: string) => fuzzyFilter(responses, q).map((r) => r.shortCode);

describe('the composer picker', () => {
  it('opens on a slash at the start of a word only', () => {
    expect(slashTokenAt('/gr', 3)).toEqual({ start: 0, query: 'gr' });
    expect(slashTokenAt('Thanks! /gr', 11)).toEqual({ start: 8, query: 'gr' });
    expect(slashTokenAt('and/or', 6)).toBeNull();
    expect(slashTokenAt('/gr and more', 12)).toBeNull();
    expect(slashTokenAt('see https://x.example/a', 23)).toBeNull();
  });

  it('replaces the typed code by the inserted text and puts the caret after it', () => {
    const text = 'Hi! /gr then';
    const token = slashTokenAt(text, 7);
    expect(token).not.toBeNull();
    expect(replaceToken(text, token as never, 7, 'Hello Ana')).toEqual({
      value: 'Hi! Hello Ana then',
      caret: 13,
    });
  });

  it('finds responses by short code first, then by title, letters in order', () => {
    expect(codes('gr')).toEqual(['greet', 'refund']); // "Refund granted" has it too, further down
    expect(codes('rfd')).toEqual(['refund']);
    expect(codes('thanks')).toEqual(['bye']);
    expect(codes('')).toEqual(['bye', 'greet', 'refund']);
    expect(codes('zz')).toEqual([]);
  });
});
