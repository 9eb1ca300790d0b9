import { describe, expect, it } from 'vitest';
import { insertMention, matching, mentionAt } from './mention-query.js';

describe('the mention being typed', () => {
  it('is the text after an @ at the start or after a space, up to the caret', () => {
    expect(mentionAt('@ag', 3)).toEqual({ text: 'ag', start: 0 });
    expect(mentionAt('hi @', 4)).toEqual({ text: '', start: 3 });
    expect(mentionAt('hi @sam.l later', 9)).toEqual({ text: 'sam.l', start: 3 });
  });

  it('is none in an email address, after a space, or with no @', () => {
    expect(mentionAt('ana@exa', 7)).toBeNull();
    expect(mentionAt('@ana done', 9)).toBeNull();
    expect(mentionAt('hello', 5)).toBeNull();
  });
});

describe('choosing a colleague', () => {
  const users = [
    { username: 'agent1', fullName: 'Ana Lopez' },
    { username: 'agent2', fullName: 'Bo Chen' },
    { username: 'sup', fullName: 'Sam Agent' },
  ];

  it('offers usernames that start with the text and names that contain it', () => {
    expect(matching(users, 'AG').map((u) => u.username)).toEqual(['agent1', 'agent2', 'sup']);
    expect(matching(users, 'chen').map((u) => u.username)).toEqual(['agent2']);
    expect(matching(users, '', 2)).toHaveLength(2);
  });

  it('puts @username and a space in place of what was typed, the caret after it', () => {
    const value = 'cc @ag please';
    const query = mentionAt(value, 6);
    expect(query).not.toBeNull();
    if (query)
      expect(insertMention(value, query, 6, 'agent2')).toEqual({ value: 'cc @agent2 please', caret: 11 });
  });
});
