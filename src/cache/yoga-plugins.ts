import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useResponseCache, hashSHA256, type Cache as ResponseCacheStore } from '@graphql-yoga/plugin-response-cache';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { LRUCache } from 'lru-cache';
import { apiError, badInput } from '../errors.js';
import { LIMITS } from '../http/limits.js';
import type { GenerationClock } from './generation.js';
import { createMaxAgeOf } from './max-age.js';
import { cacheControlFor, cacheHints, DEFAULT_MAX_AGE } from './policy.js';

const servedFromCache = Symbol.for('servedFromResponseCache');

/** What one execution left for the response: its max-age (ms) from the hints, and whether it came from the cache. */
interface Outcome {
  ttl?: number;
  hit?: boolean;
  errors?: boolean;
}

/**
 * The Yoga side of edge caching:
 * - each answer's max-age is the minimum of the cache hints over the fields and types its query
 *   selects (max-age.ts), computed once per query text;
 * - the response-cache plugin keeps POST answers in an in-isolate store, keyed with the data
 *   generation so a write makes every older answer unreachable. It is off for GETs, which the HTTP
 *   layer stores: it would rewrite each query and walk each result for entities nothing here uses;
 * - a small plugin turns that into `Cache-Control: public, max-age=N` and `X-Cache` on the response
 *   (never on errors or mutations), which the HTTP layer (http-cache.ts) then stores for GETs;
 * - persisted queries: APQ-style, a query sent once with its sha256 is known by the hash afterwards.
 */
export function edgeCachePlugins(options: {
  generation: GenerationClock;
  results: ResponseCacheStore;
  persisted?: PersistedQueries;
}): Plugin[] {
  const outcomes = new WeakMap<Request, Outcome>();
  const outcomeOf = (request: Request) => {
    let outcome = outcomes.get(request);
    if (!outcome) outcomes.set(request, (outcome = {}));
    return outcome;
  };
  const persisted = options.persisted ?? createPersistedQueries();

  // Only answers of the current generation exist as far as Yoga can tell: this also covers the
  // plugin's own If-None-Match → 304 check, which looks a key up without building it.
  const isCurrent = (key: string) => {
    const generation = /^"g(\d+)-/.exec(key)?.[1];
    return generation !== undefined && Number(generation) === options.generation.peek();
  };
  const results: ResponseCacheStore = {
    get: (key) => (isCurrent(key) ? options.results.get(key) : undefined),
    set: (key, result, entities, ttl) => options.results.set(key, result, entities, ttl),
    invalidate: (entities) => options.results.invalidate(entities),
  };

  const maxAgeOf = createMaxAgeOf(cacheHints, DEFAULT_MAX_AGE);
  const responseCache = useResponseCache({
    enabled: (request) => request.method !== 'GET',
    session: () => null,
    cache: results,
    ttl: DEFAULT_MAX_AGE * 1000,
    ttlPerSchemaCoordinate: Object.fromEntries(
      Object.entries(cacheHints).map(([coordinate, seconds]) => [coordinate, seconds * 1000]),
    ),
    includeExtensionMetadata: false,
    // GET answers are stored by the HTTP layer; here they only get their max-age computed.
    buildResponseCacheKey: async ({ request, documentString, variableValues, operationName }) => {
      // The plugin asks for a key even when it is off; GET answers are keyed by the HTTP layer.
      if (request.method === 'GET') return 'GET';
      const hash = await hashSHA256(`${documentString}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}`);
      let generation: number;
      try {
        generation = await options.generation.current();
      } catch {
        throw apiError('SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly.');
      }
      // Quoted, because the plugin also sends the key as the ETag of POST answers.
      return `"g${generation}-${hash.slice(0, 32)}"`;
    },
    // The stored POST answer lives as long as the hints allow, the same as a GET answer's max-age.
    onTtl: ({ context }) => outcomeOf((context as { request: Request }).request).ttl ?? DEFAULT_MAX_AGE * 1000,
  });

  const cacheHeaders: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const request = (args.contextValue as { request: Request }).request;
      outcomeOf(request).ttl = maxAgeOf(args.schema, args.document) * 1000;
    },
    onResultProcess({ request, result }) {
      const outcome = outcomeOf(request);
      const single = Array.isArray(result) ? undefined : (result as { errors?: unknown[] });
      outcome.errors = !single || !!single.errors?.length;
      outcome.hit = !!single && (single as Record<symbol, unknown>)[servedFromCache] === true;
    },
    onResponse({ request, response }) {
      const outcome = outcomes.get(request);
      if (!outcome || outcome.errors || response.status !== 200) return;
      if (outcome.hit) {
        response.headers.set('x-cache', 'HIT');
      } else if (outcome.ttl !== undefined && outcome.ttl > 0) {
        // Only GET answers are cacheable over HTTP; POST answers are only cached in the isolate.
        if (request.method === 'GET')
          response.headers.set('cache-control', cacheControlFor(Math.max(1, Math.floor(outcome.ttl / 1000))));
        response.headers.set('x-cache', 'MISS');
      }
    },
  };

  return [persisted.register, persisted.plugin, responseCache, cacheHeaders];
}

export interface PersistedQueries {
  /** Registers a query by the sha256 of its text; returns the hash. */
  add(query: string): Promise<string>;
  /** Bytes the stored documents take (UTF-16 code units × 2, plus per-entry overhead). */
  bytes(): number;
  register: Plugin;
  plugin: Plugin;
}

/** Bytes counted per stored document on top of its text: the key (64 hex digits) and bookkeeping. */
const PERSISTED_ENTRY_OVERHEAD = 64 * 2 + 128;

/**
 * Persisted queries in the APQ style (`extensions.persistedQuery.sha256Hash`): a request carrying
 * both the query and its hash registers it; later requests (short GET URLs) send only the hash. An
 * unknown hash answers `PERSISTED_QUERY_NOT_FOUND`, on which clients resend the query text once.
 *
 * A document is registered only once it is about to execute, that is after every limit (size,
 * tokens, depth, aliases, directives, validation, cost) has let it through: anything else could be
 * stored and then run by its hash past the limits that refused it. The store is per isolate and
 * bounded in bytes, so a flood of distinct documents evicts older ones rather than growing memory.
 */
export function createPersistedQueries({
  maxBytes = 8 * 1024 * 1024,
  maxDocumentLength = LIMITS.maxDocumentBytes,
} = {}): PersistedQueries {
  const queries = new LRUCache<string, string>({
    maxSize: maxBytes,
    sizeCalculation: (query) => query.length * 2 + PERSISTED_ENTRY_OVERHEAD,
  });
  const add = async (query: string) => {
    const hash = await hashSHA256(query);
    queries.set(hash, query);
    return hash;
  };
  // What a request asked to register, kept until its operation passes the limits and executes.
  const pending = new WeakMap<Request, { query: string; hash: string }>();
  const registerPending = (request: Request | undefined) => {
    const asked = request && pending.get(request);
    if (!asked) return;
    pending.delete(request);
    queries.set(asked.hash, asked.query);
  };
  const register: Plugin = {
    async onParams({ params, request }) {
      const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
        ?.sha256Hash;
      // A document over the size limit is refused by that limit; hashing it would only spend CPU.
      if (typeof params.query !== 'string' || typeof hash !== 'string' || params.query.length > maxDocumentLength) {
        return;
      }
      if ((await hashSHA256(params.query)) !== hash.toLowerCase()) {
        throw badInput('extensions.persistedQuery.sha256Hash is not the sha256 of the query text.');
      }
      pending.set(request, { query: params.query, hash: hash.toLowerCase() });
    },
    // Reached only once every limit has let the operation through (the limit plugins run first).
    onExecute({ args }) {
      registerPending((args.contextValue as { request?: Request }).request);
    },
    // An answer from the response cache was computed by an operation that passed the limits.
    onResultProcess({ request, result }) {
      const fromCache = !Array.isArray(result) && (result as Record<symbol, unknown>)[servedFromCache] === true;
      if (fromCache) registerPending(request);
    },
  };
  const plugin = usePersistedOperations({
    allowArbitraryOperations: true,
    getPersistedOperation: (hash) => queries.get(hash.toLowerCase()) ?? null,
    customErrors: {
      notFound: { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
      keyNotFound: {
        message: 'Must provide a query string, or extensions.persistedQuery.sha256Hash of a known query.',
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      },
    },
  });
  return { add, bytes: () => queries.calculatedSize, register, plugin };
}
