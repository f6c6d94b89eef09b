import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, projectRoot } from '../src/db/node.js';
import { extract } from '../src/extract/index.js';
import { ingestInBatches } from '../src/ingest/bulk.js';
import { createExtractionPool } from '../src/ingest/pool.js';

/**
 * `count` distinct articles of sample length: the bundled and evaluation articles cycled, each pass
 * under new headlines (so none is skipped as already stored, and each makes its own article row).
 */
export function distinctArticles(count: number): string[] {
  const texts = ['data/articles', 'test/eval/articles'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(projectRoot, folder, name), 'utf8')),
  );
  return Array.from({ length: count }, (_, i) =>
    texts[i % texts.length].replace(
      /^[^\n]*/,
      (headline) => `${headline} (edition ${Math.floor(i / texts.length) + 1})`,
    ),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface BulkResult {
  articles: number;
  rounds: number;
  threads: number;
  storedOver: number;
  /** Medians over the rounds, articles per second. */
  extractionAlone: number;
  extractionOnPool: number;
  stored: number;
  /** stored ÷ extraction alone (the target is ≥ 0.8). */
  ratio: number;
}

/**
 * Bulk ingestion against extraction alone, measured side by side: each round extracts the articles
 * in this thread (extraction alone), then on the pool, then ingests them through the CLI's pipeline
 * (pool + batched writer) into a fresh copy of the database: empty, or `corpus` (a database file of
 * `storedOver` articles) when given. Start-up (threads, migrations, the copy) is outside the clock.
 */
export async function bulkIngestion(options: {
  work: string;
  articles?: number;
  rounds?: number;
  threads?: number;
  corpus?: { path: string; articles: number };
  log?: (line: string) => void;
}): Promise<BulkResult> {
  const texts = distinctArticles(options.articles ?? 400);
  const rounds = options.rounds ?? 3;
  const log = options.log ?? (() => {});
  const pool = createExtractionPool({ threads: options.threads, budgetMs: 60_000 });
  const alone: number[] = [];
  const onPool: number[] = [];
  const stored: number[] = [];
  try {
    // Warm-up: the JIT in this thread and in every pool thread.
    for (const text of texts.slice(0, 50)) extract(text);
    await Promise.all(texts.slice(0, 50).map((text) => pool.run(text, {})));
    for (let round = 1; round <= rounds; round++) {
      let started = performance.now();
      for (const text of texts) extract(text);
      alone.push((texts.length * 1000) / (performance.now() - started));

      started = performance.now();
      await Promise.all(texts.map((text) => pool.run(text, {})));
      onPool.push((texts.length * 1000) / (performance.now() - started));

      const path = join(options.work, `bulk-${round}.db`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      if (options.corpus) {
        for (const suffix of ['', '-wal', '-shm']) {
          if (existsSync(options.corpus.path + suffix)) copyFileSync(options.corpus.path + suffix, path + suffix);
        }
      }
      const db = openDatabase(`file:${path}`);
      await migrateDatabase(db);
      started = performance.now();
      const outcomes = await ingestInBatches(
        db,
        texts.map((text, i) => ({ name: `article ${i}`, read: async () => ({ text }) })),
        { extract: pool.run },
      );
      stored.push((texts.length * 1000) / (performance.now() - started));
      const failed = outcomes.filter((outcome) => 'error' in outcome).length;
      db.$client.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      if (failed) throw new Error(`${failed} of ${texts.length} articles failed to store`);
      log(
        `  round ${round}: extraction alone ${alone.at(-1)!.toFixed(0)}/s, on the pool ${onPool.at(-1)!.toFixed(0)}/s, stored ${stored.at(-1)!.toFixed(0)}/s`,
      );
    }
  } finally {
    await pool.close();
  }
  const result = {
    articles: texts.length,
    rounds,
    threads: pool.threads,
    storedOver: options.corpus?.articles ?? 0,
    extractionAlone: Math.round(median(alone)),
    extractionOnPool: Math.round(median(onPool)),
    stored: Math.round(median(stored)),
    ratio: 0,
  };
  result.ratio = Number((median(stored) / median(alone)).toFixed(2));
  return result;
}
