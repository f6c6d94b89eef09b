/**
 * Feeds on Workers: one scheduled invocation cannot fetch and extract hundreds of items within its
 * CPU limit, so the Cron Trigger only enqueues one message per feed; the queue consumer refreshes a
 * feed and enqueues one message per item to ingest, and ingests an item per such message. A message
 * that fails is retried by the queue (wrangler.toml: max_retries, then the dead-letter queue).
 */
import type { MessageBatch, Queue } from '@cloudflare/workers-types';
import type { Database } from '../db/index.js';
import { feeds } from '../db/schema.js';
import { type FeedDeps, ingestItem, refreshFeed } from './poll.js';

export type FeedMessage = { kind: 'feed'; feedId: number } | { kind: 'item'; itemId: number };

// A queue takes at most 100 messages per sendBatch.
const SEND_CHUNK = 100;

async function sendAll(queue: Queue<FeedMessage>, bodies: FeedMessage[]) {
  for (let i = 0; i < bodies.length; i += SEND_CHUNK) {
    await queue.sendBatch(bodies.slice(i, i + SEND_CHUNK).map((body) => ({ body })));
  }
}

/** A first poll of a feed just added, through the queue like the cron's. */
export async function enqueueFeedPoll(queue: Queue<FeedMessage>, feedId: number): Promise<void> {
  await queue.send({ kind: 'feed', feedId });
}

/** The cron's whole job: one message per feed. */
export async function enqueueFeedPolls(db: Database, queue: Queue<FeedMessage>): Promise<number> {
  const rows = await db.select({ id: feeds.id }).from(feeds).orderBy(feeds.id);
  await sendAll(
    queue,
    rows.map((row) => ({ kind: 'feed', feedId: row.id })),
  );
  return rows.length;
}

/** The consumer: a feed message enqueues its items to ingest; an item message ingests one. */
export async function consumeFeedMessages(
  batch: MessageBatch<FeedMessage>,
  deps: FeedDeps,
  queue: Queue<FeedMessage>,
): Promise<void> {
  for (const message of batch.messages) {
    try {
      const body = message.body;
      if (body.kind === 'feed') {
        const items = await refreshFeed(deps, body.feedId);
        await sendAll(
          queue,
          items.map((itemId) => ({ kind: 'item', itemId })),
        );
        message.ack();
      } else if (await ingestItem(deps, body.itemId)) {
        message.ack();
      } else {
        message.retry();
      }
    } catch (error) {
      console.error(`feed message failed: ${error instanceof Error ? error.message : String(error)}`);
      message.retry();
    }
  }
}
