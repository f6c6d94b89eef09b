import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../db/index.js';
import { createGenerationClock, readGeneration } from './generation.js';
import { createEdgeCache, type EdgeCache } from './http-cache.js';
import { createLruAnswerStore, createLruResultStore } from './lru-store.js';
import { cacheKeyOf, isFresh, servingOf } from './policy.js';

export interface NodeEdgeCache extends EdgeCache {
  /**
   * Answers a fresh cache hit straight from the raw node:http request, before any Fetch API
   * Request or Yoga is involved (that is what keeps a hit near a bare server's speed). Returns
   * false when the request must go the normal way (miss, stale, not cacheable, generation unknown,
   * or `admits` refused it: the rate limit's 429 is answered the normal way).
   */
  serveFromMemory: (req: IncomingMessage, res: ServerResponse, admits: () => boolean) => boolean;
}

export function createNodeEdgeCache(db: Database, { maxBytes = 64 * 1024 * 1024 } = {}): NodeEdgeCache {
  const answers = createLruAnswerStore(maxBytes);
  const edge = createEdgeCache({
    generation: createGenerationClock(() => readGeneration(db)),
    answers,
    results: createLruResultStore(Math.floor(maxBytes / 2)),
  });
  const serveFromMemory = (req: IncomingMessage, res: ServerResponse, admits: () => boolean): boolean => {
    if (req.method !== 'GET' || !req.url?.startsWith('/graphql?')) return false;
    const now = Date.now();
    const generation = edge.generation.peek(now);
    if (generation === undefined) return false;
    const key = cacheKeyOf('GET', new URL(req.url, 'http://localhost'), req.headers.accept ?? null);
    const answer = key === null ? undefined : answers.peek(key);
    if (!answer || !isFresh(answer, generation, now) || !admits()) return false;
    const serving = servingOf(answer, 'HIT', req.headers['if-none-match'], now);
    res.writeHead(serving.status, serving.headers);
    res.end(serving.body ?? undefined);
    return true;
  };
  return { ...edge, serveFromMemory };
}
