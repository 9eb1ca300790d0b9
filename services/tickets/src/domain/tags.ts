/** docs/api.md §4.14: a tag is 1–40 characters, lower-case, and a ticket carries at most 20. */
export const tagRules = { maxLength: 40, maxPerTicket: 20 } as const;

/** A tag as it is stored: trimmed and lower-cased, so `Refund ` and `refund` are one tag. */
export const normalTag = (tag: string) => tag.trim().toLowerCase();

/** The tags once each, in the order first given. */
export const distinctTags = (tags: string[]) => [...new Set(tags.map(normalTag))];

/** What moving a ticket's tags from `before` to `after` adds and removes. */
export function tagDiff(before: string[], after: string[]) {
  return {
    added: after.filter((t) => !before.includes(t)),
    removed: before.filter((t) => !after.includes(t)),
  };
}
