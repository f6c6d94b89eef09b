import { LRUCache } from 'lru-cache';
import type { Cache as ResponseCacheStore } from '@graphql-yoga/plugin-response-cache';
import { STALE_IF_ERROR_SECONDS, type AnswerStore, type StoredAnswer } from './policy.js';

/** Bytes of bookkeeping counted per entry on top of its key and body. */
const ENTRY_OVERHEAD = 256;

/**
 * GET answers in process memory, bounded by bytes; entries stay up to a day so they can be served
 * stale when the database fails. `peek` is synchronous for the Node fast path.
 */
export function createLruAnswerStore(
  maxBytes = 64 * 1024 * 1024,
): AnswerStore & { peek(key: string): StoredAnswer | undefined } {
  const entries = new LRUCache<string, StoredAnswer>({
    maxSize: maxBytes,
    sizeCalculation: (answer, key) => answer.body.byteLength + key.length * 2 + ENTRY_OVERHEAD,
    ttl: STALE_IF_ERROR_SECONDS * 1000,
    ttlAutopurge: false,
  });
  return {
    peek: (key) => entries.get(key),
    get: (key) => entries.get(key),
    put: (key, answer) => {
      entries.set(key, answer);
    },
  };
}

/**
 * The store behind the Yoga response-cache plugin (POST queries), bounded by bytes. Keys carry the
 * data generation, so nothing needs invalidating by entity; GET keys are not stored here because the
 * HTTP layer stores GET answers as bytes.
 */
export function createLruResultStore(maxBytes = 32 * 1024 * 1024): ResponseCacheStore {
  const results = new LRUCache<string, object>({
    maxSize: maxBytes,
    sizeCalculation: (result, key) => JSON.stringify(result).length + key.length + ENTRY_OVERHEAD,
  });
  return {
    get: (key) => results.get(key) as never,
    set: (key, result, _entities, ttl) => {
      if (!key.startsWith('GET:') && ttl > 0) results.set(key, result, { ttl });
    },
    invalidate: () => {},
  };
}
