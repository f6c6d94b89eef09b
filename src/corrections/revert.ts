import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { nameKeys } from '../extract/index.js';
import { bumpGeneration } from '../ingest/write.js';
import type { CorrectionRow, MergeTarget, PersonTarget, QuoteTarget, SplitTarget } from './apply.js';
import { reextractArticle, reextractStatements } from './reextract.js';
import { CorrectionError, findCorrection } from './write.js';

interface MergedAway {
  person: number;
  slug: string;
  name: string;
  aliases: { alias: string; key: string }[];
  descriptions: string[];
  intoAliases: string[];
}

/** Brings a merged-away person back with their ID, slug and names, and takes their names off the survivor. */
function unmergeStatements(db: Database, c: CorrectionRow) {
  const before = c.before as unknown as MergedAway;
  const into = (c.target as unknown as MergeTarget).into;
  const theirs = before.aliases.map((a) => a.alias).filter((alias) => !before.intoAliases.includes(alias));
  return [
    db.run(
      sql`insert or ignore into people (id, slug, name) select ${before.person}, ${before.slug}, ${before.name} where not exists (select 1 from people where slug = ${before.slug})`,
    ),
    ...before.aliases.map(({ alias, key }) =>
      db.run(
        sql`insert or ignore into person_aliases (person_id, alias, key) select ${before.person}, ${alias}, ${key} where exists (select 1 from people where id = ${before.person})`,
      ),
    ),
    ...before.descriptions.map((description) =>
      db.run(
        sql`insert or ignore into person_descriptions (person_id, description) select ${before.person}, ${description} where exists (select 1 from people where id = ${before.person})`,
      ),
    ),
    ...theirs.map((alias) =>
      db.run(
        sql`delete from person_aliases where alias = ${alias} and person_id = coalesce((select person_id from person_redirects where from_id = ${into}), ${into})`,
      ),
    ),
    db.delete(t.personRedirects).where(eq(t.personRedirects.correctionId, c.id)),
  ];
}

interface MergedAwayOrganisation {
  organisation: number;
  slug: string;
  name: string;
  acronym: string | null;
  kind: string;
  aliases: { alias: string; key: string }[];
  intoAliases: string[];
}

/** Brings a merged-away organisation back with its ID, slug and names, and takes its names off the survivor. */
function unmergeOrganisationStatements(db: Database, c: CorrectionRow) {
  const before = c.before as unknown as MergedAwayOrganisation;
  const into = (c.target as unknown as MergeTarget).into;
  const theirs = before.aliases.map((a) => a.alias).filter((alias) => !before.intoAliases.includes(alias));
  const exists = sql`exists (select 1 from organisations where id = ${before.organisation})`;
  return [
    db.run(
      sql`insert or ignore into organisations (id, slug, name, acronym, kind) select ${before.organisation}, ${before.slug}, ${before.name}, ${before.acronym}, ${before.kind} where not exists (select 1 from organisations where slug = ${before.slug})`,
    ),
    ...before.aliases.map(({ alias, key }) =>
      db.run(
        sql`insert or ignore into organisation_aliases (organisation_id, alias, key) select ${before.organisation}, ${alias}, ${key} where ${exists}`,
      ),
    ),
    ...theirs.map((alias) =>
      db.run(sql`delete from organisation_aliases where alias = ${alias} and organisation_id = ${into}`),
    ),
  ];
}

/** The articles an organisation is in or published. */
async function articlesOfOrganisation(db: Database, c: CorrectionRow): Promise<number[]> {
  const into = (c.target as unknown as MergeTarget).into;
  const rows = await db.all<{ id: number }>(
    sql`select article_id as id from article_organisations where organisation_id = ${into} union select id from articles where source_id = ${into}`,
  );
  return [...new Set([...rows.map((r) => r.id), ...((c.before.articles as number[]) ?? [])])].sort((a, b) => a - b);
}

/** The articles to re-extract once a correction about a person is no longer in force. */
async function articlesOf(db: Database, c: CorrectionRow): Promise<number[]> {
  if (c.kind === 'MERGE_ORGANISATIONS') return articlesOfOrganisation(db, c);
  if (c.kind === 'SPLIT_PERSON') return (c.target as unknown as SplitTarget).articles;
  const person =
    c.kind === 'MERGE_PEOPLE'
      ? (c.target as unknown as MergeTarget).into
      : (c.target as unknown as PersonTarget).person;
  const rows = await db.all<{ id: number }>(
    sql`select distinct article_id as id from article_people where person_id = coalesce((select person_id from person_redirects where from_id = ${person}), ${person})`,
  );
  const merged = c.kind === 'MERGE_PEOPLE' ? ((c.before.articles as number[]) ?? []) : [];
  return [...new Set([...rows.map((r) => r.id), ...merged])].sort((a, b) => a - b);
}

/**
 * Takes a correction out of force and restores what the extractor (with the other corrections in
 * force) says. A correction about a quote is reverted in one batch with its article's re-extraction;
 * one about a person in one batch that restores them, then each article they are in is re-extracted.
 */
export async function revertCorrection(db: Database, id: number, now = new Date()): Promise<CorrectionRow> {
  const c = await findCorrection(db, id);
  if (c.revertedAt) throw new CorrectionError('BAD_USER_INPUT', 'The correction is already reverted.');
  const markReverted = db
    .update(t.corrections)
    .set({ revertedAt: now.toISOString() })
    .where(sql`${t.corrections.id} = ${c.id} and ${t.corrections.revertedAt} is null`);
  if (c.targetType === 'Quote') {
    const prepared = await reextractStatements(db, (c.target as unknown as QuoteTarget).article, { except: c.id });
    await db.batch([markReverted, ...(prepared?.statements ?? [bumpGeneration(db)])] as never);
  } else if (c.kind === 'SET_ORGANISATION_KIND') {
    const organisation = c.target.organisation as number;
    await db.batch([
      markReverted,
      db
        .update(t.organisations)
        .set({ kind: c.before.kind as never })
        .where(eq(t.organisations.id, organisation)),
      bumpGeneration(db),
    ] as never);
  } else {
    const articles = await articlesOf(db, c);
    const restore = [];
    if (c.kind === 'MERGE_PEOPLE') restore.push(...unmergeStatements(db, c));
    if (c.kind === 'MERGE_ORGANISATIONS') restore.push(...unmergeOrganisationStatements(db, c));
    if (c.kind === 'RENAME_PERSON')
      restore.push(
        db
          .update(t.people)
          .set({ name: c.before.name as string })
          .where(eq(t.people.id, c.targetId)),
      );
    if (c.kind === 'REMOVE_ALIAS') {
      const alias = c.after.name as string;
      for (const key of nameKeys(alias))
        restore.push(db.insert(t.personAliases).values({ personId: c.targetId, alias, key }).onConflictDoNothing());
    }
    if (c.kind === 'ADD_ALIAS' && !(c.before.aliases as string[]).includes(c.after.name as string))
      restore.push(
        db.delete(t.personAliases).where(sql`person_id = ${c.targetId} and alias = ${c.after.name as string}`),
      );
    await db.batch([markReverted, ...restore, bumpGeneration(db)] as never);
    for (const article of articles) await reextractArticle(db, article);
  }
  return findCorrection(db, c.id);
}
