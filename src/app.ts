import { createYoga, type Plugin } from 'graphql-yoga';
import { sql } from 'drizzle-orm';
import type { Context } from './context.js';
import type { Database } from './db/index.js';
import type { PageFetcher } from './fetch/page.js';
import { extractInProcess, type ExtractionRunner } from './ingest/extraction.js';
import { logger, maskError, useShortErrorMessages } from './http/errors.js';
import { schema } from './schema/index.js';
import { exampleQuery } from './http/example-query.js';
import { createDocumentCaches } from './cache/document-cache.js';
import type { EdgeCache } from './cache/http-cache.js';
import { ADMIN_EDITOR, type EditorToken } from './corrections/editors.js';
import { GRAPHIQL_ASSET_PREFIX, renderGraphiQLPage } from './http/graphiql.js';
import { admitRequest, LIMITS, limitPlugins } from './http/limits.js';
import { clientKey, CostRateLimiter, DEFAULT_RATE_LIMIT, type RateLimitOptions } from './http/rate-limit.js';

export interface AppOptions {
  db: Database;
  /** Where ingestion extracts articles: a worker-thread pool on Node, this thread on the Worker (the default). */
  extract?: ExtractionRunner;
  /** Bearer token that mutations require; undefined disables every mutation. */
  adminToken?: string;
  /** Editors' bearer tokens (`EDITOR_TOKENS`), which may make corrections (src/corrections). */
  editorTokens?: EditorToken[];
  /** Extra Envelop/Yoga plugins (caching, limits) supplied by the runtime. */
  plugins?: Plugin[];
  /** Edge cache (src/cache): cached GET answers before Yoga, cache headers and POST response cache inside it. */
  edgeCache?: EdgeCache;
  /** Per-client rate limit by query cost (default DEFAULT_RATE_LIMIT; capacity 0 turns it off). */
  rateLimit?: RateLimitOptions;
  /** Serves GraphiQL's files under /graphiql/ where no static asset service does (Node). */
  graphiqlAssets?: (request: Request) => Promise<Response>;
  /** Fetches pages and feeds for ingestUrl and addFeed (src/fetch: a transport per runtime). */
  fetchPage?: PageFetcher;
  /** Starts a first poll of a feed just added (src/feeds). */
  feedAdded?: (feedId: number) => void | Promise<void>;
}

/**
 * What the runtime knows of the client: its address, from the socket on Node and from
 * `CF-Connecting-IP` on Workers; never from a header a client could set on Node.
 */
export interface ClientInfo {
  ip?: string | null;
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function tokenMatches(given: string, expected: string): boolean {
  const a = new TextEncoder().encode(given);
  const b = new TextEncoder().encode(expected);
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a[i % (a.length || 1)] ?? 0) ^ b[i];
  return diff === 0;
}

function bearerOf(header: string | null | undefined): string | undefined {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match?.[1].trim();
}

export function isAdminRequest(request: Request, adminToken: string | undefined): boolean {
  return isAdminAuthorization(request.headers.get('authorization'), adminToken);
}

/** True when an `Authorization` header carries the admin token. */
export function isAdminAuthorization(header: string | null | undefined, adminToken: string | undefined): boolean {
  if (!adminToken) return false;
  const given = bearerOf(header);
  return given !== undefined && tokenMatches(given, adminToken);
}

/** The editor the request acts for: `admin` with the admin token, a name from `EDITOR_TOKENS`, else null. */
export function editorOfRequest(request: Request, options: Pick<AppOptions, 'adminToken' | 'editorTokens'>) {
  if (isAdminRequest(request, options.adminToken)) return ADMIN_EDITOR;
  const given = bearerOf(request.headers.get('authorization'));
  if (given === undefined) return null;
  // Every token is compared, so the time taken does not tell which one (or whether any) matched.
  let editor: string | null = null;
  for (const { name, token } of options.editorTokens ?? []) if (tokenMatches(given, token) && !editor) editor = name;
  return editor;
}

export function createGraphQLServer(
  options: AppOptions,
  limiter = new CostRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
) {
  // The server context carries `clientKey` (the rate-limit bucket) into the GraphQL context.
  return createYoga<{ clientKey?: string }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maskedErrors: { maskError },
    logging: logger,
    cors: {
      origin: '*',
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'if-none-match'],
    },
    graphiql: { title: 'newsgraph', defaultQuery: exampleQuery },
    renderGraphiQL: () => renderGraphiQLPage({ title: 'newsgraph', query: exampleQuery }),
    maxRequestBodySize: LIMITS.maxBodyBytes,
    parserAndValidationCache: createDocumentCaches(),
    context: ({ request }) => ({
      db: options.db,
      extract: options.extract ?? extractInProcess,
      signal: request.signal,
      isAdmin: isAdminRequest(request, options.adminToken),
      editor: editorOfRequest(request, options),
      onWrite: options.edgeCache?.onWrite,
      fetchPage: options.fetchPage,
      feedAdded: options.feedAdded,
    }),
    plugins: [
      useShortErrorMessages(),
      ...limitPlugins(limiter),
      ...(options.edgeCache?.plugins ?? []),
      ...(options.plugins ?? []),
    ],
  });
}

/** `/health`: 200 when the database answers, 503 with the reason when it does not. */
export async function health(db: Database): Promise<Response> {
  try {
    await db.run(sql`select 1`);
    return Response.json({ status: 'ok' });
  } catch {
    return Response.json({ status: 'unavailable', reason: 'database did not answer' }, { status: 503 });
  }
}

/**
 * The whole HTTP surface as one fetch handler, the same on Node and on Workers. `admits` spends the
 * point every request costs for a client and says whether its bucket held it, for an answer served
 * outside the handler (Node's in-memory cache hits); a refused client then goes through the handler,
 * which answers the 429.
 */
export function createHandler(options: AppOptions) {
  const limiter = new CostRateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const yoga = createGraphQLServer(options, limiter);
  const admits = (client: ClientInfo, authorization: string | null | undefined) =>
    !admitRequest(limiter, clientKey(client.ip), isAdminAuthorization(authorization, options.adminToken));
  const handle = async (request: Request, client: ClientInfo = {}): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === '/health') return health(options.db);
    const key = clientKey(client.ip);
    const bodyBytes = Number(request.headers.get('content-length')) || 0;
    const refused = admitRequest(limiter, key, isAdminRequest(request, options.adminToken), bodyBytes);
    if (refused) return refused;
    if (pathname === '/') return Response.redirect(new URL('/graphql', request.url).toString(), 302);
    if (pathname.startsWith(GRAPHIQL_ASSET_PREFIX) && options.graphiqlAssets) return options.graphiqlAssets(request);
    const run = async (r: Request) => yoga.fetch(r, { clientKey: key });
    if (options.edgeCache) return options.edgeCache.handle(request, run);
    return run(request);
  };
  return Object.assign(handle, { admits });
}
