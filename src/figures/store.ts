/**
 * Storing an article's numeric claims and keeping Figures consistent, as statements for the same
 * atomic batch as the article's other rows (on ingest and on delete).
 *
 * A claim's Figure is the row with its grouping key, created by the first article that has one; its
 * counts (claims, articles, distinct values) are recomputed from the claims by every batch that adds
 * or removes claims of it, and a Figure left without claims is deleted with the last one.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import type { ExtractedClaim } from '../extract/figures/index.js';

/** Sources kept per claim, nearest first (a claim naming more is rare; the API's costs count on it). */
export const MAX_CLAIM_SOURCES = 5;

/** D1 binds at most 100 parameters per statement. */
const MAX_PARAMETERS = 100;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The unit as the API shows it: the canonical unit with its rate ("USD per month"). */
export function displayUnit(claim: Pick<ExtractedClaim, 'unit' | 'per'>): string {
  return claim.per ? `${claim.unit} per ${claim.per}` : claim.unit;
}

export interface ClaimRefs {
  /** The article's id as SQL (a subquery by slug while the batch inserts it). */
  article: SQL | number;
  person: (local: number) => SQL | number;
  organisation: (local: number) => SQL | number;
}

/** Recomputes the counts of the Figures matching `where` from their claims. */
function recount(db: Database, where: SQL) {
  return db
    .update(t.figures)
    .set({
      claimCount: sql`(select count(*) from claims where figure_id = ${t.figures.id})`,
      // a reprint counts with the article it reprints: one text is one confirmation
      articleCount: sql`(select count(distinct coalesce(r.original_id, c.article_id)) from claims c left join reprints r on r.article_id = c.article_id where c.figure_id = ${t.figures.id})`,
      valueCount: sql`(select count(*) from (select distinct value, low from claims where figure_id = ${t.figures.id}))`,
    })
    .where(where);
}

/** Statements that store the claims of an article being inserted in the same batch. */
export function claimStatements(db: Database, claims: ExtractedClaim[], refs: ClaimRefs) {
  if (!claims.length) return [];
  const statements: any[] = [];
  const figures = new Map<string, { key: string; subject: string; unit: string }>();
  for (const c of claims)
    if (!figures.has(c.key)) figures.set(c.key, { key: c.key, subject: c.keyLabel, unit: displayUnit(c) });
  for (const rows of chunks([...figures.values()], Math.floor(MAX_PARAMETERS / 3)))
    statements.push(db.insert(t.figures).values(rows).onConflictDoNothing());

  const claimRows = claims.map((c, position) => ({
    articleId: refs.article,
    position,
    figureId: sql`(select id from figures where key = ${c.key})`,
    quoteId:
      c.quote === null
        ? null
        : sql`(select id from quotes where article_id = ${refs.article} and position = ${c.quote})`,
    text: c.text,
    sentence: c.sentence,
    value: c.value,
    low: c.low,
    qualifier: c.qualifier,
    unit: displayUnit(c),
    subject: c.subject,
    paragraph: c.paragraph,
    startOffset: c.start,
    endOffset: c.end,
  }));
  // a row binds up to 15 values (the article's slug twice)
  for (const rows of chunks(claimRows, Math.floor(MAX_PARAMETERS / 15)))
    statements.push(db.insert(t.claims).values(rows as never));

  const sourceRows = claims.flatMap((c, position) =>
    c.sources.slice(0, MAX_CLAIM_SOURCES).map((source, rank) => ({
      claimId: sql`(select id from claims where article_id = ${refs.article} and position = ${position})`,
      rank,
      personId: source.type === 'person' ? refs.person(source.ref) : null,
      organisationId: source.type === 'organisation' ? refs.organisation(source.ref) : null,
    })),
  );
  for (const rows of chunks(sourceRows, Math.floor(MAX_PARAMETERS / 5)))
    statements.push(db.insert(t.claimSources).values(rows as never));

  for (const keys of chunks([...figures.keys()], MAX_PARAMETERS))
    statements.push(
      recount(
        db,
        sql`${t.figures.key} in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
      ),
    );
  return statements;
}

/**
 * The Figures whose counts deleting the article changes: those of its claims and of the claims of
 * its reprints (read before the batch that deletes it).
 */
export async function figuresOfArticle(db: Database, articleId: number): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: t.claims.figureId })
    .from(t.claims)
    .where(
      sql`${t.claims.articleId} = ${articleId} or ${t.claims.articleId} in (select article_id from reprints where original_id = ${articleId})`,
    );
  return rows.flatMap((r) => (r.id === null ? [] : [r.id]));
}

/**
 * Statements that remove an article's claims, its text sample and reprint links, and keep the
 * Figures consistent; run before the article's row goes.
 */
export function deleteClaimStatements(db: Database, articleId: number, figureIds: number[]) {
  const statements: any[] = [
    db.delete(t.reprints).where(sql`${t.reprints.articleId} = ${articleId} or ${t.reprints.originalId} = ${articleId}`),
    db.delete(t.articleFingerprints).where(eq(t.articleFingerprints.articleId, articleId)),
    db
      .delete(t.claimSources)
      .where(sql`${t.claimSources.claimId} in (select id from claims where article_id = ${articleId})`),
    db.delete(t.claims).where(eq(t.claims.articleId, articleId)),
  ];
  for (const ids of chunks(figureIds, MAX_PARAMETERS - 1)) {
    const listed = sql`${t.figures.id} in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`;
    statements.push(recount(db, listed), db.delete(t.figures).where(sql`${listed} and ${t.figures.claimCount} = 0`));
  }
  return statements;
}
