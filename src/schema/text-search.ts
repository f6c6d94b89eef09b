import { sql, type SQL } from 'drizzle-orm';
import { matchingIds } from '../search/fts.js';
import { toMatchExpression } from '../search/query.js';

/**
 * Full-text conditions used by the `search` and `name` filters, over the FTS5 indexes (see
 * src/search/): the same words, phrases, prefixes and case and accent folding as `Query.search`.
 * Null means the text has nothing searchable in it, so nothing can match.
 */
export function articleTextCondition(query: string): ((t: { id: any }) => SQL) | null {
  const match = toMatchExpression(query);
  if (match === null) return null;
  return (t) => sql`${t.id} in ${matchingIds('Article', match)}`;
}

export function quoteTextCondition(query: string): ((t: { id: any }) => SQL) | null {
  const match = toMatchExpression(query);
  if (match === null) return null;
  return (t) => sql`${t.id} in ${matchingIds('Quote', match)}`;
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
