import type { Database } from '../db/index.js';
import { createGenerationClock, readGeneration } from './generation.js';
import { createEdgeCache, type EdgeCache } from './http-cache.js';
import { createLruResultStore } from './lru-store.js';
import { STALE_IF_ERROR_SECONDS, type AnswerStore, type StoredAnswer } from './policy.js';
import { createPersistedQueries } from './yoga-plugins.js';

/** Header on stored responses carrying what policy.ts needs besides the bytes. */
const META_HEADER = 'x-newsgraph-answer';
/** Cache API keys are URLs; answers live under a host of their own so they never mix with pages. */
const KEY_ORIGIN = 'https://answers.newsgraph.internal/';

async function keyUrl(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return KEY_ORIGIN + Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * GET answers in the Cache API (`caches.default`: the data centre's CDN cache). Entries are stored
 * for a day so they can be served stale when the database fails; whether one is fresh is decided by
 * policy.ts from the generation and max-age kept beside it, not by the Cache API's own expiry.
 */
export function createCacheApiAnswerStore(
  cache: Cache = (caches as unknown as { default: Cache }).default,
): AnswerStore {
  return {
    async get(key) {
      const response = await cache.match(await keyUrl(key));
      const meta = response?.headers.get(META_HEADER);
      if (!response || !meta) return undefined;
      return {
        ...(JSON.parse(meta) as Omit<StoredAnswer, 'body'>),
        body: new Uint8Array(await response.arrayBuffer()),
      };
    },
    async put(key, answer) {
      const { body, ...meta } = answer;
      const stored = new Response(body as BodyInit, {
        headers: {
          'content-type': answer.contentType,
          'cache-control': `public, max-age=${STALE_IF_ERROR_SECONDS}`,
          [META_HEADER]: JSON.stringify(meta),
        },
      });
      await cache.put(await keyUrl(key), stored);
    },
  };
}

/**
 * The Worker's edge cache: GET answers in caches.default, POST answers in a small in-isolate LRU,
 * the generation memoised per isolate (never sharing one request's read with another request).
 * The in-isolate stores are bounded in bytes well inside an isolate's 128 MB.
 */
export function createWorkerEdgeCache(db: Database): EdgeCache {
  return createEdgeCache({
    generation: createGenerationClock(() => readGeneration(db), { shareInFlight: false }),
    answers: createCacheApiAnswerStore(),
    results: createLruResultStore(8 * 1024 * 1024),
    persisted: createPersistedQueries({ maxBytes: 4 * 1024 * 1024 }),
  });
}
