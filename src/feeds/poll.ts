/**
 * Polling feeds: fetch a feed (conditionally), record the items it lists, and ingest each new one
 * from its page through the HTML path, or from the feed's own text when the page cannot be had.
 *
 * The two steps are separate so that on Workers each runs in its own queue message
 * (src/feeds/queue.ts); on Node `pollFeeds` runs both in-process with bounded concurrency. An item
 * is claimed by inserting its (feed, key) row: only the poller whose insert succeeded ingests it, so
 * polls, restarts and concurrent pollers never ingest an item twice (and ingestion is idempotent by
 * content hash besides). A failure is recorded on the feed or the item and never thrown past it.
 */
import { and, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { articles, feedItems, feeds } from '../db/schema.js';
import { fetchArticle } from '../fetch/ingest-url.js';
import type { PageFetcher } from '../fetch/page.js';
import { articleInputFromPage } from '../ingest/html.js';
import { absoluteHttpUrl } from '../ingest/html-metadata.js';
import { ingestArticle, type IngestInput } from '../ingest/index.js';
import type { ExtractionRunner } from '../ingest/extraction.js';
import { parseFeed, type FeedItem } from './parse.js';

export interface FeedDeps {
  db: Database;
  fetchPage: PageFetcher;
  now?: () => Date;
  /** Called after an article is stored (the caches' onWrite). */
  onWrite?: () => void;
  /** Runs extraction (the Node server's worker-thread pool); in-process when absent. */
  extract?: ExtractionRunner;
}

/** A claim older than this is taken over: the poller that made it died or hung. */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** An item that failed this many times is left alone (its lastError says why). */
export const MAX_ITEM_ATTEMPTS = 3;
/** Items read from one answer of a feed at most (feeds list their newest first). */
const MAX_ITEMS_PER_POLL = 200;
// D1 binds at most 100 parameters per statement; an item row binds up to 11 (defaults included).
const INSERT_CHUNK = 8;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

async function claimNewItems(db: Database, feedId: number, feedUrl: string, items: FeedItem[], claimedAt: string) {
  const rows = items.slice(0, MAX_ITEMS_PER_POLL).map((item) => ({
    feedId,
    key: item.key.slice(0, 2000),
    url: absoluteHttpUrl(item.url, feedUrl),
    title: item.title,
    publishedAt: item.publishedAt,
    content: item.content,
    claimedAt,
  }));
  const claimed: number[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const inserted = await db
      .insert(feedItems)
      .values(rows.slice(i, i + INSERT_CHUNK))
      .onConflictDoNothing()
      .returning({ id: feedItems.id });
    claimed.push(...inserted.map((row) => row.id));
  }
  return claimed;
}

/** Items to try again: failed ones with attempts left, and claims past their lease. */
async function reclaimItems(db: Database, feedId: number, now: Date) {
  const expired = new Date(now.getTime() - CLAIM_LEASE_MS).toISOString();
  const rows = await db
    .update(feedItems)
    .set({ state: 'PENDING', claimedAt: now.toISOString() })
    .where(
      and(
        eq(feedItems.feedId, feedId),
        or(
          and(eq(feedItems.state, 'FAILED'), lt(feedItems.attempts, MAX_ITEM_ATTEMPTS)),
          and(eq(feedItems.state, 'PENDING'), lt(feedItems.claimedAt, expired)),
        ),
      ),
    )
    .returning({ id: feedItems.id });
  return rows.map((row) => row.id);
}

/**
 * Fetches one feed and claims the items it has not seen; returns the ids of the items this caller
 * is to ingest (new ones and ones due a retry). Errors go to the feed's lastError.
 */
export async function refreshFeed(deps: FeedDeps, feedId: number): Promise<number[]> {
  const { db } = deps;
  const now = deps.now?.() ?? new Date();
  const [feed] = await db.select().from(feeds).where(eq(feeds.id, feedId)).limit(1);
  if (!feed) return [];
  let claimed: number[] = [];
  try {
    const headers: Record<string, string> = {};
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    const answer = await deps.fetchPage(feed.url, { headers });
    const parsed = answer.notModified ? null : parseFeed(answer.text);
    if (parsed) claimed = await claimNewItems(db, feed.id, answer.url, parsed.items, now.toISOString());
    await db
      .update(feeds)
      .set({
        lastFetchedAt: now.toISOString(),
        lastError: null,
        title: feed.title ?? parsed?.title ?? null,
        ...(parsed ? { etag: answer.etag, lastModified: answer.lastModified } : {}),
      })
      .where(eq(feeds.id, feed.id));
  } catch (error) {
    await db
      .update(feeds)
      .set({ lastFetchedAt: now.toISOString(), lastError: messageOf(error) })
      .where(eq(feeds.id, feed.id));
  }
  return [...claimed, ...(await reclaimItems(db, feed.id, now))];
}

/** A feed's text of an item, read as an HTML fragment whether or not it starts with a tag. */
const asFragment = (content: string) => `<div>${content}</div>`;

/** Ingests one claimed item; true when it is now stored. Failures are recorded on the item. */
export async function ingestItem(deps: FeedDeps, itemId: number): Promise<boolean> {
  const { db } = deps;
  const [row] = await db
    .select({ item: feedItems, source: feeds.source })
    .from(feedItems)
    .innerJoin(feeds, eq(feeds.id, feedItems.feedId))
    .where(eq(feedItems.id, itemId))
    .limit(1);
  if (!row || row.item.state === 'INGESTED') return !!row;
  const { item } = row;
  try {
    let input: IngestInput;
    try {
      if (!item.url) throw new Error('The item has no link.');
      input = await fetchArticle(
        deps.fetchPage,
        { url: item.url, source: row.source },
        { title: item.title, publishedAt: item.publishedAt },
      );
    } catch (pageError) {
      if (!item.content) throw pageError;
      input = articleInputFromPage({
        text: asFragment(item.content),
        title: item.title,
        url: item.url,
        publishedAt: item.publishedAt,
        source: row.source,
      });
    }
    const result = await ingestArticle(db, input, { extract: deps.extract });
    await db
      .update(feedItems)
      .set({
        state: 'INGESTED',
        articleId: result.articleId,
        content: null,
        lastError: null,
        attempts: sql`${feedItems.attempts} + 1`,
      })
      .where(eq(feedItems.id, item.id));
    if (result.created) deps.onWrite?.();
    return true;
  } catch (error) {
    await db
      .update(feedItems)
      .set({ state: 'FAILED', lastError: messageOf(error), attempts: sql`${feedItems.attempts} + 1` })
      .where(eq(feedItems.id, item.id));
    return false;
  }
}

/** Runs `task` over `values`, at most `limit` at a time. */
async function eachLimited<T>(values: T[], limit: number, task: (value: T) => Promise<unknown>) {
  let next = 0;
  const worker = async () => {
    while (next < values.length) await task(values[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
}

export interface PollSummary {
  feeds: number;
  ingested: number;
  failed: number;
}

/** Refreshes one feed and ingests the items it claimed, a few at a time. */
export async function pollFeed(
  deps: FeedDeps,
  feedId: number,
  concurrency = 4,
  summary: PollSummary = { feeds: 0, ingested: 0, failed: 0 },
): Promise<PollSummary> {
  summary.feeds++;
  const items = await refreshFeed(deps, feedId);
  await eachLimited(items, concurrency, async (itemId) => {
    if (await ingestItem(deps, itemId)) summary.ingested++;
    else summary.failed++;
  });
  return summary;
}

/** Polls every feed and ingests their new items, a few feeds and items at a time. */
export async function pollFeeds(deps: FeedDeps, concurrency = 4): Promise<PollSummary> {
  const summary: PollSummary = { feeds: 0, ingested: 0, failed: 0 };
  const rows = await deps.db.select({ id: feeds.id }).from(feeds).orderBy(feeds.id);
  await eachLimited(rows, concurrency, ({ id }) => pollFeed(deps, id, concurrency, summary));
  return summary;
}

/** Articles stored from each of the given feeds' items (deleted articles not counted). */
export async function articleCounts(db: Database, feedIds: number[]): Promise<Map<number, number>> {
  if (!feedIds.length) return new Map();
  const rows = await db
    .select({ feedId: feedItems.feedId, count: sql<number>`count(distinct ${articles.id})` })
    .from(feedItems)
    .innerJoin(articles, eq(articles.id, feedItems.articleId))
    .where(inArray(feedItems.feedId, feedIds))
    .groupBy(feedItems.feedId);
  return new Map(rows.map((row) => [row.feedId, Number(row.count)]));
}

/** FEED_POLL_SECONDS: seconds between polls on Node (default 300; 0 turns polling off). */
export function feedPollSeconds(env: Record<string, string | undefined>): number {
  const seconds = Number(env.FEED_POLL_SECONDS ?? 300);
  return Number.isFinite(seconds) ? seconds : 300;
}

export interface FeedPoller {
  /** Polls now, outside the schedule (what the timer calls). */
  pollNow: () => Promise<PollSummary>;
  /** Polls one feed in the background (a feed just added); failures are on the Feed and its items. */
  pollSoon: (feedId: number) => void;
  stop: () => void;
}

/**
 * Polls every `seconds` (the first poll one period after start; 0 or less: only on pollNow). A poll
 * still running when the next is due is not doubled. A poll that throws (the database away) is
 * logged and the next one runs.
 */
export function startFeedPoller(deps: FeedDeps, seconds: number): FeedPoller {
  const pollNow = () => pollFeeds(deps);
  const pollSoon = (feedId: number) => {
    pollFeed(deps, feedId).catch((error) => console.error(`feed poll failed: ${messageOf(error)}`));
  };
  if (!(seconds > 0)) return { pollNow, pollSoon, stop: () => {} };
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await pollNow();
    } catch (error) {
      console.error(`feed poll failed: ${messageOf(error)}`);
    } finally {
      running = false;
    }
  }, seconds * 1000);
  timer.unref?.();
  return { pollNow, pollSoon, stop: () => clearInterval(timer) };
}
