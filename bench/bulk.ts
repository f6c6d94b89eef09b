import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, projectRoot } from '../src/db/node.js';
import { extract } from '../src/extract/index.js';
import { chunked } from '../src/db/bound-parameters.js';
import { DEFAULT_BULK_BATCH, ingestInBatches } from '../src/ingest/bulk.js';
import { ingestArticle, storeArticles } from '../src/ingest/index.js';
import { createExtractionPool } from '../src/ingest/pool.js';

/**
 * `count` distinct articles of sample length: the bundled and evaluation articles cycled, each pass
 * under new headlines (so none is skipped as already stored, and each makes its own article row);
 * `first` skips that many, so successive calls give articles none of the earlier ones repeat.
 */
export function distinctArticles(count: number, first = 0): string[] {
  const texts = ['data/articles', 'test/eval/articles'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(projectRoot, folder, name), 'utf8')),
  );
  return Array.from({ length: count }, (_, i) =>
    texts[(first + i) % texts.length].replace(
      /^[^\n]*/,
      (headline) => `${headline} (edition ${Math.floor((first + i) / texts.length) + 1})`,
    ),
  );
}

function removeDatabase(path: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function copyDatabase(from: string, to: string) {
  removeDatabase(to);
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
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
  /** The same articles through ingestArticle one at a time, extracting in this thread (empty database only). */
  oneByOne: number | null;
  /** The batched writer alone (storeArticles over articles extracted beforehand, batches of DEFAULT_BULK_BATCH). */
  writerAlone: number;
  /**
   * CPU milliseconds per article (process.cpuUsage, while nothing else in the process runs): of
   * extraction alone, and of the writer alone. Far less sensitive to the neighbours than articles/s:
   * the writer is one thread, so stored ÷ alone can reach at most extractionCpuMs ÷ writerCpuMs.
   */
  extractionCpuMs: number;
  writerCpuMs: number;
  /** stored ÷ extraction alone (the target is ≥ 0.8). */
  ratio: number;
}

/**
 * Bulk ingestion against extraction alone, measured side by side: each round extracts its articles
 * in this thread (extraction alone), then on the pool, then ingests them through the CLI's pipeline
 * (pool + batched writer), and the writer alone over articles extracted beforehand (with the CPU time
 * of extraction alone and of the writer alone): into a fresh empty database, or, given `corpus` (a database file of
 * `storedOver` articles), into one copy of it, each round with articles of its own (a copy per round
 * of a 100,000-article file would cost more than the run). Start-up (threads, migrations, the copy)
 * is outside the clock.
 */
export async function bulkIngestion(options: {
  work: string;
  articles?: number;
  rounds?: number;
  threads?: number;
  corpus?: { path: string; articles: number };
  log?: (line: string) => void;
}): Promise<BulkResult> {
  const count = options.articles ?? 400;
  const rounds = options.rounds ?? 5;
  const log = options.log ?? (() => {});
  const pool = createExtractionPool({ threads: options.threads, budgetMs: 60_000 });
  const alone: number[] = [];
  const onPool: number[] = [];
  const stored: number[] = [];
  const oneByOne: number[] = [];
  const writerAlone: number[] = [];
  const extractionCpu: number[] = [];
  const writerCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1000;
  };
  try {
    // Warm-up: the JIT in this thread and in every pool thread.
    const warmUp = distinctArticles(50);
    for (const text of warmUp) extract(text);
    await Promise.all(warmUp.map((text) => pool.run({ text })));
    const shared = join(options.work, 'bulk-corpus.db');
    if (options.corpus) copyDatabase(options.corpus.path, shared);
    for (let round = 1; round <= rounds; round++) {
      const texts = distinctArticles(count, (round - 1) * count);
      let started = performance.now();
      let cpu = process.cpuUsage();
      for (const text of texts) extract(text);
      alone.push((texts.length * 1000) / (performance.now() - started));
      extractionCpu.push(cpuMs(cpu) / texts.length);

      started = performance.now();
      await Promise.all(texts.map((text) => pool.run({ text })));
      onPool.push((texts.length * 1000) / (performance.now() - started));

      const path = options.corpus ? shared : join(options.work, `bulk-${round}.db`);
      const db = openDatabase(`file:${path}`);
      await migrateDatabase(db);

      // The writer alone, on articles of its own (extracted first, outside the clock).
      const ready = await Promise.all(
        distinctArticles(count, (rounds + round - 1) * count).map((text) => pool.run({ text })),
      );
      started = performance.now();
      cpu = process.cpuUsage();
      for (const batch of chunked(ready, DEFAULT_BULK_BATCH)) await storeArticles(db, batch);
      writerAlone.push((ready.length * 1000) / (performance.now() - started));
      writerCpu.push(cpuMs(cpu) / ready.length);
      if (!options.corpus) {
        db.$client.close();
        removeDatabase(path);
      }
      const target = options.corpus ? db : openDatabase(`file:${path}`);
      if (!options.corpus) await migrateDatabase(target);
      started = performance.now();
      const outcomes = await ingestInBatches(
        target,
        texts.map((text, i) => ({ name: `article ${i}`, read: async () => ({ text }) })),
        { extract: pool.run },
      );
      stored.push((texts.length * 1000) / (performance.now() - started));
      const failed = outcomes.filter((outcome) => 'error' in outcome).length;
      target.$client.close();
      if (!options.corpus) removeDatabase(path);
      if (failed) throw new Error(`${failed} of ${texts.length} articles failed to store`);
      if (!options.corpus) {
        const single = openDatabase(`file:${path}`);
        await migrateDatabase(single);
        started = performance.now();
        for (const text of texts) await ingestArticle(single, { text });
        oneByOne.push((texts.length * 1000) / (performance.now() - started));
        single.$client.close();
        removeDatabase(path);
      }
      log(
        `  round ${round}: extraction alone ${alone.at(-1)!.toFixed(0)}/s, on the pool ${onPool.at(-1)!.toFixed(0)}/s, stored ${stored.at(-1)!.toFixed(0)}/s, writer alone ${writerAlone.at(-1)!.toFixed(0)}/s; CPU per article: extraction ${extractionCpu.at(-1)!.toFixed(2)} ms, writer ${writerCpu.at(-1)!.toFixed(2)} ms` +
          (oneByOne.length === round ? `, one by one ${oneByOne.at(-1)!.toFixed(0)}/s` : ''),
      );
    }
    removeDatabase(shared);
  } finally {
    await pool.close();
  }
  const result = {
    articles: count,
    rounds,
    threads: pool.threads,
    storedOver: options.corpus?.articles ?? 0,
    extractionAlone: Math.round(median(alone)),
    extractionOnPool: Math.round(median(onPool)),
    stored: Math.round(median(stored)),
    oneByOne: oneByOne.length ? Math.round(median(oneByOne)) : null,
    writerAlone: Math.round(median(writerAlone)),
    extractionCpuMs: Number(median(extractionCpu).toFixed(2)),
    writerCpuMs: Number(median(writerCpu).toFixed(2)),
    ratio: 0,
  };
  result.ratio = Number((median(stored) / median(alone)).toFixed(2));
  return result;
}
