import { prepareArticle, type IngestInput } from './prepare.js';
import type { ExtractedArticle } from './store.js';

/**
 * Where an article is prepared for storing (prepareArticle: page reading, checks, hash, extraction).
 * On Node it is a worker-thread pool with a time budget per article (src/ingest/pool.ts), so none of
 * it holds up the thread that answers requests; on the Worker, which has no threads, it is
 * `extractInProcess`.
 */
export type ExtractionRunner = (input: IngestInput, signal?: AbortSignal) => Promise<ExtractedArticle>;

export const extractInProcess: ExtractionRunner = async (input, signal) => {
  signal?.throwIfAborted();
  return prepareArticle(input);
};

/** An article whose extraction ran past its budget; nothing of it is stored. Its message is safe to show. */
export class ExtractionTimeoutError extends Error {
  override name = 'ExtractionTimeoutError';
  constructor(readonly budgetMs: number) {
    super(`Extracting this article took longer than its budget of ${budgetMs} ms; it was not stored.`);
  }
}
