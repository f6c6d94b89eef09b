import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';

/**
 * The statements that put new articles (by slug) and their quotes into the search indexes
 * (articles_fts, quotes_fts), for the batch that inserts them, right after their rows and before
 * anything in the batch updates or deletes them. One statement per index for the whole batch rather
 * than a trigger per row (migration `search_per_batch`); updates and deletes keep their triggers.
 * Every statement list that inserts articles or quotes carries these (src/ingest/write.ts,
 * src/ingest/store.ts): a row inserted without them would never be found.
 */
export function indexNewArticles(db: Database, slugs: string[]) {
  if (!slugs.length) return [];
  const articles = sql`(select id from articles where slug in (select value from json_each(${JSON.stringify(slugs)})))`;
  return [
    db.run(
      sql`insert into articles_fts(rowid, title, body) select id, title, body from articles where id in ${articles} order by id`,
    ),
    db.run(
      sql`insert into quotes_fts(rowid, text) select id, text from quotes where article_id in ${articles} order by id`,
    ),
  ];
}
