import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import {
  extract,
  nameKeys,
  quoteKey,
  resolve,
  type ArticleHints,
  type Extraction,
  type Resolution,
} from '../extract/index.js';
import { loadCandidates, takenSlugs } from '../ingest/known.js';
import { publisherOf } from '../ingest/publisher.js';
import { slugify, uniqueSlug } from '../ingest/slug.js';
import { isoOrNull } from '../ingest/validate.js';
import { articleStatements, bumpGeneration, recountStatements, type RowRef } from '../ingest/write.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';
import { applyStatements, type CorrectionRow } from './apply.js';

/** The text and hints an article was ingested with; for articles stored without them, rebuilt from the stored parts. */
async function sourceOf(db: Database, article: typeof t.articles.$inferSelect) {
  const [stored] = await db.select().from(t.articleTexts).where(eq(t.articleTexts.articleId, article.id));
  if (stored) return { text: stored.text, hints: stored.hints as ArticleHints };
  const [source] = article.sourceId
    ? await db
        .select({ name: t.organisations.name })
        .from(t.organisations)
        .where(eq(t.organisations.id, article.sourceId))
    : [];
  const [first = '', ...rest] = article.paragraphs;
  const lines = [article.title, article.standfirst, article.dateline ? `${article.dateline} ${first}` : first, ...rest];
  return {
    text: lines.filter((line): line is string => !!line).join('\n\n'),
    hints: { title: article.title, source: source?.name ?? null, url: article.url, publishedAt: article.publishedAt },
  };
}

/** The hints kept with an ingested text (what `extract` was given besides the text). */
export function storedHints(hints: ArticleHints): Record<string, string | null> {
  return {
    title: hints.title ?? null,
    source: hints.source ?? null,
    url: hints.url ?? null,
    publishedAt: isoOrNull(hints.publishedAt),
  };
}

interface Named {
  id: number;
  name: string;
  /** Lookup keys of the names it is stored under. */
  keys: Set<string>;
}

/**
 * Stored people and organisations for what the extraction found: known ones by ID, new ones by a
 * fresh slug. One this article named before keeps its ID when the name is the same (or, where
 * resolution finds nobody, one of its stored names), whatever the articles stored since would make
 * resolution choose: it resolves against a database that now holds them.
 */
async function entityRefs(db: Database, extraction: Extraction, before: { people: Named[]; organisations: Named[] }) {
  const resolved = resolve(extraction, await loadCandidates(db, extraction));
  const keep = (found: { name: string }[], previous: Named[]) => (r: Resolution['people'][number], i: number) => {
    const wholeName = nameKeys(found[i].name).slice(0, 2);
    const same =
      previous.find((p) => p.name === found[i].name) ??
      previous.find((p) => p.name === r.name) ??
      (r.id === null ? previous.find((p) => wholeName.some((key) => p.keys.has(key))) : undefined);
    return same ? { ...r, id: same.id, name: same.name } : r;
  };
  const resolution: Resolution = {
    people: resolved.people.map(keep(extraction.people, before.people)),
    organisations: resolved.organisations.map(keep(extraction.organisations, before.organisations)),
  };
  const newPeople = resolution.people.filter((r) => r.id === null).map((r) => slugify(r.name));
  const newOrganisations = resolution.organisations.filter((r) => r.id === null).map((r) => slugify(r.name));
  const [takenPeople, takenOrganisations] = await Promise.all([
    takenSlugs(db, 'people', newPeople),
    takenSlugs(db, 'organisations', newOrganisations),
  ]);
  const personRefs: RowRef[] = resolution.people.map(
    (r) => r.id ?? { table: 'people', slug: uniqueSlug(slugify(r.name), takenPeople) },
  );
  const organisationRefs: RowRef[] = resolution.organisations.map(
    (r) => r.id ?? { table: 'organisations', slug: uniqueSlug(slugify(r.name), takenOrganisations) },
  );
  return { resolution, personRefs, organisationRefs };
}

/** One entry an entity, from rows of its ID, name and each of its keys. */
function named(rows: { id: number; name: string; key: string | null }[]): Named[] {
  const byId = new Map<number, Named>();
  for (const { id, name, key } of rows) {
    const entry = byId.get(id) ?? { id, name, keys: new Set<string>() };
    if (key !== null) entry.keys.add(key);
    byId.set(id, entry);
  }
  return [...byId.values()];
}

/** Old quote IDs for the new quotes with the same words (the n-th occurrence of a key keeps the n-th ID). */
function keptQuoteIds(old: { id: number; textKey: string }[], extraction: Extraction) {
  const byKey = new Map<string, number[]>();
  for (const quote of old) byKey.set(quote.textKey, [...(byKey.get(quote.textKey) ?? []), quote.id]);
  return extraction.quotes.map((quote) => byKey.get(quoteKey(quote.text))?.shift());
}

/** The corrections in force that concern any of the keys (see correctionKeys), oldest first. */
export async function correctionsFor(db: Database, keys: string[], except?: number): Promise<CorrectionRow[]> {
  const found = new Map<number, CorrectionRow>();
  for (const group of chunked([...new Set(keys)], MAX_BOUND_PARAMETERS - 1)) {
    const rows = await db
      .selectDistinct({ correction: t.corrections })
      .from(t.corrections)
      .innerJoin(t.correctionKeys, eq(t.correctionKeys.correctionId, t.corrections.id))
      .where(and(inArray(t.correctionKeys.key, group), isNull(t.corrections.revertedAt)));
    for (const { correction } of rows) if (correction.id !== except) found.set(correction.id, correction);
  }
  return [...found.values()].sort((a, b) => a.id - b.id);
}

/** Applies corrections after the statements before them, recounting whoever they touched. */
export function reapplyStatements(db: Database, active: CorrectionRow[], people: RowRef[], organisations: RowRef[]) {
  const applications = active.map((c) => applyStatements(db, c, c.id));
  return [
    ...applications.flatMap((a) => a.statements),
    ...recountStatements(
      db,
      [...people, ...applications.flatMap((a) => a.people)],
      [...organisations, ...applications.flatMap((a) => a.organisations ?? [])],
    ),
  ];
}

/**
 * The statements that write an article again from the current extractor, for one atomic batch: the
 * article keeps its ID, slug and ingestion time; people and organisations are resolved by their keys
 * as on ingest (so unchanged ones keep their IDs), unchanged quotes keep their IDs by their words,
 * people no article mentions any more go, and the corrections in force about the article or its
 * people are applied again. Null when there is no such article.
 */
export async function reextractStatements(db: Database, articleId: number, options: { except?: number } = {}) {
  const [article] = await db.select().from(t.articles).where(eq(t.articles.id, articleId));
  if (!article) return null;
  const { text, hints } = await sourceOf(db, article);
  const extraction = extract(text, hints);
  // Before resolution: it may add the republishing outlet to the extraction's organisations.
  const publisher = publisherOf(extraction);
  const [oldQuotes, oldPeople, oldOrganisations] = await Promise.all([
    db
      .select({
        id: t.quotes.id,
        textKey: t.quotes.textKey,
        person: t.quotes.speakerPersonId,
        organisation: t.quotes.speakerOrganisationId,
      })
      .from(t.quotes)
      .where(eq(t.quotes.articleId, articleId))
      .orderBy(asc(t.quotes.position)),
    db.all<{ id: number; name: string; key: string | null }>(
      sql`select p.id as id, p.name as name, a.key as key from article_people m join people p on p.id = m.person_id left join person_aliases a on a.person_id = p.id where m.article_id = ${articleId}`,
    ),
    db.all<{ id: number; name: string; key: string | null }>(
      sql`select o.id as id, o.name as name, a.key as key from article_organisations m join organisations o on o.id = m.organisation_id left join organisation_aliases a on a.organisation_id = o.id where m.article_id = ${articleId}`,
    ),
  ]);
  const { resolution, personRefs, organisationRefs } = await entityRefs(db, extraction, {
    people: named(oldPeople),
    organisations: named(oldOrganisations),
  });
  const previousPeople = [
    ...new Set([...oldPeople.map((p) => p.id), ...oldQuotes.flatMap((q) => (q.person ? [q.person] : []))]),
  ];
  const previousOrganisations = [
    ...new Set([
      ...oldOrganisations.map((o) => o.id),
      ...oldQuotes.flatMap((q) => (q.organisation ? [q.organisation] : [])),
    ]),
  ];
  const ids = (refs: RowRef[]) => refs.filter((ref): ref is number => typeof ref === 'number');
  const active = await correctionsFor(
    db,
    [
      `article:${articleId}`,
      ...[...previousPeople, ...ids(personRefs)].map((id) => `person:${id}`),
      ...[...previousOrganisations, ...ids(organisationRefs)].map((id) => `organisation:${id}`),
      ...extraction.people.flatMap((p) => [p.name, ...p.aliases].flatMap(nameKeys)),
      ...extraction.organisations.flatMap((o) => [o.name, ...o.aliases].flatMap(nameKeys)),
    ],
    options.except,
  );
  // Whom a correction names stays although this article no longer does (it may name them again).
  const keep = active.flatMap((c) =>
    [c.after.person, c.target.into].filter((id): id is number => typeof id === 'number'),
  );
  const unreferenced = previousPeople.filter((id) => !keep.includes(id));

  const { id, slug, url, ingestedAt, contentHash } = article;
  const segmented = extraction.article;
  const statements = [
    // The quotes and mentions go with the row (foreign keys cascade); the row comes back with its ID.
    db.delete(t.articles).where(eq(t.articles.id, articleId)),
    ...articleStatements(db, {
      extraction,
      resolution,
      personRefs,
      organisationRefs,
      publisher,
      quoteIds: keptQuoteIds(oldQuotes, extraction),
      article: {
        id,
        slug,
        title: segmented.title,
        standfirst: segmented.standfirst,
        url,
        byline: segmented.byline,
        dateline: segmented.dateline,
        publishedAt: isoOrNull(segmented.publishedAt),
        publishedLocal: segmented.publishedLocal ?? null,
        publishedOffset: segmented.publishedOffset ?? null,
        updatedAt: isoOrNull(segmented.updatedAt),
        ingestedAt,
        paragraphs: segmented.paragraphs,
        wordCount: segmented.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
        contentHash,
      },
    }),
    db.insert(t.articleTexts).values({ articleId, text, hints: storedHints(hints) }),
    ...chunked(unreferenced, MAX_BOUND_PARAMETERS).map((group) =>
      db
        .delete(t.people)
        .where(
          sql`${inArray(t.people.id, group)} and not exists (select 1 from article_people where person_id = ${t.people.id}) and not exists (select 1 from quotes where speaker_person_id = ${t.people.id})`,
        ),
    ),
    ...reapplyStatements(
      db,
      active,
      [...previousPeople, ...personRefs],
      [...previousOrganisations, ...organisationRefs],
    ),
    bumpGeneration(db),
  ];
  return { statements, corrections: active.length };
}

const ATTEMPTS = 4;

/** Re-extracts one article in one batch; false when there is no such article. */
export async function reextractArticle(db: Database, articleId: number, options: { except?: number } = {}) {
  for (let attempt = 1; ; attempt++) {
    const prepared = await reextractStatements(db, articleId, options);
    if (!prepared) return false;
    try {
      await db.batch(prepared.statements as never);
      return true;
    } catch (error) {
      // A concurrent ingest took a new person's slug first: the batch rolled back whole; plan again.
      if (attempt < ATTEMPTS && /UNIQUE constraint failed/i.test(String((error as Error)?.cause ?? error))) continue;
      throw error;
    }
  }
}

/**
 * Applies every correction in force once more, in batches: after a full re-extraction this records
 * as orphaned those whose article is gone (which no article's re-extraction reaches).
 */
export async function reapplyAll(db: Database, batchSize = 50) {
  for (let after = 0; ; ) {
    const page = await db
      .select()
      .from(t.corrections)
      .where(and(isNull(t.corrections.revertedAt), gt(t.corrections.id, after)))
      .orderBy(asc(t.corrections.id))
      .limit(batchSize);
    if (!page.length) return;
    await db.batch([...reapplyStatements(db, page, [], []), bumpGeneration(db)] as never);
    after = page[page.length - 1].id;
  }
}

/** Re-extracts up to `first` articles with IDs after `after`, one batch each, in ID order. */
export async function reextractArticles(db: Database, { first, after = 0 }: { first: number; after?: number }) {
  const rows = await db
    .select({ id: t.articles.id })
    .from(t.articles)
    .where(gt(t.articles.id, after))
    .orderBy(asc(t.articles.id))
    .limit(first + 1);
  const page = rows.slice(0, first);
  for (const { id } of page) await reextractArticle(db, id);
  if (rows.length <= first) await reapplyAll(db);
  return { count: page.length, lastId: page.at(-1)?.id ?? null, hasNextPage: rows.length > first };
}
