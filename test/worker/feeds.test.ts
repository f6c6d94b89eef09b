// Feeds on the Worker, inside workerd: the Cron Trigger enqueues into the real (miniflare) queue, the
// queue delivers to this Worker's consumer, which fetches from a loopback news site started in Node by
// test/worker/feeds-site-setup.ts and ingests into the local D1.
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import worker from '../../src/worker.js';
import { asAdmin, gql } from './helpers.js';

const origin = inject('newsSiteOrigin');

const addFeed = `mutation($input: AddFeedInput!) { addFeed(input: $input) { created feed { id title } } }`;

async function ingestedItems(): Promise<number> {
  return (
    (await env.DB.prepare(`select count(*) as n from feed_items where state = 'INGESTED'`).first<number>('n')) ?? 0
  );
}

const unrefreshed = () =>
  env.DB.prepare('select count(*) as n from feeds where last_fetched_at is null').first<number>('n');

async function siteStats(): Promise<{ pageFetches: Record<string, number> }> {
  return (await fetch(`${origin}/control/stats`)).json();
}

async function runCron() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: '*/5 * * * *' }) as never, env as never, ctx as never);
  await waitOnExecutionContext(ctx);
}

describe('feeds on the Worker: a Cron Trigger and a Queue', () => {
  it('addFeed fetches a feed from the loopback site through the Worker, and its first poll goes through the queue at once', async () => {
    const rss = await gql(addFeed, { input: { url: `${origin}/feeds/rss.xml`, source: 'The Athens Herald' } }, asAdmin);
    expect(rss.body.errors).toBeUndefined();
    expect(rss.body.data.addFeed).toMatchObject({ created: true, feed: { title: 'The Athens Herald & Islands' } });
    const json = await gql(addFeed, { input: { url: `${origin}/feeds/feed.json` } }, asAdmin);
    expect(json.body.data.addFeed.created).toBe(true);
    // No cron yet: the queue delivers addFeed's message to the consumer.
    await expect.poll(ingestedItems, { timeout: 20_000, interval: 200 }).toBe(4);
  });

  it('the cron enqueues a poll of every feed, and the items are there with dates and speakers', async () => {
    await env.DB.prepare('update feeds set last_fetched_at = null').run();
    await runCron();
    await expect.poll(unrefreshed, { timeout: 20_000, interval: 200 }).toBe(0);
    expect(await ingestedItems()).toBe(4);
    const { body } = await gql(`{ feeds(first: 10) { edges { node { url lastError articleCount lastFetchedAt } } }
      articles(first: 50) { edges { node { title publishedAt quotes(first: 5) { edges { node { speaker { ... on Person { name } } } } } } } } }`);
    const feeds = body.data.feeds.edges.map((e: any) => e.node);
    expect(feeds.map((f: any) => [f.articleCount, f.lastError])).toEqual([
      [2, null],
      [2, null],
    ]);
    const wildfire = body.data.articles.edges
      .map((e: any) => e.node)
      .find((a: any) => a.title === 'Greece unveils a new wildfire plan for the islands');
    expect(wildfire.publishedAt).toBe('2024-07-03T06:15:00.000Z');
    expect(wildfire.quotes.edges.map((e: any) => e.node.speaker?.name)).toContain('Nikos Andreou');
  });

  it('a new item arrives on the next cron, and no page is fetched twice', async () => {
    await fetch(`${origin}/control/publish`);
    await runCron();
    await expect.poll(ingestedItems, { timeout: 20_000, interval: 200 }).toBe(5);
    // A third round finds nothing new: once both feeds are refreshed, no item was claimed.
    await env.DB.prepare('update feeds set last_fetched_at = null').run();
    await runCron();
    await expect.poll(unrefreshed, { timeout: 20_000, interval: 200 }).toBe(0);
    expect(await env.DB.prepare('select count(*) as n from feed_items').first<number>('n')).toBe(5);
    expect(await ingestedItems()).toBe(5);
    const { pageFetches } = await siteStats();
    expect(pageFetches['/news/ferry-fares']).toBe(1);
    for (const [path, times] of Object.entries(pageFetches)) expect(times, path).toBe(1);
  });

  it('the consumer asks the queue to retry an item that cannot be ingested, and acks the rest', async () => {
    const { body } = await gql(`{ feeds(first: 1) { edges { node { id } } } }`);
    const feedRow = await env.DB.prepare('select id from feeds order by id limit 1').first<number>('id');
    expect(body.data.feeds.edges).toHaveLength(1);
    const failing = await env.DB.prepare(
      `insert into feed_items (feed_id, key, url, title, claimed_at) values (?, 'gone-1', ?, 'Gone', ?) returning id`,
    )
      .bind(feedRow, `${origin}/news/gone`, new Date().toISOString())
      .first<number>('id');
    const ingested = await env.DB.prepare(`select id from feed_items where state = 'INGESTED' limit 1`).first<number>(
      'id',
    );
    const batch = createMessageBatch('newsgraph-feeds', [
      { id: 'fails', timestamp: new Date(), attempts: 1, body: { kind: 'item', itemId: failing } },
      { id: 'done', timestamp: new Date(), attempts: 1, body: { kind: 'item', itemId: ingested } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch as never, env as never, ctx as never);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['fails']);
    expect(result.explicitAcks).toEqual(['done']);
    const item = await env.DB.prepare('select state, last_error from feed_items where id = ?')
      .bind(failing)
      .first<any>();
    expect(item.state).toBe('FAILED');
    expect(item.last_error).toMatch(/answered 404/);
  });

  it('refuses the loopback site when FETCH_ALLOW_PRIVATE is not set', async () => {
    const strictEnv = { ...env, FETCH_ALLOW_PRIVATE: undefined };
    const response = await worker.fetch(
      new Request('http://newsgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asAdmin },
        body: JSON.stringify({ query: addFeed, variables: { input: { url: `${origin}/feeds/atom.xml` } } }),
      }) as never,
      strictEnv as never,
      createExecutionContext() as never,
    );
    const answer = (await response.json()) as any;
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PRIVATE_ADDRESS' });
  });

  it('claims a feed of 30 new items within D1’s bound-parameter limit and ingests them all through the queue', async () => {
    const before = await ingestedItems();
    const added = await gql(addFeed, { input: { url: `${origin}/feeds/many.json` } }, asAdmin);
    expect(added.body.errors).toBeUndefined();
    const many = () =>
      env.DB.prepare(`select last_fetched_at, last_error from feeds where url like '%many.json'`).first<any>();
    await expect.poll(async () => (await many()).last_fetched_at, { timeout: 20_000, interval: 200 }).not.toBeNull();
    expect((await many()).last_error).toBeNull();
    await expect.poll(ingestedItems, { timeout: 60_000, interval: 500 }).toBe(before + 30);
  }, 90_000);
});
