import type { Database } from '../db/index.js';
import { extractInProcess, type ExtractionRunner } from './extraction.js';
import { extractArticle, type IngestInput, type IngestResult } from './index.js';
import { storeArticles, type ExtractedArticle } from './store.js';
import { chunked } from '../db/bound-parameters.js';

/** One article of a bulk ingestion: a name to report it by, and how to read it. */
export interface BulkSource {
  name: string;
  read: () => Promise<IngestInput>;
}

export type BulkOutcome = { name: string; result: IngestResult } | { name: string; error: unknown };

export interface BulkOptions {
  extract?: ExtractionRunner;
  /** Articles per write batch (one transaction). */
  batchSize?: number;
  now?: () => Date;
  /** Called once per source, in order, when its article is stored or has failed. */
  onOutcome?: (outcome: BulkOutcome) => void;
}

export const DEFAULT_BULK_BATCH = 100;

// Batches extracted ahead of the one being written: enough to keep the extraction threads busy while
// the writer commits, few enough to bound what is held in memory.
const BATCHES_AHEAD = 2;

/**
 * Ingests many articles: extraction (CPU, on the runner's threads) runs ahead of the writer, which
 * stores each batch in one transaction (I/O and SQLite, on this thread), so the two overlap. An
 * article that cannot be read, checked or extracted fails alone; a batch that cannot be written
 * fails its articles and the next batch is tried.
 */
export async function ingestInBatches(
  db: Database,
  sources: BulkSource[],
  options: BulkOptions = {},
): Promise<BulkOutcome[]> {
  const run = options.extract ?? extractInProcess;
  const batches = chunked(sources, options.batchSize ?? DEFAULT_BULK_BATCH);
  const extractBatch = (batch: BulkSource[]) =>
    Promise.all(
      batch.map(async (source) => {
        try {
          return { source, article: await extractArticle(await source.read(), run) };
        } catch (error) {
          return { source, error };
        }
      }),
    );
  const ahead = batches.slice(0, BATCHES_AHEAD).map(extractBatch);
  const outcomes: BulkOutcome[] = [];
  for (let i = 0; i < batches.length; i++) {
    const extracted = await ahead.shift()!;
    if (i + BATCHES_AHEAD < batches.length) ahead.push(extractBatch(batches[i + BATCHES_AHEAD]));
    const ready = extracted.filter((e): e is { source: BulkSource; article: ExtractedArticle } => 'article' in e);
    let stored: IngestResult[] | undefined;
    let writeError: unknown;
    try {
      stored = ready.length
        ? await storeArticles(
            db,
            ready.map((e) => e.article),
            options.now,
          )
        : [];
    } catch (error) {
      writeError = error;
    }
    let position = 0;
    for (const entry of extracted) {
      let outcome: BulkOutcome;
      if (!('article' in entry)) outcome = { name: entry.source.name, error: entry.error };
      else if (stored) outcome = { name: entry.source.name, result: stored[position++] };
      else outcome = { name: entry.source.name, error: writeError };
      outcomes.push(outcome);
      options.onOutcome?.(outcome);
    }
  }
  return outcomes;
}
