import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
const lines: string[] = [];
beforeAll(async () => {
  api = await startTestServer({ env: { LOG_REQUESTS: 'true' } });
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await api.close();
});

/** The log lines written while `send` runs, parsed. */
async function logged(send: () => Promise<unknown>) {
  const from = lines.length;
  await send();
  // A line for an answer sent from memory is written when the socket is done with it.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return lines.slice(from).map((line) => JSON.parse(line));
}

const query = 'query Newest { articles(first: 2) { totalCount edges { node { title } } } }';

describe('LOG_REQUESTS=true', () => {
  it('writes one JSON line per request, with operation, status, duration, cost, cache and a hashed client', async () => {
    let answer: Awaited<ReturnType<TestServer['gql']>> | undefined;
    const [post] = await logged(async () => {
      answer = await api.gql(query);
    });
    expect(post).toMatchObject({ method: 'POST', path: '/graphql', operation: 'Newest', status: 200 });
    expect(post.cache).toBe(answer!.headers.get('x-cache'));
    expect(post.cost).toBe(answer!.body.extensions.cost.requestedQueryCost);
    expect(post.cost).toBeGreaterThan(1);
    expect(post.durationMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(post.time)).not.toBeNaN();
    expect(post.client).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(post)).not.toMatch(/127\.0\.0\.1|::1|Bearer|totalCount/);

    const get = `${api.url}/graphql?query=${encodeURIComponent(query)}`;
    const first = await logged(() => fetch(get).then((r) => r.text()));
    const second = await logged(() => fetch(get).then((r) => r.text()));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      method: 'GET',
      operation: 'Newest',
      status: 200,
      cache: 'MISS',
      client: post.client,
    });
    expect(second).toHaveLength(1);
    expect(second[0]).toMatchObject({
      method: 'GET',
      path: '/graphql',
      operation: 'Newest',
      status: 200,
      cache: 'HIT',
    });

    const bad = await logged(() =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      }),
    );
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ method: 'POST', operation: null, status: 400 });

    const health = await logged(() => fetch(`${api.url}/health`).then((r) => r.text()));
    expect(health).toEqual([expect.objectContaining({ path: '/health', status: 200, operation: null, cost: null })]);
  });

  it('leaves the answers as they are', async () => {
    const { status, body } = await api.gql(query);
    expect(status).toBe(200);
    expect(body.data.articles.totalCount).toBe(5);
    expect(body.extensions.cost.requestedQueryCost).toBeGreaterThan(1);
  });
});
