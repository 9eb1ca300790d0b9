/** The `/code` being typed: where its slash is and what follows it, up to the caret. */
export type SlashToken = { start: number; query: string };

const CODE_CHARS = /^[\w-]*$/;

/**
 * The short code the user is typing at `caret`, when a word there starts with `/` (at the start
 * of the text or after whitespace, so "and/or" or a URL opens nothing); null otherwise.
 */
export function slashTokenAt(text: string, caret: number): SlashToken | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('/');
  if (start < 0) return null;
  if (start > 0 && !/\s/.test(before[start - 1] ?? '')) return null;
  const query = before.slice(start + 1);
  return query.length <= 32 && CODE_CHARS.test(query) ? { start, query } : null;
}

/** The text with the token replaced by `insert`; the caret goes right after it. */
export function replaceToken(text: string, token: SlashToken, caret: number, insert: string) {
  const value = text.slice(0, token.start) + insert + text.slice(caret);
  return { value, caret: token.start + insert.length };
}
