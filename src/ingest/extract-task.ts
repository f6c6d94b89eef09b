import { extract, type ArticleHints, type Extraction } from '../extract/index.js';

export interface ExtractionTask {
  text: string;
  hints: ArticleHints;
  /** One Int32 the thread sets to 1 as it starts, so the pool times the run and not the wait in its queue. */
  started: SharedArrayBuffer;
}

/** What a pool thread runs (loaded through extract-thread.mjs): one article's extraction. */
export default function runExtractionTask({ text, hints, started }: ExtractionTask): Extraction {
  const flag = new Int32Array(started);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
  return extract(text, hints);
}
