import type { Database } from '../db/index.js';
import { ExtractionTimeoutError, extractInProcess, type ExtractionRunner } from './extraction.js';
import type { IngestInput } from './prepare.js';
import { storeArticles, type ExtractedArticle, type StoredArticle } from './store.js';
import { IngestInputError } from './validate.js';

export { IngestInputError, MAX_ARTICLE_BYTES } from './validate.js';
export { ExtractionTimeoutError, extractInProcess, type ExtractionRunner } from './extraction.js';
export { storeArticles, type ExtractedArticle } from './store.js';

export type { IngestInput } from './prepare.js';

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
 * Prepares an article for storing on the runner (see prepareArticle). Throws IngestInputError for
 * what cannot be an article, ExtractionTimeoutError past the budget.
 */
export function extractArticle(
  input: IngestInput,
  run: ExtractionRunner = extractInProcess,
  signal?: AbortSignal,
): Promise<ExtractedArticle> {
  return run(input, signal);
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
