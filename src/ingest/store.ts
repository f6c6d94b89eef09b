import type { Database } from '../db/index.js';
import { articleTexts } from '../db/schema.js';
import { reapplyStatements, storedHints } from '../corrections/reextract.js';
import {
  nameKeys,
  resolve,
  type ArticleHints,
  type ExtractedClaim,
  type Extraction,
  type LocalRef,
} from '../extract/index.js';
import { BatchKnownEntities } from './batch-known.js';
import { extractionKeys, personKeysOf, takenSlugs } from './known.js';
import { articleIdsByHash, candidateEntities, correctionsAbout, nextIds, runLookups, slugsTaken } from './lookups.js';
import { slugify, uniqueSlug } from './slug.js';
import { isoOrNull } from './validate.js';
import { indexNewArticles } from '../search/index-rows.js';
import { articleRowStatements, bumpGeneration, recountStatements, type RowRef } from './write.js';

/** An article ready to store: its normalised text's hash, the caller's hints and its extraction. */
export interface ExtractedArticle {
  hash: string;
  /** The hash of the exact text, under which articles stored before whitespace was folded are found. */
  exactHash: string;
  url: string | null;
  /** The normalised text and the hints it was extracted with (kept for re-extraction). */
  text: string;
  hints: ArticleHints;
  extraction: Extraction;
  /** The republishing outlet among the extraction's organisations (publisherOf), if any. */
  publisher: LocalRef | null;
  /** The extraction's numeric claims (figuresOfExtraction) and the text's sample for reprints (fingerprintOf). */
  claims: ExtractedClaim[];
  fingerprint: number[];
}

export interface StoredArticle {
  articleId: number;
  created: boolean;
  quotes: number;
  people: number;
  organisations: number;
}

const ATTEMPTS = 4;
const ARTICLE_SLUG_LENGTH = 60;

/**
 * Stores articles in one atomic batch (one transaction), each resolved against what is stored and
 * what the articles before it in the batch add, so the result is what storing them one by one in
 * order would give. Idempotent by content hash: an article already stored, or twice in the batch,
 * is written once. Two round trips: one batch of look-ups, one that writes. A batch that loses a
 * race with a concurrent writer (an id, a slug or the same text taken first) rolls back whole and
 * is planned again against what is then stored.
 */
export async function storeArticles(
  db: Database,
  items: ExtractedArticle[],
  now: () => Date = () => new Date(),
): Promise<StoredArticle[]> {
  return oneAtATime(db, async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeBatch(db, items, now);
      } catch (error) {
        if (attempt < ATTEMPTS && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  });
}

// The batches of one process are planned and written one after another: each numbers its new rows
// from what is stored, so two planned at once would take the same ids and one would be planned
// again. SQLite has one writer at a time anyway; other processes' batches are the retry's business.
const writing = new WeakMap<Database, Promise<unknown>>();

function oneAtATime<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const turn = (writing.get(db) ?? Promise.resolve()).then(work, work);
  writing.set(
    db,
    turn.catch(() => {}),
  );
  return turn;
}

async function writeBatch(db: Database, items: ExtractedArticle[], now: () => Date): Promise<StoredArticle[]> {
  // Everything the plan reads, in one round trip: stored texts, candidates, slugs, corrections.
  const keys = extractionKeys(items.map((item) => item.extraction));
  const bases = {
    people: items.flatMap((item) => item.extraction.people.map((p) => slugify(p.name))),
    organisations: items.flatMap((item) => item.extraction.organisations.map((o) => slugify(o.name))),
    articles: items.map((item) => slugify(item.extraction.article.title, ARTICLE_SLUG_LENGTH)),
  };
  const [found, candidates, peopleSlugs, organisationSlugs, articleSlugs, corrections, ids] = await runLookups(
    db,
    articleIdsByHash(
      db,
      items.flatMap((item) => [item.hash, item.exactHash]),
    ),
    candidateEntities(db, keys.people, keys.organisations),
    slugsTaken(db, 'people', bases.people),
    slugsTaken(db, 'organisations', bases.organisations),
    slugsTaken(db, 'articles', bases.articles),
    correctionsAbout(db, keys.people),
    nextIds(db),
  );
  // Keyed by the folded hash, whichever of the two the stored row carries.
  const stored = new Map<string, number>();
  for (const item of items) {
    const id = found.get(item.hash) ?? found.get(item.exactHash);
    if (id !== undefined) stored.set(item.hash, id);
  }
  const planned = new Map<string, number>(); // hash → the id the batch gives its article
  const slugsOfNew: string[] = [];
  const toWrite = items.filter((item) => !stored.has(item.hash));
  const known = new BatchKnownEntities(candidates);
  const slugs = {
    people: new SlugClaims(db, 'people', bases.people, peopleSlugs),
    organisations: new SlugClaims(db, 'organisations', bases.organisations, organisationSlugs),
    articles: new SlugClaims(db, 'articles', bases.articles, articleSlugs),
  };
  // The corrections in force about a new article's people (found by a key its people carry once it
  // is stored), applied after the batch's rows, as they were after each article's own write.
  const applying = new Set<(typeof corrections)[number]>();

  const statements: unknown[] = [];
  const touchedPeople = new Map<string, RowRef>();
  const touchedOrganisations = new Map<string, RowRef>();
  for (const item of toWrite) {
    if (planned.has(item.hash)) continue;
    const { extraction } = item;
    const resolution = resolve(extraction, known.candidatesFor(extraction));
    const personRefs: RowRef[] = [];
    for (const r of resolution.people) {
      personRefs.push(
        r.id !== null
          ? known.refOf(r.id)
          : { table: 'people', slug: await slugs.people.claim(r.name), id: ids.people++ },
      );
    }
    const organisationRefs: RowRef[] = [];
    for (const r of resolution.organisations) {
      organisationRefs.push(
        r.id !== null
          ? known.refOf(r.id)
          : { table: 'organisations', slug: await slugs.organisations.claim(r.name), id: ids.organisations++ },
      );
    }
    const { article: segmented } = extraction;
    const storedPeople = known.storedOf(personRefs, 'people');
    const articleSlug = await slugs.articles.claim(segmented.title, ARTICLE_SLUG_LENGTH);
    const articleId = ids.articles++;
    statements.push(
      ...articleRowStatements(db, {
        extraction,
        resolution,
        personRefs,
        organisationRefs,
        publisher: item.publisher,
        claims: item.claims,
        fingerprint: item.fingerprint,
        stored: {
          people: storedPeople,
          organisations: known.storedOf(organisationRefs, 'organisations'),
        },
        quoteIds: extraction.quotes.map(() => ids.quotes++),
        article: {
          id: articleId,
          slug: articleSlug,
          title: segmented.title,
          standfirst: segmented.standfirst,
          url: item.url,
          byline: segmented.byline,
          dateline: segmented.dateline,
          publishedAt: isoOrNull(segmented.publishedAt),
          publishedLocal: segmented.publishedLocal ?? null,
          publishedOffset: segmented.publishedOffset ?? null,
          updatedAt: isoOrNull(segmented.updatedAt),
          ingestedAt: now().toISOString(),
          paragraphs: segmented.paragraphs,
          wordCount: segmented.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
          contentHash: item.hash,
        },
      }),
    );
    // The text it was extracted from, kept for re-extraction, in the same transaction as its rows.
    statements.push(
      db.insert(articleTexts).values({
        articleId,
        text: item.text,
        hints: storedHints(item.hints),
      }),
    );
    const peopleKeys = new Set(
      extraction.people.flatMap((person, i) => {
        const ref = personRefs[i];
        const storedAliases = storedPeople[i]?.aliases ?? [];
        return [
          ...personKeysOf(person),
          ...storedAliases.flatMap(nameKeys),
          ...(typeof ref === 'number' ? [`person:${ref}`] : []),
        ];
      }),
    );
    for (const correction of corrections)
      if ([...correction.keys].some((key) => peopleKeys.has(key))) applying.add(correction);
    planned.set(item.hash, articleId);
    slugsOfNew.push(articleSlug);
    known.record(extraction, resolution, personRefs, organisationRefs);
    for (const ref of personRefs) touchedPeople.set(refKey(ref), ref);
    for (const ref of organisationRefs) touchedOrganisations.set(refKey(ref), ref);
  }
  // The new articles' search index, before anything could update or delete them; the counts of every
  // entity the batch touched, recomputed once from its rows; the corrections; one generation bump.
  if (planned.size) {
    statements.push(
      ...indexNewArticles(db, slugsOfNew),
      ...recountStatements(db, [...touchedPeople.values()], [...touchedOrganisations.values()]),
      ...(applying.size
        ? reapplyStatements(
            db,
            [...applying].sort((a, b) => a.row.id - b.row.id).map((c) => c.row),
            [],
            [],
          )
        : []),
      bumpGeneration(db),
    );
  }

  // Once the batch commits every id in it is the one planned: nothing is read back, so the write is
  // acknowledged even if the database goes away right after.
  if (statements.length) await db.batch(statements as never);
  const written = new Set<string>();
  return items.map((item) => {
    const { extraction } = item;
    const counts = {
      quotes: extraction.quotes.length,
      people: extraction.people.length,
      organisations: extraction.organisations.length,
    };
    const storedId = stored.get(item.hash);
    if (storedId !== undefined) return { articleId: storedId, created: false, ...counts };
    const created = !written.has(item.hash);
    written.add(item.hash);
    return { articleId: planned.get(item.hash)!, created, ...counts };
  });
}

const refKey = (ref: RowRef) => (typeof ref === 'number' ? `#${ref}` : ref.slug);

/** Slugs of one table: those stored (looked up by base) and those claimed by the batch so far. */
class SlugClaims {
  private looked = new Set<string>();

  /** `taken`: the stored slugs of `bases`, the ones the batch most likely wants (looked up with its other reads). */
  constructor(
    private db: Database,
    private table: 'people' | 'organisations' | 'articles',
    bases: string[],
    private taken: Set<string>,
  ) {
    for (const base of bases) this.looked.add(base);
  }

  async prefetch(bases: string[]): Promise<void> {
    const missing = [...new Set(bases)].filter((base) => !this.looked.has(base));
    if (!missing.length) return;
    for (const base of missing) this.looked.add(base);
    for (const slug of await takenSlugs(this.db, this.table, missing)) this.taken.add(slug);
  }

  async claim(name: string, maxLength?: number): Promise<string> {
    const base = slugify(name, maxLength);
    await this.prefetch([base]);
    return uniqueSlug(base, this.taken);
  }
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: any = error; e; e = e.cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(String(e.message ?? e))) return true;
  }
  return false;
}
