import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { feedItems, feeds } from '../db/schema.js';
import type { PageFetcher } from '../fetch/page.js';
import { parseFeed } from './parse.js';

export { FeedParseError } from './parse.js';

/**
 * Adds a feed after fetching and parsing it once, so a wrong URL is refused at once (FetchError,
 * FeedParseError). Its validators are not kept: the first poll reads the whole feed.
 * The same URL twice is one feed.
 */
export async function addFeed(
  db: Database,
  fetchPage: PageFetcher,
  input: { url: string; source?: string | null },
  now: () => Date = () => new Date(),
): Promise<{ id: number; created: boolean }> {
  const [known] = await db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, input.url)).limit(1);
  if (known) return { id: known.id, created: false };
  const answer = await fetchPage(input.url);
  const parsed = parseFeed(answer.text);
  const inserted = await db
    .insert(feeds)
    .values({ url: input.url, title: parsed.title, source: input.source ?? null, createdAt: now().toISOString() })
    .onConflictDoNothing()
    .returning({ id: feeds.id });
  if (inserted.length) return { id: inserted[0].id, created: true };
  // Added concurrently by another request.
  const [row] = await db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, input.url)).limit(1);
  return { id: row.id, created: false };
}

/** Removes a feed and its item records; the articles stay. False when there was no such feed. */
export async function removeFeed(db: Database, id: number): Promise<boolean> {
  // Items are deleted explicitly: foreign keys (and so ON DELETE CASCADE) are not enforced on every driver.
  const [, removed] = await db.batch([
    db.delete(feedItems).where(eq(feedItems.feedId, id)),
    db.delete(feeds).where(eq(feeds.id, id)).returning({ id: feeds.id }),
  ]);
  return removed.length > 0;
}
