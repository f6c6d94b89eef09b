import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { extract, nameKeys } from '../extract/index.js';
import { takenSlugs } from './known.js';
import { slugify, uniqueSlug } from './slug.js';
import { IngestInputError, isoOrNull } from './validate.js';
import { bumpGeneration, recountStatements, refSql, type RowRef } from './write.js';

/** The metadata an admin may fix on a stored article; a field left out stays, null clears it. */
export interface ArticleMetadata {
  source?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  title?: string | null;
}

export const MAX_TITLE_CHARS = 500;
export const MAX_SOURCE_CHARS = 200;
export const MAX_URL_CHARS = 2_000;

function checked(input: ArticleMetadata) {
  if (input.title !== undefined && (input.title === null || !input.title.trim()))
    throw new IngestInputError('`title` may not be empty.');
  if (input.title && input.title.length > MAX_TITLE_CHARS)
    throw new IngestInputError(`\`title\` may be at most ${MAX_TITLE_CHARS} characters.`);
  if (input.source && input.source.length > MAX_SOURCE_CHARS)
    throw new IngestInputError(`\`source\` may be at most ${MAX_SOURCE_CHARS} characters.`);
  if (input.source !== undefined && input.source !== null && !input.source.trim())
    throw new IngestInputError('`source` may not be empty (null removes it).');
  if (input.url && input.url.length > MAX_URL_CHARS)
    throw new IngestInputError(`\`url\` may be at most ${MAX_URL_CHARS} characters.`);
}

/**
 * The outlet an ingester names, as the extractor reads it ("AP" → Associated Press), and the stored
 * organisation of that name, acronym or alias (compared whole, case aside) when there is one.
 */
async function outletNamed(db: Database, name: string) {
  const extraction = extract('.', { source: name.trim() });
  const outlet = extraction.source === null ? null : extraction.organisations[extraction.source];
  if (!outlet) throw new IngestInputError('`source` names no outlet.');
  const names = [outlet.name, ...(outlet.acronym ? [outlet.acronym] : [])].map((n) => n.toLowerCase());
  const list = sql.join(
    names.map((n) => sql`${n}`),
    sql`, `,
  );
  const [stored] = await db.all<{ id: number }>(sql`
    select id from organisations where lower(name) in (${list}) or lower(acronym) in (${list})
    union all
    select organisation_id from organisation_aliases where lower(alias) in (${list})
    limit 1`);
  return { outlet, storedId: stored ? Number(stored.id) : null };
}

/** The stored outlet of that name, or (with the statements that add it) a new one. */
async function outletRef(db: Database, name: string, statements: any[]): Promise<RowRef> {
  const { outlet, storedId } = await outletNamed(db, name);
  if (storedId !== null) return storedId;
  const slug = uniqueSlug(slugify(outlet.name), await takenSlugs(db, 'organisations', [slugify(outlet.name)]));
  const ref: RowRef = { table: 'organisations', slug };
  statements.push(
    db.insert(t.organisations).values({ slug, name: outlet.name, acronym: outlet.acronym, kind: 'MEDIA' }),
  );
  const aliasRows = [...new Set([outlet.name, ...(outlet.acronym ? [outlet.acronym] : [])])].flatMap((alias) =>
    nameKeys(alias).map((key) => ({ organisationId: refSql(ref) as never, alias, key })),
  );
  if (aliasRows.length) statements.push(db.insert(t.organisationAliases).values(aliasRows).onConflictDoNothing());
  return ref;
}

/**
 * Fixes an article's metadata without re-ingesting it, in one batch: its outlet (found among the
 * stored organisations, or added), url, publication date (and so its place in date order) and
 * title. Returns false when there is no such article.
 */
export async function updateArticle(db: Database, articleId: number, input: ArticleMetadata): Promise<boolean> {
  checked(input);
  const [article] = await db
    .select({ id: t.articles.id, sourceId: t.articles.sourceId })
    .from(t.articles)
    .where(eq(t.articles.id, articleId));
  if (!article) return false;

  const statements: any[] = [];
  const set: Partial<typeof t.articles.$inferInsert> = {};
  if (input.url !== undefined) set.url = input.url?.trim() || null;
  if (input.title) set.title = input.title.trim();
  if (input.publishedAt !== undefined) {
    set.publishedAt = isoOrNull(input.publishedAt);
    set.sortDate = t.sortDateOf(set.publishedAt);
  }
  let sourceRef: RowRef | null | undefined;
  if (input.source !== undefined) {
    sourceRef = input.source === null ? null : await outletRef(db, input.source, statements);
    set.sourceId = (sourceRef === null ? null : refSql(sourceRef)) as never;
    if (sourceRef !== null)
      statements.push(
        db
          .insert(t.articleOrganisations)
          .values({ articleId, organisationId: refSql(sourceRef) as never, mentions: 1 })
          .onConflictDoNothing(),
      );
  }
  if (Object.keys(set).length) statements.push(db.update(t.articles).set(set).where(eq(t.articles.id, articleId)));
  const recount = [article.sourceId, sourceRef].filter((ref): ref is RowRef => ref != null);
  statements.push(...recountStatements(db, [], recount), bumpGeneration(db));
  await db.batch(statements as never);
  return true;
}

/**
 * The metadata an ingest of text already stored was given and did not apply, because it differs
 * from the stored article's: the input's field names, in input order.
 */
export async function ignoredMetadata(db: Database, articleId: number, input: ArticleMetadata): Promise<string[]> {
  const [stored] = await db.all<{
    url: string | null;
    title: string;
    published_at: string | null;
    source_name: string | null;
    source_acronym: string | null;
  }>(sql`select a.url, a.title, a.published_at, o.name as source_name, o.acronym as source_acronym
    from articles a left join organisations o on o.id = a.source_id where a.id = ${articleId}`);
  if (!stored) return [];
  const ignored: string[] = [];
  if (input.source) {
    const outlet = extract('.', { source: input.source.trim() });
    const named = outlet.source === null ? null : outlet.organisations[outlet.source];
    const same = [stored.source_name, stored.source_acronym].some(
      (n) => !!n && !!named && [named.name, named.acronym].some((m) => m?.toLowerCase() === n.toLowerCase()),
    );
    if (!same) ignored.push('source');
  }
  if (input.url && input.url.trim() !== stored.url) ignored.push('url');
  if (input.title && input.title.trim() !== stored.title) ignored.push('title');
  if (input.publishedAt && isoOrNull(input.publishedAt) !== stored.published_at) ignored.push('publishedAt');
  return ignored;
}
