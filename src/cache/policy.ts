/**
 * The one cache policy shared by the Node server and the Worker: how long each kind of data may be
 * cached, which requests are cacheable, how a cache key is built, and how a stored answer is
 * served (X-Cache, ETag, 304, stale-if-error). Stores (lru-store.ts, worker-store.ts) only keep bytes.
 *
 * Freshness does not come from max-age: every stored answer remembers the data generation it was
 * computed at (a counter bumped in the same batch as every write), and an answer from an older
 * generation is never served as fresh. The generation is re-read at most GENERATION_MEMO_MS after
 * it was last read, so an answer outlives the data it shows by less than 5 s, with no purge API.
 */

/** Cache hints in seconds, per type and per field (schema coordinate); a response gets the minimum over what it touched. */
export const cacheHints: Record<string, number> = {
  // Articles and quotes are immutable once ingested (only deletion changes them).
  Article: 600,
  Quote: 600,
  Affiliation: 600,
  // People and organisations gain aliases, descriptions and counts with each ingested article.
  Person: 300,
  Organisation: 300,
  // A claim is fixed with its article; a Figure gains values and counts with each ingest.
  Claim: 600,
  Figure: 300,
  FigureValue: 300,
  // Lists, page boundaries and counts move with every ingest.
  ArticleConnection: 120,
  PersonConnection: 120,
  OrganisationConnection: 120,
  QuoteConnection: 120,
  ClaimConnection: 120,
  FigureConnection: 120,
  PageInfo: 120,
  'Query.articles': 60,
  'Query.quotes': 60,
  'Query.people': 60,
  'Query.organisations': 60,
  'Query.claims': 60,
  'Query.figures': 60,
  'ArticleConnection.totalCount': 60,
  'PersonConnection.totalCount': 60,
  'OrganisationConnection.totalCount': 60,
  'QuoteConnection.totalCount': 60,
  'ClaimConnection.totalCount': 60,
  'FigureConnection.totalCount': 60,
  'SearchResultConnection.totalCount': 30,
  'Person.mentionCount': 60,
  'Person.quoteCount': 60,
  'Organisation.mentionCount': 60,
  // Search ranks across everything, so any ingest can reorder it.
  'Query.search': 30,
  // A feed's state changes with every poll, which bumps no generation: never cached.
  Feed: 0,
  FeedConnection: 0,
};

/** max-age when a response touched nothing with a hint (e.g. `{ __typename }`). */
export const DEFAULT_MAX_AGE = 300;
/** How long an expired answer is kept to be served when the database fails. */
export const STALE_IF_ERROR_SECONDS = 86_400;
/** How long an isolate or process trusts the generation it last read; must stay well under 5 s. */
export const GENERATION_MEMO_MS = 2_000;

/** One stored answer: the response bytes and what is needed to serve and validate them. */
export interface StoredAnswer {
  body: Uint8Array;
  contentType: string;
  etag: string;
  /** Seconds, from the cache hints of what the answer touched. */
  maxAge: number;
  /** Epoch ms when computed. */
  storedAt: number;
  /** Data generation it was computed at. */
  generation: number;
}

/** Where answers are kept: an in-process LRU on Node, the Cache API on the Worker. */
export interface AnswerStore {
  get(key: string): StoredAnswer | undefined | Promise<StoredAnswer | undefined>;
  put(key: string, answer: StoredAnswer): void | Promise<void>;
}

export type CacheStatus = 'HIT' | 'MISS' | 'STALE';

/**
 * Only GET queries to /graphql are cached here (POST answers go to the response-cache plugin);
 * GraphiQL pages and event streams never are.
 */
export function cacheKeyOf(method: string, url: URL, accept: string | null): string | null {
  if (method !== 'GET' || url.pathname !== '/graphql' || !url.search) return null;
  if (accept && /text\/html|text\/event-stream|multipart\//i.test(accept)) return null;
  // The answer's content type follows Accept, so it is part of the key.
  return `${accept ?? ''}|${url.pathname}${url.search}`;
}

/** Usable as fresh: computed at the current generation and younger than its max-age. */
export function isFresh(answer: StoredAnswer, generation: number, now: number): boolean {
  return answer.generation === generation && now - answer.storedAt < answer.maxAge * 1000;
}

/** Usable when the database fails: at most a day old, whatever its generation. */
export function isServableStale(answer: StoredAnswer, now: number): boolean {
  return now - answer.storedAt < STALE_IF_ERROR_SECONDS * 1000;
}

/** `max-age=N` of a `Cache-Control: public, …` header; 0 when the response is not publicly cacheable. */
export function publicMaxAge(cacheControl: string | null): number {
  if (!cacheControl || !/^public\b/i.test(cacheControl)) return 0;
  const match = /max-age=(\d+)/i.exec(cacheControl);
  return match ? Number(match[1]) : 0;
}

export function cacheControlFor(maxAge: number): string {
  return `public, max-age=${maxAge}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}

/** True when an If-None-Match header names this ETag (or is `*`). */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** A strong ETag from the bytes of the answer, so an unchanged answer keeps its ETag across writes. */
export async function etagOf(body: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (let i = 0; i < 12; i++) hex += digest[i].toString(16).padStart(2, '0');
  return `"${hex}"`;
}

/** Status and headers to serve a stored answer with; 304 without a body when the client has it. */
export function servingOf(
  answer: StoredAnswer,
  status: CacheStatus,
  ifNoneMatch: string | null | undefined,
  now: number,
) {
  const headers: Record<string, string> = {
    'content-type': answer.contentType,
    'cache-control': cacheControlFor(answer.maxAge),
    // Downstream caches subtract the age from max-age, so they never keep it longer than we would.
    age: String(Math.max(0, Math.floor((now - answer.storedAt) / 1000))),
    etag: answer.etag,
    'x-cache': status,
    'access-control-allow-origin': '*',
    vary: 'Accept',
  };
  if (etagMatches(ifNoneMatch, answer.etag)) return { status: 304, headers, body: null };
  headers['content-length'] = String(answer.body.byteLength);
  return { status: 200, headers, body: answer.body };
}

export function responseOf(serving: ReturnType<typeof servingOf>): Response {
  return new Response(serving.body as BodyInit | null, { status: serving.status, headers: serving.headers });
}
