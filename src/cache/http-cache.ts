import type { Plugin } from 'graphql-yoga';
import type { Cache as ResponseCacheStore } from '@graphql-yoga/plugin-response-cache';
import type { GenerationClock } from './generation.js';
import {
  cacheKeyOf,
  etagOf,
  isFresh,
  isServableStale,
  publicMaxAge,
  responseOf,
  servingOf,
  type AnswerStore,
  type StoredAnswer,
} from './policy.js';
import { edgeCachePlugins, type PersistedQueries } from './yoga-plugins.js';

export interface EdgeCache {
  /** Yoga plugins: cache hints → Cache-Control, POST response cache, persisted queries. */
  plugins: Plugin[];
  generation: GenerationClock;
  /** Called after a write through this process: the next request re-reads the generation. */
  onWrite: () => void;
  /** Serves cacheable GETs from the store (HIT/STALE) or through `next` (MISS, then stored). */
  handle: (request: Request, next: (request: Request) => Promise<Response>) => Promise<Response>;
}

export interface EdgeCacheOptions {
  generation: GenerationClock;
  /** GET answers as bytes (LRU on Node, caches.default on the Worker). */
  answers: AnswerStore;
  /** POST answers as results, for the Yoga response-cache plugin. */
  results: ResponseCacheStore;
  persisted?: PersistedQueries;
}

/**
 * The edge cache in front of Yoga, the same on Node and on the Worker. A fresh answer (same data
 * generation, within max-age) is served without running GraphQL; otherwise Yoga answers and a
 * publicly cacheable 200 is stored. When the database fails, an answer up to a day old is served
 * with `X-Cache: STALE` instead of the error.
 */
export function createEdgeCache(options: EdgeCacheOptions): EdgeCache {
  const { generation, answers } = options;

  const stale = (answer: StoredAnswer | undefined, ifNoneMatch: string | null, now: number) =>
    answer && isServableStale(answer, now) ? responseOf(servingOf(answer, 'STALE', ifNoneMatch, now)) : undefined;

  async function handle(request: Request, next: (request: Request) => Promise<Response>): Promise<Response> {
    const key = cacheKeyOf(request.method, new URL(request.url), request.headers.get('accept'));
    if (key === null) return next(request);
    const ifNoneMatch = request.headers.get('if-none-match');
    // A store that fails is a miss, never an error for the client.
    const stored = await Promise.resolve()
      .then(() => answers.get(key))
      .catch(() => undefined);
    let current: number;
    try {
      current = await generation.current();
    } catch {
      return stale(stored, ifNoneMatch, Date.now()) ?? next(request);
    }
    const now = Date.now();
    if (stored && isFresh(stored, current, now)) return responseOf(servingOf(stored, 'HIT', ifNoneMatch, now));

    let response: Response;
    try {
      response = await next(request);
    } catch (error) {
      const fallback = stale(stored, ifNoneMatch, now);
      if (fallback) return fallback;
      throw error;
    }
    const maxAge = publicMaxAge(response.headers.get('cache-control'));
    if (response.status === 200 && maxAge > 0) {
      const body = new Uint8Array(await response.arrayBuffer());
      const answer: StoredAnswer = {
        body,
        contentType: response.headers.get('content-type') ?? 'application/json; charset=utf-8',
        etag: await etagOf(body),
        maxAge,
        // Stored as of when the generation was read: an answer never looks newer than its data.
        storedAt: now,
        generation: current,
      };
      await Promise.resolve()
        .then(() => answers.put(key, answer))
        .catch(() => undefined);
      return responseOf(servingOf(answer, 'MISS', ifNoneMatch, now));
    }
    // The database failed while answering (SERVICE_UNAVAILABLE is a 503).
    if (response.status >= 500) return stale(stored, ifNoneMatch, now) ?? response;
    return response;
  }

  return {
    plugins: edgeCachePlugins({ generation, results: options.results, persisted: options.persisted }),
    generation,
    onWrite: () => generation.invalidate(),
    handle,
  };
}
