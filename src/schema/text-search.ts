import { sql, type SQL } from 'drizzle-orm';
import { matchingIds } from '../search/fts.js';
import { toMatchExpression } from '../search/query.js';
import { withOtherNames } from '../search/aliases.js';
import type { Database } from '../db/index.js';

/**
 * Full-text conditions used by the `search` and `name` filters, over the FTS5 indexes (see
 * src/search/): the same words, phrases, prefixes and case and accent folding as `Query.search`.
 * Null means the text has nothing searchable in it, so nothing can match. Article and quote text is
 * also searched for the other names of the people and organisations the text names (withOtherNames).
 *
 * The unary `+` keeps SQLite from driving the query from the full-text matches: a common word matches
 * most of the corpus, and looking each match up then sorting them all took half a second at 100,000
 * articles. Instead the page walks its ordering index and tests membership in the matches, which is
 * bounded by the index whatever the word.
 */
export async function articleTextCondition(db: Database, query: string): Promise<((t: { id: any }) => SQL) | null> {
  const match = toMatchExpression(query);
  if (match === null) return null;
  const text = await withOtherNames(db, match);
  return (t) => sql`+${t.id} in ${matchingIds('Article', text)}`;
}

export async function quoteTextCondition(db: Database, query: string): Promise<((t: { id: any }) => SQL) | null> {
  const match = toMatchExpression(query);
  if (match === null) return null;
  const text = await withOtherNames(db, match);
  return (t) => sql`+${t.id} in ${matchingIds('Quote', text)}`;
}

/** People whose name or an alias matches; an unsearchable name matches nobody. */
export function personNameCondition(name: string): (t: { id: any }) => SQL {
  const match = toMatchExpression(name);
  return (t) => (match === null ? sql`0` : sql`${t.id} in ${matchingIds('Person', match)}`);
}

/** Organisations whose name, acronym or an alias matches; an unsearchable name matches none. */
export function organisationNameCondition(name: string): (t: { id: any }) => SQL {
  const match = toMatchExpression(name);
  return (t) => (match === null ? sql`0` : sql`${t.id} in ${matchingIds('Organisation', match)}`);
}
