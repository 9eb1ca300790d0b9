/*
 * `@username` in a note: a username is letters, digits, `.`, `_` and `-`, preceded by neither a word
 * character nor `@` (so an email address mentions nobody); a sentence's final `.` is not part of it.
 */
const mention = /(?<![\w@])@([A-Za-z0-9._-]+)/g;

/** The distinct usernames a text mentions, lower-cased (usernames are matched case-insensitively). */
export function mentionedUsernames(text: string): string[] {
  const names = [...text.matchAll(mention)].map((m) => (m[1] ?? '').replace(/[.-]+$/, '').toLowerCase());
  return [...new Set(names.filter((n) => n.length > 0))];
}
