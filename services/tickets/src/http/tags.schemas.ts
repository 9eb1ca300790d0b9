import { z } from 'zod';
import { distinctTags, tagRules } from '../domain/tags.js';

/** One tag as given: trimmed and lower-cased before its length is checked. */
export const tagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'a tag must not be blank')
  .max(tagRules.maxLength, `a tag has at most ${tagRules.maxLength} characters`);

/** A ticket's tags: each once, at most 20 (docs/api.md §4.14). */
export const tagListSchema = z
  .array(tagSchema)
  .transform(distinctTags)
  .pipe(z.array(z.string()).max(tagRules.maxPerTicket, `a ticket has at most ${tagRules.maxPerTicket} tags`));

export const putTagsBody = z.object({ tags: tagListSchema }).strict();

export const tagCountsResponse = z.object({
  data: z.array(
    z.object({
      tag: z.string(),
      count: z.number().int().describe("How many of the tenant's tickets carry it"),
    }),
  ),
});
