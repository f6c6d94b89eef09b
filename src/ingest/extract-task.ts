import { prepareArticle, type IngestInput } from './prepare.js';
import type { ExtractedArticle } from './store.js';
import { IngestInputError } from './validate.js';

export interface ExtractionTask {
  input: IngestInput;
  /** One Int32 the thread sets to 1 as it starts, so the pool times the run and not the wait in its queue. */
  started: SharedArrayBuffer;
}

/** An input refused as no article comes back as its message: an error's class does not cross threads. */
export type ExtractionTaskResult = { article: ExtractedArticle } | { refused: string };

/** What a pool thread runs (loaded through extract-thread.mjs): one article's preparation. */
export default async function runExtractionTask({ input, started }: ExtractionTask): Promise<ExtractionTaskResult> {
  const flag = new Int32Array(started);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  try {
    return { article: await prepareArticle(input) };
  } catch (error) {
    if (error instanceof IngestInputError) return { refused: error.message };
    throw error;
  }
}
