import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { badInput } from '../errors.js';
import { idList, kindIndexes, rankExpression, searchKinds, snippetExpressions, snippetHtml, type SearchKind } from './fts.js';

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
  return { offset, ceilings: Object.fromEntries(searchKinds.map((kind, i) => [kind, ceilings[i]])) as SearchPosition['ceilings'] };
}

/** The highest id of each kind now: the snapshot a first page pins for the pages after it. */
export async function currentCeilings(db: Database): Promise<SearchPosition['ceilings']> {
  const selects = searchKinds.map((kind) => `(select coalesce(max(id), 0) from ${kindIndexes[kind].table}) as "${kind}"`);
  const [row] = await db.all<Record<SearchKind, number>>(sql.raw(`select ${selects.join(', ')}`));
  return Object.fromEntries(searchKinds.map((kind) => [kind, Number(row[kind])])) as SearchPosition['ceilings'];
}

/**
 * The best `limit` matches over the given kinds, merged into one ranking. Each kind's index ranks its
 * own rows; merging by score puts a strong name match above a passing mention in a long article.
 */
export async function rankedHits(
  db: Database,
  match: string,
  kinds: readonly SearchKind[],
  ceilings: SearchPosition['ceilings'],
  limit: number,
): Promise<SearchHit[]> {
  const perKind = await Promise.all(
    kinds.map(async (kind) => {
      const fts = sql.identifier(kindIndexes[kind].fts);
      const floor = await rankingFloor(db, kind, match, ceilings[kind]);
      const rows = await db.all<{ id: number; score: number }>(
        sql`select rowid as id, ${rankExpression(kind)} as score from ${fts}
            where ${fts} match ${match} and rowid <= ${ceilings[kind]} and rowid >= ${floor}
            order by score, rowid limit ${limit}`,
      );
      return rows.map((row) => ({ kind, id: Number(row.id), score: Number(row.score) }));
    }),
  );
  const order = (kind: SearchKind) => searchKinds.indexOf(kind);
  return perKind
    .flat()
    .sort((a, b) => a.score - b.score || order(a.kind) - order(b.kind) || a.id - b.id)
    .slice(0, limit);
}

/**
 * bm25 costs time in proportion to the rows that match: a word in most of 100,000 articles takes
 * hundreds of milliseconds to rank. So a kind with more than RANKING_WINDOW matches ranks only its
 * RANKING_WINDOW most recently stored ones (news readers want the recent ones anyway); the counts
 * still count every match. The window is fixed by the snapshot, so paging stays stable.
 */
export const RANKING_WINDOW = 10_000;

async function rankingFloor(db: Database, kind: SearchKind, match: string, ceiling: number): Promise<number> {
  const fts = sql.identifier(kindIndexes[kind].fts);
  const [row] = await db.all<{ id: number }>(
    sql`select rowid as id from ${fts} where ${fts} match ${match} and rowid <= ${ceiling}
        order by rowid desc limit 1 offset ${RANKING_WINDOW - 1}`,
  );
  return row ? Number(row.id) : 0;
}

/** How many rows of each kind match (within the snapshot). */
export async function matchCounts(
  db: Database,
  match: string,
  kinds: readonly SearchKind[],
  ceilings: SearchPosition['ceilings'],
): Promise<Record<SearchKind, number>> {
  const counts = await Promise.all(
    searchKinds.map(async (kind) => {
      if (!kinds.includes(kind)) return 0;
      const fts = sql.identifier(kindIndexes[kind].fts);
      const [row] = await db.all<{ n: number }>(
        sql`select count(*) as n from ${fts} where ${fts} match ${match} and rowid <= ${ceilings[kind]}`,
      );
      return Number(row.n);
    }),
  );
  return Object.fromEntries(searchKinds.map((kind, i) => [kind, counts[i]])) as Record<SearchKind, number>;
}

/** Highlighted snippets (HTML, see snippetHtml) of the given hits, keyed `Kind:id`. */
export async function hitSnippets(db: Database, match: string, hits: SearchHit[]): Promise<Map<string, string>> {
  const snippets = new Map<string, string>();
  await Promise.all(
    searchKinds.map(async (kind) => {
      const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
      if (!ids.length) return;
      const fts = sql.identifier(kindIndexes[kind].fts);
      const columns = snippetExpressions(kind).map((expression, i) => sql`${expression} as ${sql.identifier(`s${i}`)}`);
      const rows = await db.all<Record<string, string | number | null>>(
        sql`select rowid as id, ${sql.join(columns, sql`, `)} from ${fts}
            where ${fts} match ${match} and rowid between ${Math.min(...ids)} and ${Math.max(...ids)} and rowid in (${idList(ids)})`,
      );
      for (const row of rows) {
        const texts = columns.map((_, i) => row[`s${i}`] as string | null);
        snippets.set(`${kind}:${Number(row.id)}`, snippetHtml(texts));
      }
    }),
  );
  return snippets;
}
