import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createServerAdapter } from '@whatwg-node/server';
import { createHandler } from './app.js';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase, projectRoot } from './db/node.js';
import { parseEditorTokens } from './corrections/editors.js';
import { seedIfEmpty } from './ingest/seed.js';
import { createExtractionPool, extractionPoolOptionsFromEnv } from './ingest/pool.js';
import { createNodeEdgeCache } from './cache/node.js';
import { graphiqlAssetHandler } from './http/graphiql.js';
import { serverTimeouts } from './http/server-timeouts.js';
import { rateLimitFromEnv } from './http/rate-limit.js';
import { fetchPolicyFromEnv } from './fetch/page.js';
import { nodePageFetcher } from './fetch/node.js';
import { feedPollSeconds, startFeedPoller } from './feeds/poll.js';
import { logServedFromMemory, withRequestLog } from './log/request-log.js';

/** GraphiQL's files, straight from the installed @graphql-yoga/graphiql package. */
const graphiqlDist = join(
  dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
);

export function bundledSamples() {
  const folder = join(projectRoot, 'data/articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? 4000);
  const db = openDatabase(env.DATABASE_URL ?? DEFAULT_DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(db);
  // Extraction runs on worker threads, so the thread that answers requests never waits for it.
  const pool = createExtractionPool(extractionPoolOptionsFromEnv(env));
  if (env.SEED_SAMPLES !== 'false') {
    const seeded = await seedIfEmpty(db, bundledSamples(), { extract: pool.run });
    if (seeded) console.log(`seeded ${seeded} sample articles`);
  }
  const edgeCache = createNodeEdgeCache(db);
  const fetchPage = nodePageFetcher(fetchPolicyFromEnv(env));
  const feedPoller = startFeedPoller(
    { db, fetchPage, onWrite: edgeCache.onWrite, extract: pool.run },
    feedPollSeconds(env),
  );
  const handler = createHandler({
    db,
    extract: pool.run,
    adminToken: env.ADMIN_TOKEN || undefined,
    editorTokens: parseEditorTokens(env.EDITOR_TOKENS),
    edgeCache,
    rateLimit: rateLimitFromEnv(env),
    graphiqlAssets: graphiqlAssetHandler((file) => readFile(join(graphiqlDist, file))),
    fetchPage,
    feedAdded: feedPoller.pollSoon,
  });
  const logRequests = env.LOG_REQUESTS === 'true';
  const logged = withRequestLog(handler, logRequests);
  // The client address comes from the socket, which no request header can change.
  const adapter = createServerAdapter<{ req: IncomingMessage }>(async (request, { req }) => {
    const response = await logged(request, { ip: req.socket.remoteAddress });
    // A body refused as too large or over the rate limit is left unread: close the connection rather
    // than read the rest of it to keep the socket.
    if (response.status === 413 || response.status === 429) response.headers.set('connection', 'close');
    return response;
  });
  // Fresh cache hits are answered from the raw request, before a Fetch API Request is even built;
  // each still spends the client's one point, so a flood of cached GETs is rate limited too.
  const server = createServer(serverTimeouts(env), (req, res) => {
    const started = performance.now();
    const admits = () => handler.admits({ ip: req.socket.remoteAddress }, req.headers.authorization);
    if (!edgeCache.serveFromMemory(req, res, admits)) adapter(req, res);
    else if (logRequests) logServedFromMemory(req, res, started);
  });
  server.on('close', () => void pool.close());
  await new Promise<void>((resolve) => server.listen(port, resolve));
  server.on('close', feedPoller.stop);
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  if (env.QUIET !== 'true') console.log(`newsgraph listening on http://localhost:${actualPort}/graphql`);
  return { server, db, port: actualPort, feedPoller, extraction: pool };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer().catch((error) => {
    console.error(`newsgraph failed to start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
