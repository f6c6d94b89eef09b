import { sql, type SQL } from 'drizzle-orm';
import { matchingIds } from '../search/fts.js';
import { toMatchExpression } from '../search/query.js';

/**
 * Full-text conditions used by the `search` and `name` filters, over the FTS5 indexes (see
 * src/search/): the same words, phrases, prefixes and case and accent folding as `Query.search`.
 * Null means the text has nothing searchable in it, so nothing can match.
 *
 * The unary `+` keeps SQLite from driving the query from the full-text matches: a common word matches
 * most of the corpus, and looking each match up then sorting them all took half a second at 100,000
 * articles. Instead the page walks its ordering index and tests membership in the matches, which is
 * bounded by the index whatever the word.
 */
export function articleTextCondition(query: string): ((t: { id: any }) => SQL) | null {
  const match = toMatchExpression(query);
  if (match === null) return null;
  return (t) => sql`+${t.id} in ${matchingIds('Article', match)}`;
}

export function quoteTextCondition(query: string): ((t: { id: any }) => SQL) | null {
  const match = toMatchExpression(query);
  if (match === null) return null;
  return (t) => sql`+${t.id} in ${matchingIds('Quote', match)}`;
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
