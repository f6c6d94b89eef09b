import { sql, type SQL } from 'drizzle-orm';

/** The four kinds of search result, in the order ties between them are broken. */
export const searchKinds = ['Person', 'Organisation', 'Article', 'Quote'] as const;
export type SearchKind = (typeof searchKinds)[number];

interface KindIndex {
  /** The FTS5 table (see the search migration); its rowid is the entity's id. */
  fts: string;
  /** The base table, for the highest id (a search's snapshot). */
  table: string;
  /**
   * bm25 weight of each FTS column, in order. A match in a title or a name weighs more than one in a
   * body or an alias; the folded names (hyphens and dots removed) count a little less than the names.
   */
  weights: number[];
  /** The columns a snippet is taken from, best first; the first with a match wins. */
  snippetColumns: number[];
}

export const kindIndexes: Record<SearchKind, KindIndex> = {
  Article: { fts: 'articles_fts', table: 'articles', weights: [10, 1], snippetColumns: [1, 0] },
  Quote: { fts: 'quotes_fts', table: 'quotes', weights: [2], snippetColumns: [0] },
  Person: { fts: 'people_fts', table: 'people', weights: [10, 5, 4], snippetColumns: [0, 1] },
  Organisation: {
    fts: 'organisations_fts',
    table: 'organisations',
    weights: [10, 10, 5, 4],
    snippetColumns: [0, 1, 2],
  },
};

/** Ids of the rows of a kind that match an FTS5 expression, as a subquery for `id in (…)`. */
export function matchingIds(kind: SearchKind, match: string): SQL {
  const fts = sql.identifier(kindIndexes[kind].fts);
  return sql`(select rowid from ${fts} where ${fts} match ${match})`;
}

/**
 * A list of row ids inlined as SQL literals: they are integers this code read from the database, and
 * D1 allows only 100 bound parameters per statement.
 */
export function idList(ids: number[]): SQL {
  return sql.raw(ids.map((id) => String(Math.trunc(Number(id)))).join(', ') || 'null');
}

/** bm25 with the kind's column weights: more negative is better, as FTS5 has it. */
export function rankExpression(kind: SearchKind): SQL {
  const { fts, weights } = kindIndexes[kind];
  return sql`bm25(${sql.identifier(fts)}, ${sql.raw(weights.map((w) => w.toFixed(1)).join(', '))})`;
}

// Private-use characters mark highlights inside FTS5; they are turned into <mark> after escaping.
const OPEN = '\uE000';
const CLOSE = '\uE001';
export const SNIPPET_TOKENS = 24;

/** The snippet expressions of a kind's columns, in `snippetColumns` order. */
export function snippetExpressions(kind: SearchKind): SQL[] {
  const { fts, snippetColumns } = kindIndexes[kind];
  return snippetColumns.map(
    (column) =>
      sql`snippet(${sql.identifier(fts)}, ${sql.raw(String(column))}, ${OPEN}, ${CLOSE}, '…', ${sql.raw(String(SNIPPET_TOKENS))})`,
  );
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * The first snippet with a highlighted match (else the first one), as HTML: the text escaped, the
 * matched words in `<mark>…</mark>`. Text from articles is never trusted as markup.
 */
export function snippetHtml(snippets: (string | null)[]): string {
  const chosen = snippets.find((s) => s?.includes(OPEN)) ?? snippets.find((s) => s) ?? '';
  return chosen
    .replace(/[&<>"']/g, (c) => htmlEscapes[c])
    .replaceAll(OPEN, '<mark>')
    .replaceAll(CLOSE, '</mark>');
}
