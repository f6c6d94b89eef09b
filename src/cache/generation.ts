import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { generationKey, meta } from '../db/schema.js';
import { GENERATION_MEMO_MS } from './policy.js';

/** Reads the data generation: the counter every write bumps in its own batch (0 before any write). */
export async function readGeneration(db: Database): Promise<number> {
  const rows = await db.select({ value: meta.value }).from(meta).where(eq(meta.key, generationKey));
  return rows[0]?.value ?? 0;
}

export interface GenerationClock {
  /** The memoised generation when it is younger than the memo time, without waiting; else undefined. */
  peek(now?: number): number | undefined;
  /** The generation, re-read from the database when the memo is older than the memo time. Throws when the database fails. */
  current(): Promise<number>;
  /** Forget the memo (after a write through this process), so the next request re-reads it. */
  invalidate(): void;
}

/**
 * The generation memoised per process or isolate for at most `memoMs`. On Node concurrent readers
 * share one in-flight read; the Worker must not (a promise from one request's I/O may not be awaited
 * by another request), so there each request that finds the memo old reads it itself.
 */
export function createGenerationClock(
  read: () => Promise<number>,
  { memoMs = GENERATION_MEMO_MS, shareInFlight = true }: { memoMs?: number; shareInFlight?: boolean } = {},
): GenerationClock {
  let value: number | undefined;
  let readAt = 0;
  // Bumped by invalidate(): a read that began before a write through this process is not kept.
  let epoch = 0;
  let inFlight: Promise<number> | undefined;

  const refresh = async () => {
    const startedAt = Date.now();
    const startedIn = epoch;
    const fresh = await read();
    // Dated from when the read began, so the memo never looks younger than what it saw.
    if (startedIn === epoch && startedAt >= readAt) {
      value = fresh;
      readAt = startedAt;
    }
    return fresh;
  };

  return {
    peek(now = Date.now()) {
      return value !== undefined && now - readAt < memoMs ? value : undefined;
    },
    async current() {
      const known = this.peek();
      if (known !== undefined) return known;
      if (!shareInFlight) return refresh();
      inFlight ??= refresh().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    invalidate() {
      value = undefined;
      epoch++;
      inFlight = undefined;
    },
  };
}
