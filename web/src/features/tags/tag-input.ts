/** docs/api.md §4.14, as the server checks it: a tag is 1–40 characters, a ticket carries at most 20. */
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;

export type TagProblem = 'blank' | 'tooLong' | 'tooMany' | 'duplicate';

/** The tags after adding what the user typed (trimmed, lower-cased), or why it cannot be added. */
export function addTag(tags: string[], typed: string): { tags: string[] } | { problem: TagProblem } {
  const tag = typed.trim().toLowerCase();
  if (!tag) return { problem: 'blank' };
  if (tag.length > MAX_TAG_LENGTH) return { problem: 'tooLong' };
  if (tags.includes(tag)) return { problem: 'duplicate' };
  if (tags.length >= MAX_TAGS) return { problem: 'tooMany' };
  return { tags: [...tags, tag] };
}

/** The tenant's tags worth suggesting: not on the ticket yet, matching what is typed, most used first. */
export function suggestionsFor(counts: { tag: string; count: number }[], tags: string[], typed: string) {
  const prefix = typed.trim().toLowerCase();
  return counts.filter((c) => !tags.includes(c.tag) && c.tag.includes(prefix)).map((c) => c.tag);
}
