import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/*
 * How drafts find what the tenant already wrote that is like a customer's message: full-text
 * search finds the candidates (any shared lexeme, GIN index), and the similarity is the Dice
 * overlap of the two lexeme sets, in [0, 1], so a threshold means the same whatever the lengths.
 */

/** Matches a document sharing any lexeme with `text`. */
export const anyLexemeOf = (text: string): SQL =>
  sql`replace(plainto_tsquery('english', ${text})::text, ' & ', ' | ')::tsquery`;

/** The Dice overlap of the document's lexemes and `text`'s. */
export function diceSimilarity(search: PgColumn, text: string): SQL<number> {
  const lexemes = sql`tsvector_to_array(to_tsvector('english', ${text}))`;
  return sql<number>`(2.0 * (select count(*) from unnest(tsvector_to_array(${search})) l
    where l = any(${lexemes})) / nullif(cardinality(${lexemes}) + length(${search}), 0))::float8`;
}
