/*
 * The `@name` being typed at the caret of an internal note, and the note with a chosen username
 * in its place. Pure: MentionPicker feeds it the textarea's value and caret.
 */

/** What is typed after `@` up to the caret, and where the `@` is; null when no mention is being typed. */
export type MentionQuery = { text: string; start: number };

// The `@` starts the text or follows a space, so an email address is no mention; the same
// characters as a username (services/notifications' parser) may follow it.
const typing = /(?:^|\s)@([A-Za-z0-9._-]*)$/;

export function mentionAt(value: string, caret: number): MentionQuery | null {
  const match = typing.exec(value.slice(0, caret));
  if (!match) return null;
  const text = match[1] ?? '';
  return { text, start: caret - text.length - 1 };
}

/** The colleagues a query matches, by username or full name, at most `limit`. */
export function matching<U extends { username: string; fullName: string }>(
  users: U[],
  text: string,
  limit = 6,
) {
  const q = text.toLowerCase();
  return users
    .filter((u) => u.username.toLowerCase().startsWith(q) || u.fullName.toLowerCase().includes(q))
    .slice(0, limit);
}

/** The note with `@username ` in place of the query, and where the caret goes after it. */
export function insertMention(value: string, query: MentionQuery, caret: number, username: string) {
  const inserted = `@${username} `;
  const next = value.slice(0, query.start) + inserted + value.slice(caret).replace(/^ /, '');
  return { value: next, caret: query.start + inserted.length };
}
