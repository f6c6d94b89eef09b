import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { articles } from '../db/schema.js';
import { extract, resolve, type ArticleHints } from '../extract/index.js';
import { articleInputFromPage } from './html.js';
import { loadCandidates, takenSlugs } from './known.js';
import { publisherOf } from './publisher.js';
import { slugify, uniqueSlug } from './slug.js';
import { contentHash, exactTextHash, isoOrNull, normaliseArticleText } from './validate.js';
import { articleStatements, type RowRef } from './write.js';
import { afterArticleIngest } from '../corrections/after-ingest.js';

export { IngestInputError, MAX_ARTICLE_BYTES } from './validate.js';

export interface IngestInput extends ArticleHints {
  text: string;
}

export interface IngestResult {
  articleId: number;
  created: boolean;
  quotes: number;
  people: number;
  organisations: number;
}

const ATTEMPTS = 4;

/**
 * Extracts an article and stores it with everything found in it, in one atomic batch.
 * Idempotent: the same text (after normalisation) is stored once, however many times and however
 * concurrently it is sent.
 */
export async function ingestArticle(
  db: Database,
  input: IngestInput,
  now: () => Date = () => new Date(),
): Promise<IngestResult> {
  // An HTML page is read as the article it shows (src/ingest/html.ts); plain text passes through.
  input = articleInputFromPage(input);
  const text = normaliseArticleText(input.text);
  const hash = await contentHash(text);
  const hashes = [...new Set([hash, await exactTextHash(text)])];
  const extraction = extract(text, {
    title: input.title ?? null,
    source: input.source ?? null,
    url: input.url ?? null,
    publishedAt: isoOrNull(input.publishedAt),
  });
  const publisher = publisherOf(extraction);
  const counts = {
    quotes: extraction.quotes.length,
    people: extraction.people.length,
    organisations: extraction.organisations.length,
  };

  for (let attempt = 1; ; attempt++) {
    const existing = await db
      .select({ id: articles.id })
      .from(articles)
      .where(inArray(articles.contentHash, hashes))
      .limit(1);
    if (existing.length) return { articleId: existing[0].id, created: false, ...counts };

    const known = await loadCandidates(db, extraction);
    const resolution = resolve(extraction, known);
    const [takenPeople, takenOrganisations, takenArticles] = await Promise.all([
      takenSlugs(
        db,
        'people',
        resolution.people.filter((r) => r.id === null).map((r) => slugify(r.name)),
      ),
      takenSlugs(
        db,
        'organisations',
        resolution.organisations.filter((r) => r.id === null).map((r) => slugify(r.name)),
      ),
      takenSlugs(db, 'articles', [slugify(extraction.article.title, 60)]),
    ]);
    const personRefs: RowRef[] = resolution.people.map(
      (r) => r.id ?? { table: 'people', slug: uniqueSlug(slugify(r.name), takenPeople) },
    );
    const organisationRefs: RowRef[] = resolution.organisations.map(
      (r) => r.id ?? { table: 'organisations', slug: uniqueSlug(slugify(r.name), takenOrganisations) },
    );
    const { article: segmented } = extraction;
    const articleSlug = uniqueSlug(slugify(segmented.title, 60), takenArticles);

    const statements = articleStatements(db, {
      extraction,
      resolution,
      personRefs,
      organisationRefs,
      publisher,
      article: {
        slug: articleSlug,
        title: segmented.title,
        standfirst: segmented.standfirst,
        url: input.url ?? null,
        byline: segmented.byline,
        dateline: segmented.dateline,
        publishedAt: isoOrNull(segmented.publishedAt),
        updatedAt: isoOrNull(segmented.updatedAt),
        ingestedAt: now().toISOString(),
        paragraphs: segmented.paragraphs,
        wordCount: segmented.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
        contentHash: hash,
      },
    });
    // The new article's id is read by the batch itself: once it commits, the write is acknowledged
    // even if the database goes away before another statement could run.
    const readBack = db.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash)).limit(1);
    let stored: { id: number }[];
    try {
      const results = (await db.batch([...statements, readBack] as never)) as unknown[];
      stored = results[results.length - 1] as { id: number }[];
    } catch (error) {
      // A concurrent ingest took a slug or stored the same text first: the batch rolled back whole,
      // so look again with what is now stored.
      if (attempt < ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
    await afterArticleIngest(db, stored[0].id, text, input);
    return { articleId: stored[0].id, created: true, ...counts };
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: any = error; e; e = e.cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(String(e.message ?? e))) return true;
  }
  return false;
}
