import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, isNull } from 'drizzle-orm';
import { articles, feedItems, feeds } from '../../src/db/schema.js';
import { pollFeeds } from '../../src/feeds/poll.js';
import { nodePageFetcher } from '../../src/fetch/node.js';
import { fetchPolicyFromEnv } from '../../src/fetch/page.js';
import { startServer } from '../../src/server.js';
import { ADMIN_TOKEN, asAdmin } from '../helpers/server.js';
import { type NewsSite, nextItem, startNewsSite } from './site.js';

// A short time cap, so the slow feed fails quickly; polls are run by the tests (pollNow), not a timer.
const env = {
  ADMIN_TOKEN,
  SEED_SAMPLES: 'false',
  FETCH_ALLOW_PRIVATE: 'true',
  FETCH_TIMEOUT_SECONDS: '1.5',
  FEED_POLL_SECONDS: '0',
  QUIET: 'true',
};

type Running = Awaited<ReturnType<typeof startServer>>;

async function gql(server: Running, query: string, variables?: Record<string, unknown>, headers = asAdmin) {
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: any }[] };
}

async function stop(server: Running) {
  server.server.closeAllConnections();
  await new Promise<void>((resolve) => server.server.close(() => resolve()));
  server.db.$client.close();
}

const addFeed = `mutation($input: AddFeedInput!) { addFeed(input: $input) { created feed { id url title source } } }`;
const feedsQuery = `{ feeds(first: 20) { totalCount edges { node { id url title lastFetchedAt lastError articleCount } } } }`;
const articlesQuery = `{ articles(first: 50, orderBy: NEWEST) { totalCount edges { node {
  title url publishedAt source { name }
  quotes(first: 5) { edges { node { text speaker { ... on Person { name } } } } }
} } } }`;

describe('feeds, polled from a loopback news site into a real database', () => {
  let site: NewsSite;
  let dir: string;
  let databaseUrl: string;
  let server: Running;
  // The server's own poller (its fetch rules, its cache invalidation).
  const poll = () => server.feedPoller.pollNow();
  const storedArticles = async () => (await server.db.select({ n: count() }).from(articles))[0].n;
  // addFeed starts a first poll in the background: wait until every feed was polled and no item is pending.
  const settled = async () => {
    const unpolled = (await server.db.select({ n: count() }).from(feeds).where(isNull(feeds.lastFetchedAt)))[0].n;
    const pending = (await server.db.select({ n: count() }).from(feedItems).where(eq(feedItems.state, 'PENDING')))[0].n;
    return unpolled + pending === 0;
  };
  const waitSettled = () => expect.poll(settled, { timeout: 20_000, interval: 100 }).toBe(true);
  const feedByUrl = async (path: string) =>
    (await gql(server, feedsQuery)).data.feeds.edges.map((e: any) => e.node).find((f: any) => f.url.endsWith(path));
  const articlesNow = async () => (await gql(server, articlesQuery)).data.articles.edges.map((e: any) => e.node);

  beforeAll(async () => {
    site = await startNewsSite();
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'));
    databaseUrl = `file:${join(dir, 'feeds.db')}`;
    server = await startServer({ ...env, PORT: '0', DATABASE_URL: databaseUrl });
  });
  afterAll(async () => {
    await stop(server);
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('addFeed fetches the feed once, takes its title, and refuses what is not a feed or not allowed', async () => {
    const rss = await gql(server, addFeed, {
      input: { url: `${site.origin}/feeds/rss.xml`, source: 'The Athens Herald' },
    });
    expect(rss.errors).toBeUndefined();
    expect(rss.data.addFeed).toMatchObject({
      created: true,
      feed: { title: 'The Athens Herald & Islands', source: 'The Athens Herald' },
    });
    const again = await gql(server, addFeed, { input: { url: `${site.origin}/feeds/rss.xml` } });
    expect(again.data.addFeed.created).toBe(false);
    expect(again.data.addFeed.feed.id).toBe(rss.data.addFeed.feed.id);
    for (const path of ['/feeds/atom.xml', '/feeds/feed.json']) {
      expect((await gql(server, addFeed, { input: { url: `${site.origin}${path}` } })).errors).toBeUndefined();
    }

    const notFeed = await gql(server, addFeed, { input: { url: `${site.origin}/feeds/not-a-feed` } });
    expect(notFeed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_A_FEED' });
    const missing = await gql(server, addFeed, { input: { url: `${site.origin}/feeds/none.xml` } });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'HTTP_STATUS' });
    const anonymous = await gql(server, addFeed, { input: { url: `${site.origin}/feeds/rss.xml` } }, {} as never);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(server, feedsQuery)).data.feeds.totalCount).toBe(3);
  });

  it('addFeed’s first poll ingests every item from its page, with its date and speakers; articles are counted per feed', async () => {
    await waitSettled();
    expect(await storedArticles()).toBe(6);
    // A poll right after finds nothing more.
    expect(await poll()).toMatchObject({ feeds: 3, ingested: 0, failed: 0 });
    const articles = await articlesNow();
    const byTitle = new Map(articles.map((a: any) => [a.title, a]));
    const wildfire: any = byTitle.get('Greece unveils a new wildfire plan for the islands');
    expect(wildfire).toMatchObject({ publishedAt: '2024-07-03T06:15:00.000Z', source: { name: 'The Athens Herald' } });
    const speakers = wildfire.quotes.edges.map((e: any) => e.node.speaker?.name);
    expect(speakers).toContain('Nikos Andreou');
    expect(byTitle.get('Minoan harbour found under Heraklion car park')).toMatchObject({
      publishedAt: '2024-11-02T12:05:00.000Z',
    });
    expect(byTitle.get('Port workers strike over automation plan')).toBeDefined();
    expect(articles).toHaveLength(6);

    const rss = await feedByUrl('/feeds/rss.xml');
    expect(rss).toMatchObject({ lastError: null, articleCount: 2 });
    expect(rss.lastFetchedAt).not.toBeNull();
    expect((await feedByUrl('/feeds/atom.xml')).articleCount).toBe(2);
    expect((await feedByUrl('/feeds/feed.json')).articleCount).toBe(2);
  });

  it('takes the item’s title and date when the page has none', async () => {
    const road = (await articlesNow()).find((a: any) => a.title === 'Coastal road to reopen on Monday');
    expect(road).toMatchObject({ publishedAt: '2024-07-05T07:00:00.000Z' });
    expect(road.url).toBe(`${site.origin}/news/coastal-road`);
    expect(road.quotes.edges.map((e: any) => e.node.speaker?.name)).toContain('Yannis Doukas');
  });

  it('ingests the feed’s own content when the page cannot be fetched', async () => {
    const shipyard = (await articlesNow()).find((a: any) => a.title === 'Shipyard orders rise for a third year');
    expect(shipyard).toMatchObject({ publishedAt: '2024-09-13T07:00:00.000Z', url: `${site.origin}/news/gone` });
    const quotes = shipyard.quotes.edges.map((e: any) => [e.node.text, e.node.speaker?.name]);
    expect(quotes).toContainEqual(['We have work until 2027,', 'Kostas Mavros']);
  });

  it('polls conditionally and ingests nothing twice across polls', async () => {
    const fetchesBefore = new Map(site.pageFetches);
    const answers = { ...site.rssAnswers };
    const summary = await poll();
    expect(summary.ingested).toBe(0);
    expect(site.rssAnswers.notModified).toBe(answers.notModified + 1);
    expect(site.rssAnswers.full).toBe(answers.full);
    expect(site.pageFetches).toEqual(fetchesBefore);
    expect(await articlesNow()).toHaveLength(6);
  });

  it('ingests a new item on the next poll, once, however many pollers run at the same time', async () => {
    site.rssItems.unshift(nextItem);
    site.rssVersion++;
    // The server's poller and two more over the same database, as other processes would be.
    const other = { db: server.db, fetchPage: nodePageFetcher(fetchPolicyFromEnv(env)) };
    const summaries = await Promise.all([poll(), pollFeeds(other), pollFeeds(other)]);
    expect(summaries.reduce((sum, s) => sum + s.ingested, 0)).toBe(1);
    expect(site.pageFetches.get('/news/ferry-fares')).toBe(1);
    expect(await storedArticles()).toBe(7);
    // Read with a query not asked before: the other pollers do not tell this server's cache of their writes.
    const newest = await gql(server, articlesQuery.replace('first: 50', 'first: 1'));
    const fares = newest.data.articles.edges[0].node;
    expect(fares.title).toBe('Ferry fares to be frozen for the winter');
    expect(fares.publishedAt).toBe('2024-12-01T06:00:00.000Z');
    expect(fares.quotes.edges.map((e: any) => e.node.speaker?.name)).toContain('Petros Lianos');
    expect((await feedByUrl('/feeds/rss.xml')).articleCount).toBe(3);
  });

  it('ingests nothing again after a restart on the same database, even when the feed answers in full', async () => {
    await stop(server);
    server = await startServer({ ...env, PORT: '0', DATABASE_URL: databaseUrl });
    site.rssVersion++; // a new ETag: the whole feed again, same items
    const fetchesBefore = new Map(site.pageFetches);
    const summary = await poll();
    expect(summary.ingested).toBe(0);
    expect(site.pageFetches).toEqual(fetchesBefore);
    expect(await articlesNow()).toHaveLength(7);
  });

  it('records a broken, slow, huge or missing feed on the Feed, and the other feeds and the API go on', async () => {
    for (const path of ['/feeds/broken.xml', '/feeds/slow.xml', '/feeds/huge.xml', '/feeds/vanishing.xml']) {
      // Each is a good feed (the Atom one) when added and for its first poll, and fails afterwards.
      const failing = site.routes.get(path);
      site.routes.set(path, site.routes.get('/feeds/atom.xml')!);
      expect((await gql(server, addFeed, { input: { url: `${site.origin}${path}` } })).errors).toBeUndefined();
      await waitSettled();
      if (failing) site.routes.set(path, failing);
    }
    site.routes.delete('/feeds/vanishing.xml');
    site.rssItems.unshift({
      guid: 'herald-4200',
      path: '/news/metro',
      title: 'Metro',
      pubDate: 'Sat, 16 Mar 2024 09:00:00 GMT',
    });
    site.rssVersion++;

    const polling = poll();
    // The API answers while the slow feed is being waited for.
    expect((await gql(server, '{ articles(first: 1) { totalCount } }')).data.articles.totalCount).toBe(7);
    await polling;

    expect((await feedByUrl('/feeds/broken.xml')).lastError).toMatch(/not well-formed XML/);
    expect((await feedByUrl('/feeds/slow.xml')).lastError).toMatch(/took too long/);
    expect((await feedByUrl('/feeds/huge.xml')).lastError).toMatch(/over the limit/);
    expect((await feedByUrl('/feeds/vanishing.xml')).lastError).toMatch(/answered 404/);
    expect((await feedByUrl('/feeds/rss.xml')).lastError).toBeNull();
    // The healthy feed's new item arrived in the same poll (the metro page was ingested before, from the JSON feed).
    expect((await feedByUrl('/feeds/rss.xml')).articleCount).toBe(4);
  });

  it('removeFeed stops polling a feed and keeps its articles', async () => {
    const feed = await feedByUrl('/feeds/broken.xml');
    const removed = await gql(server, `mutation($id: ID!) { removeFeed(id: $id) { deletedId } }`, { id: feed.id });
    expect(removed.data.removeFeed.deletedId).toBe(feed.id);
    expect(await feedByUrl('/feeds/broken.xml')).toBeUndefined();
    const again = await gql(server, `mutation($id: ID!) { removeFeed(id: $id) { deletedId } }`, { id: feed.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const node = await gql(server, `query($id: ID!) { node(id: $id) { id } }`, {
      id: (await feedByUrl('/feeds/rss.xml')).id,
    });
    expect(node.data.node).not.toBeNull();
    expect(await storedArticles()).toBe(7);
  });
});

describe('an item whose page cannot be fetched and that has no text in the feed', () => {
  it('is recorded as failed, tried again on later polls, and ingested once its page is back', async () => {
    const site = await startNewsSite();
    site.routes.set('/feeds/flaky.json', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          items: [{ id: 'flaky-1', url: `${site.origin}/news/flaky`, title: 'Flaky' }],
        }),
      ),
    );
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'));
    const server = await startServer({ ...env, PORT: '0', DATABASE_URL: `file:${join(dir, 'f.db')}` });
    const item = async () => (await server.db.select().from(feedItems))[0];
    try {
      await gql(server, addFeed, { input: { url: `${site.origin}/feeds/flaky.json` } });
      await expect.poll(async () => (await item())?.state, { timeout: 20_000, interval: 100 }).toBe('FAILED');
      expect(await item()).toMatchObject({ attempts: 1, articleId: null });
      expect((await item()).lastError).toMatch(/answered 404/);

      expect(await server.feedPoller.pollNow()).toMatchObject({ ingested: 0, failed: 1 });
      expect((await item()).attempts).toBe(2);

      site.routes.set('/news/flaky', site.routes.get('/news/coastal-road')!);
      expect(await server.feedPoller.pollNow()).toMatchObject({ ingested: 1, failed: 0 });
      expect(await item()).toMatchObject({ state: 'INGESTED', attempts: 3, lastError: null });
      expect((await item()).articleId).not.toBeNull();
      // Done: later polls leave it alone.
      expect(await server.feedPoller.pollNow()).toMatchObject({ ingested: 0, failed: 0 });
    } finally {
      await stop(server);
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('FEED_POLL_SECONDS', () => {
  it('has the Node server poll its feeds on a schedule', async () => {
    const site = await startNewsSite();
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-feeds-'));
    const server = await startServer({
      ...env,
      FEED_POLL_SECONDS: '1',
      PORT: '0',
      DATABASE_URL: `file:${join(dir, 'f.db')}`,
    });
    try {
      const count = async () =>
        (await gql(server, '{ articles(first: 1) { totalCount } }')).data.articles.totalCount as number;
      await gql(server, addFeed, { input: { url: `${site.origin}/feeds/rss.xml` } });
      await expect.poll(count, { timeout: 20_000, interval: 250 }).toBe(2);
      // Nothing but the timer polls now.
      site.rssItems.unshift(nextItem);
      site.rssVersion++;
      await expect.poll(count, { timeout: 20_000, interval: 250 }).toBe(3);
    } finally {
      await stop(server);
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
