import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ExtractionTask, ExtractionTaskResult } from './extract-task.js';
import { ExtractionTimeoutError, type ExtractionRunner } from './extraction.js';
import { IngestInputError } from './validate.js';

// In Node since 16; TypeScript declares it from lib ES2024, past this project's ES2023.
const waitAsync = (
  Atomics as unknown as {
    waitAsync: (
      array: Int32Array,
      index: number,
      value: number,
    ) => { async: false; value: string } | { async: true; value: Promise<string> };
  }
).waitAsync;

// A 1 MB article of ordinary prose takes about 3.5 s on one core of the development machine.
export const DEFAULT_EXTRACT_BUDGET_MS = 10_000;

export interface ExtractionPoolOptions {
  /** Threads that extract; default one fewer than the cores (the main thread answers requests and writes). */
  threads?: number;
  /** How long one article's extraction may run on its thread before the thread is terminated. */
  budgetMs?: number;
}

export interface ExtractionPool {
  run: ExtractionRunner;
  /** Articles being extracted on a thread now (not those waiting for one). */
  readonly running: number;
  threads: number;
  budgetMs: number;
  close: () => Promise<void>;
}

/** EXTRACT_BUDGET_MS and EXTRACT_THREADS, as README's configuration table describes them. */
export function extractionPoolOptionsFromEnv(env: Record<string, string | undefined>): ExtractionPoolOptions {
  const positive = (value: string | undefined) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? n : undefined;
  };
  return { budgetMs: positive(env.EXTRACT_BUDGET_MS), threads: positive(env.EXTRACT_THREADS) };
}

/**
 * Extraction on worker threads (piscina). The budget is counted from the moment a thread starts the
 * article, not while it waits in the queue; past it the thread is terminated (piscina replaces it)
 * and the run rejects with ExtractionTimeoutError. A signal (a client that went away) ends the run the
 * same way, with the signal's reason.
 */
export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const threads = Math.max(1, Math.floor(options.threads ?? availableParallelism() - 1));
  const budgetMs = options.budgetMs ?? DEFAULT_EXTRACT_BUDGET_MS;
  const piscina = new Piscina<ExtractionTask, ExtractionTaskResult>({
    filename: new URL('./extract-thread.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // An article that makes extraction run out of memory ends its thread (the run fails), not the server.
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
  });

  let running = 0;
  const run: ExtractionRunner = async (input, signal) => {
    signal?.throwIfAborted();
    const started = new SharedArrayBuffer(4);
    const abort = new AbortController();
    let timedOut = false;
    let onThread = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => abort.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const waiting = waitAsync(new Int32Array(started), 0, 0);
    const startClock = () => {
      if (settled) return;
      onThread = true;
      running++;
      timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, budgetMs);
    };
    if (waiting.async) waiting.value.then(startClock);
    else startClock();
    let result: ExtractionTaskResult;
    try {
      result = await piscina.run({ input, started }, { signal: abort.signal });
    } catch (error) {
      if (timedOut) throw new ExtractionTimeoutError(budgetMs);
      if (signal?.aborted) throw signal.reason;
      throw error;
    } finally {
      settled = true;
      if (onThread) running--;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // A run that ends before its thread started it (aborted in the queue) releases the wait.
      Atomics.store(new Int32Array(started), 0, 1);
      Atomics.notify(new Int32Array(started), 0);
    }
    if ('refused' in result) throw new IngestInputError(result.refused);
    return result.article;
  };

  return {
    run,
    get running() {
      return running;
    },
    threads,
    budgetMs,
    close: () => piscina.destroy(),
  };
}
