import type { Database } from '../db/index.js';
import type { ArticleHints } from '../extract/index.js';
import { ExtractionTimeoutError, extractInProcess, type ExtractionRunner } from './extraction.js';
import { articleInputFromPage } from './html.js';
import { storeArticles, type ExtractedArticle, type StoredArticle } from './store.js';
import { contentHash, IngestInputError, isoOrNull, normaliseArticleText } from './validate.js';

export { IngestInputError, MAX_ARTICLE_BYTES } from './validate.js';
export { ExtractionTimeoutError, extractInProcess, type ExtractionRunner } from './extraction.js';
export { storeArticles, type ExtractedArticle } from './store.js';

export interface IngestInput extends ArticleHints {
  text: string;
}

export type IngestResult = StoredArticle;

export interface IngestOptions {
  /** Where extraction runs (default: in this thread). */
  extract?: ExtractionRunner;
  now?: () => Date;
  /** Aborted when the caller no longer wants the answer (a client that went away): extraction stops. */
  signal?: AbortSignal;
}

/** At most this many articles in one `ingestArticles` call (one batch, one transaction). */
export const MAX_ARTICLES_PER_CALL = 100;

/**
 * Checks and normalises an article, then extracts it: everything before the write. Throws
 * IngestInputError for text that cannot be an article, ExtractionTimeoutError past the budget.
 */
export async function extractArticle(
  input: IngestInput,
  run: ExtractionRunner = extractInProcess,
  signal?: AbortSignal,
): Promise<ExtractedArticle> {
  // An HTML page is read as the article it shows (src/ingest/html.ts); plain text passes through.
  input = articleInputFromPage(input);
  const text = normaliseArticleText(input.text);
  const hash = await contentHash(text);
  const extraction = await run(
    text,
    {
      title: input.title ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
      publishedAt: isoOrNull(input.publishedAt),
    },
    signal,
  );
  return { hash, url: input.url ?? null, extraction };
}

/**
 * Extracts an article and stores it with everything found in it, in one atomic batch.
 * Idempotent: the same text (after normalisation) is stored once, however many times and however
 * concurrently it is sent.
 */
export async function ingestArticle(db: Database, input: IngestInput, options: IngestOptions = {}) {
  const [result] = await storeArticles(db, [await extractArticle(input, options.extract, options.signal)], options.now);
  return result;
}

/** An article of a bulk call that cannot be ingested; `index` is its position in the call. */
export class ArticleRefusedError extends Error {
  override name = 'ArticleRefusedError';
  constructor(
    readonly index: number,
    override readonly cause: Error,
  ) {
    super(`inputs[${index}]: ${cause.message}`);
  }
}

/**
 * Many articles in one batch: all are checked and extracted first (in parallel, on the runner's
 * threads), then stored together in one transaction, in order. One article that cannot be ingested
 * refuses the call with ArticleRefusedError and nothing is written.
 */
export async function ingestArticles(
  db: Database,
  inputs: IngestInput[],
  options: IngestOptions = {},
): Promise<IngestResult[]> {
  // The first refusal stops the extractions still queued or running: their work would be thrown away.
  const refused = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, refused.signal]) : refused.signal;
  const extracted = await Promise.all(
    inputs.map((input, index) =>
      extractArticle(input, options.extract, signal).catch((error: unknown) => {
        refused.abort();
        throw error instanceof IngestInputError || error instanceof ExtractionTimeoutError
          ? new ArticleRefusedError(index, error)
          : error;
      }),
    ),
  );
  return storeArticles(db, extracted, options.now);
}
