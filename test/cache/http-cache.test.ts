import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { openDatabase } from '../../src/db/node.js';
import { ingestArticle } from '../../src/ingest/index.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

/** GET /graphql with the query (and variables) in the URL, as a CDN or browser would send it. */
async function get(query: string, variables?: object, headers: Record<string, string> = {}) {
  const url = new URL(`${api.url}/graphql`);
  url.searchParams.set('query', query);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null };
}

const maxAgeOf = (headers: Headers) => Number(/max-age=(\d+)/.exec(headers.get('cache-control') ?? '')?.[1] ?? 0);

const articleText = (title: string) =>
  `${title}\n\nLONDON (AP) — The city council approved a new budget on Tuesday after a long debate.\n\n` +
  `"This is a budget for everyone," said Mayor Jane Holloway, who proposed it in March.\n\n` +
  `Opposition leader Tom Barker said the plan was "a missed opportunity" for the city.`;

describe('GET queries through the edge cache', () => {
  it('misses, then hits with the same bytes, ETag and a public max-age', async () => {
    const query = '{ articles(first: 2) { edges { node { title } } } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(maxAgeOf(first.headers)).toBeGreaterThan(0);
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]+"$/);

    const second = await get(query);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.text).toBe(first.text);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('gives the minimum max-age over what the answer touched', async () => {
    const slug = (await get('{ articles(first: 1) { edges { node { slug } } } }')).body.data.articles.edges[0].node
      .slug;
    const article = await get('query ($slug: String) { article(slug: $slug) { title } }', { slug });
    const withCount = await get('query ($slug: String) { article(slug: $slug) { title quotes { totalCount } } }', {
      slug,
    });
    expect(maxAgeOf(article.headers)).toBe(600);
    // QuoteConnection.totalCount changes more often than the article itself.
    expect(maxAgeOf(withCount.headers)).toBe(60);
  });

  it('answers 304 to If-None-Match with the current ETag, on a miss and on a hit', async () => {
    const query = '{ people(first: 3) { edges { node { name } } } }';
    const first = await get(query);
    const etag = first.headers.get('etag')!;
    const revalidated = await get(query, undefined, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.get('etag')).toBe(etag);
    expect(revalidated.headers.get('x-cache')).toBe('HIT');
    const other = await get(query, undefined, { 'if-none-match': '"not-it"' });
    expect(other.status).toBe(200);

    // A miss that produces the same bytes also answers 304.
    const fresh = await get('{ organisations(first: 2) { edges { node { name } } } }');
    const onMiss = await get(
      '{ organisations(first: 2) { edges { node { name } } } }',
      { unused: 1 },
      { 'if-none-match': fresh.headers.get('etag')! },
    );
    expect(onMiss.headers.get('x-cache')).toBe('MISS');
    expect(onMiss.status).toBe(304);
  });

  it('never caches errors', async () => {
    for (let i = 0; i < 2; i++) {
      const bad = await get('{ articles(first: 1000) { totalCount } }');
      expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.headers.get('x-cache')).toBeNull();
      expect(bad.headers.get('cache-control') ?? '').not.toMatch(/public/);
    }
  });

  it('serves GraphiQL to browsers, uncached', async () => {
    const page = await fetch(`${api.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('x-cache')).toBeNull();
  });
});

describe('POST queries and mutations', () => {
  it('POST queries hit the in-isolate response cache', async () => {
    const query = '{ quotes(first: 2) { edges { node { text } } } }';
    const first = await api.gql(query);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const second = await api.gql(query);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.body).toEqual(first.body);
  });

  it('POST answers revalidate with If-None-Match until the data changes', async () => {
    const query = '{ articles(first: 1, orderBy: OLDEST) { edges { node { title } } } }';
    const first = await api.gql(query);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"g\d+-[0-9a-f]+"$/);
    const unchanged = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query }),
    });
    expect(unchanged.status).toBe(304);
    await api.gql(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }',
      { text: articleText('Ferry fares frozen for a year') },
      asAdmin,
    );
    const changed = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify({ query }),
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('never caches mutations', async () => {
    const mutation =
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created article { title } } }';
    const text = articleText('Council approves budget after long debate');
    const first = await api.gql(mutation, { text }, asAdmin);
    expect(first.body.data.ingestArticle.created).toBe(true);
    expect(first.headers.get('x-cache')).toBeNull();
    expect(first.headers.get('cache-control') ?? '').not.toMatch(/public/);
    const again = await api.gql(mutation, { text }, asAdmin);
    // Executed again (not replayed from a cache): the second time nothing was created.
    expect(again.body.data.ingestArticle.created).toBe(false);
    expect(again.headers.get('x-cache')).toBeNull();
  });
});

describe('freshness after writes', () => {
  const count = '{ articles { totalCount } }';

  it('a mutation through this server is visible at once, by GET and by POST', async () => {
    const before = await get(count);
    const beforePost = await api.gql(count);
    expect((await get(count)).headers.get('x-cache')).toBe('HIT');
    const n = before.body.data.articles.totalCount;
    await api.gql(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }',
      { text: articleText('Mayor defends new budget') },
      asAdmin,
    );
    const after = await get(count);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.articles.totalCount).toBe(n + 1);
    expect((await api.gql(count)).body.data.articles.totalCount).toBe(beforePost.body.data.articles.totalCount + 1);
  });

  it('a write by another process (the ingest CLI) is visible within 5 seconds', async () => {
    const n = (await get(count)).body.data.articles.totalCount;
    expect((await get(count)).headers.get('x-cache')).toBe('HIT');
    const other = openDatabase(api.databaseUrl);
    try {
      await ingestArticle(other, { text: articleText('Budget vote delayed by a week') });
    } finally {
      other.$client.close();
    }
    const deadline = Date.now() + 5_000;
    let seen = n;
    while (seen === n && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = (await get(count)).body.data.articles.totalCount;
    }
    expect(seen).toBe(n + 1);
  });
});

describe('persisted queries', () => {
  const query = '{ articles(first: 1) { edges { node { slug } } } }';
  const hash = createHash('sha256').update(query).digest('hex');
  const byHash = () => {
    const url = new URL(`${api.url}/graphql`);
    url.searchParams.set('extensions', JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
    return fetch(url);
  };

  it('an unknown hash asks for the query; once sent with it, the hash alone is a short cacheable GET', async () => {
    const unknown = await byHash();
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('x-cache')).toBeNull();

    const registered = await api.gql(query, undefined);
    expect(registered.status).toBe(200);
    const withHash = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    expect((await withHash.json()).data.articles.edges).toHaveLength(1);

    const miss = await byHash();
    expect(miss.headers.get('x-cache')).toBe('MISS');
    expect((await miss.json()).data.articles.edges).toHaveLength(1);
    expect((await byHash()).headers.get('x-cache')).toBe('HIT');
  });

  it('rejects a hash that is not the sha256 of the query', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('stale-if-error', () => {
  it('serves the last answer with X-Cache: STALE when the database stops answering, and errors stay uncached', async () => {
    const query = '{ organisations(first: 3) { edges { node { name } } } }';
    const cached = await get(query);
    expect(cached.status).toBe(200);
    const uncachedQuery = '{ people(first: 1) { totalCount } }';
    // The database goes away (the client can no longer reach it).
    api.db.$client.close();
    // Wait out the generation memo, so the next request has to ask the database.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const stale = await get(query);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(stale.text).toBe(cached.text);

    const failed = await get(uncachedQuery);
    expect(failed.status).toBe(503);
    expect(failed.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.headers.get('x-cache')).toBeNull();
    expect(JSON.stringify(failed.body)).not.toMatch(/select|SQLITE|at .*\.ts/i);
  });
});
