import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { idList } from './fts.js';

export interface RelatedScore {
  id: number;
  score: number;
  sharedPeople: number;
  sharedOrganisations: number;
  sharedQuotes: number;
}

/** Weight of one shared entity of each kind, before its rarity is counted. */
const PERSON_WEIGHT = 2;
const ORGANISATION_WEIGHT = 1;
/** The same quoted words in two articles almost always mean the same story. */
const QUOTE_WEIGHT = 3;
/** The best headline-word match adds this much; others in proportion to their bm25. */
const TITLE_WEIGHT = 1.5;
/**
 * Entities (and quoted words) in more articles than this say nothing about a story ("United States") and would make the
 * join as large as the corpus, so they are left out.
 */
const MAX_ENTITY_ARTICLES = 2_000;
/** How many candidates each signal proposes before they are merged. */
const CANDIDATES = 60;

// Headline words too common to tie two stories together.
const stopWords = new Set(
  'about above after again against also amid among says said than that their them then there these they this those through under until were what when where which while will with would from have into more most over some such been being could does just like only other should very your'.split(
    ' ',
  ),
);

/** Rarity weight: an entity only two articles share counts far more than one a thousand share. */
function rarity(articlesWithIt: number, totalArticles: number): number {
  return Math.log(1 + totalArticles / Math.max(articlesWithIt, 1));
}

/** How many rows match, counting no further than one past the cap (all that matters is whether it is over). */
function cappedCount(from: SQL): SQL {
  return sql`(select count(*) from (select 1 from ${from} limit ${sql.raw(String(MAX_ENTITY_ARTICLES + 1))}))`;
}

async function entityScores(db: Database, articleId: number): Promise<Map<number, RelatedScore>> {
  const entities = await db.all<{ kind: 'p' | 'o' | 'q'; id: number; df: number }>(sql`
    select 'p' as kind, m.person_id as id, ${cappedCount(sql`article_people x where x.person_id = m.person_id`)} as df
      from article_people m where m.article_id = ${articleId}
    union all
    select 'o', m.organisation_id, ${cappedCount(sql`article_organisations x where x.organisation_id = m.organisation_id`)}
      from article_organisations m join organisations o on o.id = m.organisation_id
      where m.article_id = ${articleId} and o.kind <> 'MEDIA'
        and m.organisation_id is not (select source_id from articles where id = ${articleId})
    union all
    select 'q', min(q.id), ${cappedCount(sql`quotes x where x.text_key = q.text_key`)}
      from quotes q where q.article_id = ${articleId} group by q.text_key`);
  const [{ n: total }] = await db.all<{ n: number }>(sql`select count(*) as n from articles`);
  const useful = entities.filter((e) => e.df >= 2 && e.df <= MAX_ENTITY_ARTICLES);
  const weightCase = (kind: 'p' | 'o' | 'q', column: string, base: number) => {
    const cases = useful
      .filter((e) => e.kind === kind)
      .map((e) => `when ${Math.trunc(e.id)} then ${(base * rarity(e.df, Number(total))).toFixed(6)}`);
    return sql.raw(cases.length ? `case ${column} ${cases.join(' ')} else 0 end` : '0');
  };
  const ids = (kind: 'p' | 'o' | 'q') => idList(useful.filter((e) => e.kind === kind).map((e) => e.id));
  const rows = await db.all<{ id: number; score: number; p: number; o: number; q: number }>(sql`
    select other as id, sum(w) as score, sum(p) as p, sum(o) as o, sum(q) as q from (
      select m.article_id as other, ${weightCase('p', 'm.person_id', PERSON_WEIGHT)} as w, 1 as p, 0 as o, 0 as q
        from article_people m where m.person_id in (${ids('p')}) and m.article_id <> ${articleId}
      union all
      select m.article_id, ${weightCase('o', 'm.organisation_id', ORGANISATION_WEIGHT)}, 0, 1, 0
        from article_organisations m where m.organisation_id in (${ids('o')}) and m.article_id <> ${articleId}
      union all
      select other, w, 0, 0, 1 from (
        select distinct q2.article_id as other, q1.id as key, ${weightCase('q', 'q1.id', QUOTE_WEIGHT)} as w
          from quotes q1 join quotes q2 on q2.text_key = q1.text_key
          where q1.id in (${ids('q')}) and q2.article_id <> ${articleId})
    ) group by other order by score desc, other desc limit ${CANDIDATES}`);
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        id: Number(r.id),
        score: Number(r.score),
        sharedPeople: Number(r.p),
        sharedOrganisations: Number(r.o),
        sharedQuotes: Number(r.q),
      },
    ]),
  );
}

/** Articles whose headline or body share the rarer words of this one's headline, scored 0..1. */
async function titleScores(db: Database, articleId: number): Promise<Map<number, number>> {
  const [article] = await db.all<{ title: string }>(sql`select title from articles where id = ${articleId}`);
  const words = [
    ...new Set(
      (article?.title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4 && !stopWords.has(w)),
    ),
  ];
  if (!words.length) return new Map();
  // Longer words are rarer on the whole; a few of them keep the OR query cheap on a large corpus.
  const match = words
    .sort((a, b) => b.length - a.length)
    .slice(0, 4)
    .map((w) => `"${w}"`)
    .join(' OR ');
  const rows = await db.all<{ id: number; s: number }>(sql`
    select rowid as id, bm25(articles_fts, 10.0, 1.0) as s from articles_fts
    where articles_fts match ${match} and rowid <> ${articleId} order by s limit ${CANDIDATES}`);
  const best = Math.min(...rows.map((r) => Number(r.s)), -1e-9);
  return new Map(rows.map((r) => [Number(r.id), Number(r.s) / best]));
}

/** The `limit` articles most related to one: shared rare entities and quotes, else shared headline words too. */
export async function relatedArticles(db: Database, articleId: number, limit: number): Promise<RelatedScore[]> {
  const entities = await entityScores(db, articleId);
  // Headline words only help when shared entities do not fill the list (an article with few names).
  const titles = entities.size >= limit ? new Map<number, number>() : await titleScores(db, articleId);
  const merged = new Map(entities);
  for (const [id, closeness] of titles) {
    const entry = merged.get(id) ?? { id, score: 0, sharedPeople: 0, sharedOrganisations: 0, sharedQuotes: 0 };
    merged.set(id, { ...entry, score: entry.score + TITLE_WEIGHT * closeness });
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || b.id - a.id).slice(0, limit);
}
