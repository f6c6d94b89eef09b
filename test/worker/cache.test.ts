// The edge cache inside workerd: GET answers in caches.default, freshness after writes through the
// data generation, stale-if-error when D1 stops answering.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker, { type WorkerEnv } from '../../src/worker.js';
import { asAdmin } from './helpers.js';

/** A D1 binding that can be made to stop answering, as when the database is unreachable. */
function flakyDatabase(db = env.DB) {
  const state = { failing: false };
  const binding = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (state.failing) throw new Error('D1_ERROR: Network connection lost.');
        return value.apply(target, args);
      };
    },
  });
  return { binding, state };
}

function client(workerEnv: WorkerEnv) {
  const get = async (query: string, variables?: object) => {
    const url = new URL('http://newsgraph.test/graphql');
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    const response = await worker.fetch(new Request(url), workerEnv, createExecutionContext() as never);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  };
  const post = async (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const request = new Request('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const response = await worker.fetch(request, workerEnv, createExecutionContext() as never);
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };
  return { get, post };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('edge cache on the Worker', () => {
  const { get, post } = client({ DB: env.DB, ADMIN_TOKEN: env.ADMIN_TOKEN });

  it('stores GET answers in the Cache API: MISS, then HIT with the same ETag; 304 on If-None-Match', async () => {
    const query = '{ articles(first: 3) { edges { node { title } } } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=[1-9]/);
    const second = await get(query);
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect(second.text).toBe(first.text);
    const url = new URL('http://newsgraph.test/graphql');
    url.searchParams.set('query', query);
    const revalidated = await worker.fetch(
      new Request(url, { headers: { 'if-none-match': first.headers.get('etag')! } }),
      { DB: env.DB, ADMIN_TOKEN: env.ADMIN_TOKEN },
      createExecutionContext() as never,
    );
    expect(revalidated.status).toBe(304);
  });

  it('a mutation in this isolate is visible at once', async () => {
    const count = '{ articles { totalCount } }';
    const before = (await get(count)).body.data.articles.totalCount;
    expect((await get(count)).headers.get('x-cache')).toBe('HIT');
    const text =
      'Harbour board backs new pier\nThe harbour board on Monday backed plans for a new pier.\n"It is long overdue," board chair Ana Ruiz said.';
    const ingested = await post(
      'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created } }',
      { text },
      asAdmin,
    );
    expect(ingested.body.data.ingestArticle.created).toBe(true);
    expect(ingested.headers.get('x-cache')).toBeNull();
    const after = await get(count);
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.articles.totalCount).toBe(before + 1);
  });

  it('a write from another location (straight to the database) is visible within 5 seconds', async () => {
    const query = '{ articles(first: 1, orderBy: OLDEST) { edges { node { title } } } }';
    const before = (await get(query)).body.data.articles.edges[0].node.title as string;
    expect((await get(query)).headers.get('x-cache')).toBe('HIT');
    // What an ingest elsewhere does: change the data and bump the generation in one batch.
    await env.DB.batch([
      env.DB.prepare(
        "update articles set title = title || ' (updated)' where id = (select id from articles order by sort_date, id limit 1)",
      ),
      env.DB.prepare(
        "insert into meta (key, value) values ('generation', 1) on conflict (key) do update set value = value + 1",
      ),
    ]);
    const deadline = Date.now() + 5_000;
    let title = before;
    while (title === before && Date.now() < deadline) {
      await sleep(100);
      title = (await get(query)).body.data.articles.edges[0].node.title;
    }
    expect(title).toBe(`${before} (updated)`);
  });

  it('serves a cached answer with X-Cache: STALE when D1 stops answering; errors are not cached', async () => {
    const flaky = flakyDatabase();
    const own = client({ DB: flaky.binding, ADMIN_TOKEN: env.ADMIN_TOKEN });
    const query = '{ organisations(first: 4, orderBy: NAME) { edges { node { name } } } }';
    const cached = await own.get(query);
    expect(cached.status).toBe(200);
    flaky.state.failing = true;
    await sleep(2_100); // past the generation memo: the next request must ask D1
    const stale = await own.get(query);
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-cache')).toBe('STALE');
    expect(stale.text).toBe(cached.text);
    const failed = await own.get('{ people(first: 2, orderBy: NAME) { totalCount } }');
    expect(failed.status).toBe(503);
    expect(failed.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.headers.get('x-cache')).toBeNull();
    flaky.state.failing = false;
  });
});
