import { extract, type ArticleHints, type Extraction } from '../extract/index.js';

/**
 * How ingestion gets an article's extraction. On Node it is a worker-thread pool with a time budget
 * per article (src/ingest/pool.ts), so extraction never holds up the thread that answers requests;
 * on the Worker, which has no threads, it is `extractInProcess`.
 */
export type ExtractionRunner = (text: string, hints: ArticleHints, signal?: AbortSignal) => Promise<Extraction>;

export const extractInProcess: ExtractionRunner = async (text, hints, signal) => {
  signal?.throwIfAborted();
  return extract(text, hints);
};

/** An article whose extraction ran past its budget; nothing of it is stored. Its message is safe to show. */
export class ExtractionTimeoutError extends Error {
  override name = 'ExtractionTimeoutError';
  constructor(readonly budgetMs: number) {
    super(`Extracting this article took longer than its budget of ${budgetMs} ms; it was not stored.`);
  }
}
