import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { badInput } from '../errors.js';
import {
  idList,
  kindIndexes,
  rankExpression,
  searchKinds,
  snippetExpressions,
  snippetHtml,
  type SearchKind,
} from './fts.js';

/** The MATCH expression each kind's index is searched with (articles and quotes also by other names). */
export type KindMatches = Record<SearchKind, string>;

/** Like GitHub's search, results are ranked and reachable up to this depth; refine the query to go further. */
export const MAX_SEARCH_RESULTS = 1_000;

/**
 * Where a page of search results starts: a rank position, and the highest id of each kind when the
 * first page was fetched. Rows stored after that never enter later pages, so ingestion between two
 * pages cannot push a result onto the next page (a repeat) or pull one back (a skip).
 */
export interface SearchPosition {
  offset: number;
  ceilings: Record<SearchKind, number>;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** bm25 with column weights; more negative is a better match. */
  score: number;
}

const CURSOR_PREFIX = 'S1';

export function encodeSearchCursor(position: SearchPosition): string {
  const text = [CURSOR_PREFIX, position.offset, ...searchKinds.map((kind) => position.ceilings[kind])].join(':');
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function decodeSearchCursor(cursor: string): SearchPosition {
  let text = '';
  if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) {
    try {
      text = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
    } catch {
      text = '';
    }
  }
  const parts = text.split(':');
  const numbers = parts.slice(1).map((p) => (/^(0|[1-9][0-9]{0,15})$/.test(p) ? Number(p) : NaN));
  if (parts[0] !== CURSOR_PREFIX || numbers.length !== 1 + searchKinds.length || numbers.some(Number.isNaN)) {
    throw badInput('Invalid search cursor: pass an `endCursor` from the same search.');
  }
  const [offset, ...ceilings] = numbers;
  if (offset > MAX_SEARCH_RESULTS) throw badInput(`Search results go ${MAX_SEARCH_RESULTS} deep; refine the query.`);
  return {
    offset,
    ceilings: Object.fromEntries(searchKinds.map((kind, i) => [kind, ceilings[i]])) as SearchPosition['ceilings'],
  };
}

/**
 * bm25 costs time in proportion to the rows it scores: a word in most of 100,000 articles would take
 * hundreds of milliseconds to rank. So each kind ranks only its RANKING_WINDOW most recently stored
 * matches (news readers want the recent ones anyway; a kind with fewer matches ranks them all); the
 * counts still count every match. The window is fixed by the snapshot, so paging stays stable, and it
 * is at least MAX_SEARCH_RESULTS, so a search of one kind still reaches as deep as any.
 */
export const RANKING_WINDOW = 1_000;

/** The best `limit` hits of a search, and the snapshot they were ranked in. */
export interface RankedHits {
  hits: SearchHit[];
  /** The ceilings passed in, or (for a first page) the highest ids when the hits were ranked. */
  ceilings: SearchPosition['ceilings'];
}

const ceilingOf = (kind: SearchKind) => sql.raw(`(select coalesce(max(id), 0) from "${kindIndexes[kind].table}")`);

/**
 * The best `limit` matches over the given kinds, merged into one ranking, in one statement. Each
 * kind's index ranks its own rows (FTS5 reads them newest first and stops after the window); merging
 * by score puts a strong name match above a passing mention in a long article. Without `ceilings`
 * (a first page) the snapshot is read by the same statement, so it is exactly what was ranked.
 */
export async function rankedHits(
  db: Database,
  match: KindMatches,
  kinds: readonly SearchKind[],
  ceilings: SearchPosition['ceilings'] | null,
  limit: number,
): Promise<RankedHits> {
  const ceiling = (kind: SearchKind) => (ceilings ? sql`${ceilings[kind]}` : ceilingOf(kind));
  const perKind = kinds.map((kind) => {
    const fts = sql.identifier(kindIndexes[kind].fts);
    return sql`select ${sql.raw(String(searchKinds.indexOf(kind)))} as kind, id, score from (
      select rowid as id, ${rankExpression(kind)} as score from ${fts}
      where ${fts} match ${match[kind]} and rowid <= ${ceiling(kind)}
      order by rowid desc limit ${sql.raw(String(RANKING_WINDOW))})`;
  });
  const snapshot = searchKinds.map(
    (kind) => sql`${ceiling(kind)} as ${sql.identifier(`c${searchKinds.indexOf(kind)}`)}`,
  );
  // The snapshot is a one-row table joined to the hits, and a row of its own when nothing matched.
  const rows = await db.all<
    { kind: number | null; id: number | null; score: number | null } & Record<string, number>
  >(sql`
    with snapshot as (select ${sql.join(snapshot, sql`, `)}),
    hits as (select * from (${sql.join(perKind, sql` union all `)}) order by score, kind, id limit ${limit})
    select hits.kind, hits.id, hits.score, snapshot.* from snapshot left join hits on 1
    order by hits.score, hits.kind, hits.id`);
  const first = rows[0];
  return {
    ceilings: Object.fromEntries(
      searchKinds.map((kind, i) => [kind, Number(first[`c${i}`])]),
    ) as SearchPosition['ceilings'],
    hits: rows
      .filter((row) => row.id !== null)
      .map((row) => ({ kind: searchKinds[Number(row.kind)], id: Number(row.id), score: Number(row.score) })),
  };
}

/** How many rows of each kind match (within the snapshot), in one statement. */
export async function matchCounts(
  db: Database,
  match: KindMatches,
  kinds: readonly SearchKind[],
  ceilings: SearchPosition['ceilings'],
): Promise<Record<SearchKind, number>> {
  const counts = searchKinds.map((kind) => {
    const fts = sql.identifier(kindIndexes[kind].fts);
    const count = kinds.includes(kind)
      ? sql`(select count(*) from ${fts} where ${fts} match ${match[kind]} and rowid <= ${ceilings[kind]})`
      : sql`0`;
    return sql`${count} as ${sql.identifier(kind)}`;
  });
  const [row] = await db.all<Record<SearchKind, number>>(sql`select ${sql.join(counts, sql`, `)}`);
  return Object.fromEntries(searchKinds.map((kind) => [kind, Number(row[kind])])) as Record<SearchKind, number>;
}

/** Highlighted snippets (HTML, see snippetHtml) of the given hits, keyed `Kind:id`, in one statement. */
export async function hitSnippets(db: Database, match: KindMatches, hits: SearchHit[]): Promise<Map<string, string>> {
  const perKind = searchKinds.flatMap((kind) => {
    const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
    if (!ids.length) return [];
    const fts = sql.identifier(kindIndexes[kind].fts);
    // FTS5 looks each rowid of the list up on its own, so only the page's rows are read.
    return [
      sql`select ${kind} as kind, rowid as id, json_array(${sql.join(snippetExpressions(kind), sql`, `)}) as snippets
          from ${fts} where ${fts} match ${match[kind]} and rowid in (${idList(ids)})`,
    ];
  });
  const snippets = new Map<string, string>();
  if (!perKind.length) return snippets;
  const rows = await db.all<{ kind: SearchKind; id: number; snippets: string }>(sql.join(perKind, sql` union all `));
  for (const row of rows)
    snippets.set(`${row.kind}:${Number(row.id)}`, snippetHtml(JSON.parse(row.snippets) as (string | null)[]));
  return snippets;
}
