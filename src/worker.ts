/**
 * Cloudflare Workers entry. It differs from src/server.ts only in where the database comes from:
 * libSQL over HTTP (Turso) when DATABASE_URL is set, else the D1 binding `DB`. Everything else is
 * the shared handler from src/app.ts, built once per isolate.
 */
// Only the binding types: the app itself is written against the standard (DOM) Request/Response.
import type { D1Database, ExecutionContext, MessageBatch, Queue, ScheduledController } from '@cloudflare/workers-types';
import { drizzle as drizzleD1 } from 'drizzle-orm/d1';
import { drizzle as drizzleLibsql } from 'drizzle-orm/libsql/web';
import { createHandler, type ClientInfo } from './app.js';
import { rateLimitFromEnv } from './http/rate-limit.js';
import { withRequestLog } from './log/request-log.js';
import { relations, type Database } from './db/index.js';
import { seedIfEmpty, type SampleArticle } from './ingest/seed.js';
import { createWorkerEdgeCache } from './cache/worker-store.js';
import { createPageFetcher, fetchPolicyFromEnv, type PageFetcher, platformTransport } from './fetch/page.js';
import { consumeFeedMessages, enqueueFeedPoll, enqueueFeedPolls, type FeedMessage } from './feeds/queue.js';
import { parseEditorTokens } from './corrections/editors.js';
// The samples in data/articles/, bundled as text (wrangler.toml [[rules]]): a Worker has no file system.
import sample000 from '../data/articles/000_5a9255066343480c.txt';
import sample001 from '../data/articles/001_93d353854f972ce8.txt';
import sample002 from '../data/articles/002_83e5dde8b94cbfda.txt';
import sample003 from '../data/articles/003_bae74b74b1eba3ac.txt';
import sample004 from '../data/articles/004_9ce6642c7902259f.txt';

export const bundledSamples: SampleArticle[] = [
  { name: '000_5a9255066343480c.txt', text: sample000 },
  { name: '001_93d353854f972ce8.txt', text: sample001 },
  { name: '002_83e5dde8b94cbfda.txt', text: sample002 },
  { name: '003_bae74b74b1eba3ac.txt', text: sample003 },
  { name: '004_9ce6642c7902259f.txt', text: sample004 },
];

/** Bindings and secrets (same names as the Node server's environment; see API.md). */
export interface WorkerEnv {
  DB?: D1Database;
  DATABASE_URL?: string;
  DATABASE_AUTH_TOKEN?: string;
  ADMIN_TOKEN?: string;
  /** Editors who may make corrections: "name:token,…" (README "Editing"). */
  EDITOR_TOKENS?: string;
  SEED_SAMPLES?: string;
  /** Rate limit per client IP (points, points restored a second); see README "Limits and security". */
  RATE_LIMIT_POINTS?: string;
  RATE_LIMIT_RESTORE_RATE?: string;
  /** Fetch rules (README, "Fetching"); Cloudflare's fetch cannot reach private networks whatever this says. */
  FETCH_ALLOW_PRIVATE?: string;
  FETCH_TIMEOUT_SECONDS?: string;
  /** The feed queue (wrangler.toml [[queues.producers]]): the Cron Trigger and the consumer enqueue into it. */
  FEED_QUEUE?: Queue<FeedMessage>;
  /** "true": one JSON line per request with console.log (src/log/request-log.ts). */
  LOG_REQUESTS?: string;
}

export function openWorkerDatabase(env: WorkerEnv): Database {
  if (env.DATABASE_URL) {
    return drizzleLibsql({ connection: { url: env.DATABASE_URL, authToken: env.DATABASE_AUTH_TOKEN }, relations });
  }
  if (!env.DB) throw new Error('No database: set DATABASE_URL (libSQL/Turso) or bind a D1 database as DB.');
  // Both are drizzle's async SQLite database with the same query builders, relational queries,
  // run/all and batch; the app uses nothing else, so D1 stands in for the libSQL type. D1 has no
  // interactive transactions, which is why every multi-statement write in src/ingest is one batch.
  return drizzleD1(env.DB as never, { relations }) as unknown as Database;
}

interface IsolateApp {
  db: Database;
  fetchPage: PageFetcher;
  onWrite?: () => void;
  handle: (request: Request, client?: ClientInfo) => Promise<Response>;
  seeding?: Promise<void>;
}

// One app per isolate (keyed by env, which is the same object for every request an isolate serves).
const apps = new WeakMap<WorkerEnv, IsolateApp>();

function appFor(env: WorkerEnv): IsolateApp {
  let app = apps.get(env);
  if (!app) {
    const db = openWorkerDatabase(env);
    const edgeCache = createWorkerEdgeCache(db);
    const fetchPage = createPageFetcher(platformTransport, fetchPolicyFromEnv(env as Record<string, unknown>));
    const feedQueue = env.FEED_QUEUE;
    app = {
      db,
      fetchPage,
      onWrite: edgeCache.onWrite,
      handle: createHandler({
        db,
        adminToken: env.ADMIN_TOKEN || undefined,
        editorTokens: parseEditorTokens(env.EDITOR_TOKENS),
        rateLimit: rateLimitFromEnv(env as Record<string, unknown>),
        edgeCache,
        fetchPage,
        feedAdded: feedQueue && ((feedId) => enqueueFeedPoll(feedQueue, feedId)),
      }),
    };
    app.handle = withRequestLog(app.handle, env.LOG_REQUESTS === 'true');
    apps.set(env, app);
  }
  return app;
}

/**
 * Seeds an empty database once per isolate; requests wait for it so the first answer already has
 * the samples. Seeding is idempotent (by content hash), so isolates racing each other are harmless.
 * A failure is logged and retried by the next request rather than failing this one.
 */
function seedOnce(app: IsolateApp, env: WorkerEnv): Promise<void> | undefined {
  if (env.SEED_SAMPLES === 'false') return undefined;
  app.seeding ??= seedIfEmpty(app.db, bundledSamples).then(
    (stored) => {
      if (stored) console.log(`seeded ${stored} sample articles`);
    },
    (error: unknown) => {
      app.seeding = undefined;
      // drizzle wraps the driver's error (the useful part) as `cause`.
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      console.error(`seeding samples failed: ${error instanceof Error ? error.message : String(error)}${cause}`);
    },
  );
  return app.seeding;
}

export default {
  async fetch(request: Request, env: WorkerEnv, _ctx: ExecutionContext): Promise<Response> {
    let app: IsolateApp;
    try {
      app = appFor(env);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      return Response.json({ status: 'unavailable', reason: 'no database is configured' }, { status: 503 });
    }
    await seedOnce(app, env);
    // The edge cache (src/cache: caches.default, generation-keyed) is inside app.handle.
    // Cloudflare sets CF-Connecting-IP to the client's address and overwrites any value a client sent.
    return app.handle(request, { ip: request.headers.get('cf-connecting-ip') });
  },

  /** The Cron Trigger (wrangler.toml [triggers]): only enqueues, one message per feed. */
  async scheduled(_controller: ScheduledController, env: WorkerEnv, _ctx: ExecutionContext): Promise<void> {
    if (!env.FEED_QUEUE) throw new Error('No FEED_QUEUE binding: feeds are not polled.');
    const enqueued = await enqueueFeedPolls(appFor(env).db, env.FEED_QUEUE);
    if (enqueued) console.log(`enqueued ${enqueued} feed polls`);
  },

  /** The feed queue's consumer (src/feeds/queue.ts). */
  async queue(batch: MessageBatch<FeedMessage>, env: WorkerEnv, _ctx: ExecutionContext): Promise<void> {
    if (!env.FEED_QUEUE) throw new Error('No FEED_QUEUE binding.');
    const app = appFor(env);
    await consumeFeedMessages(batch, { db: app.db, fetchPage: app.fetchPage, onWrite: app.onWrite }, env.FEED_QUEUE);
  },
};
