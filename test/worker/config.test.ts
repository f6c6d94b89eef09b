// How the Worker picks its database from its bindings. Each test hands the Worker's fetch handler an
// env of its own (the Worker keeps one app per env object, as it does per isolate in production).
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker, { type WorkerEnv } from '../../src/worker.js';

async function call(workerEnv: WorkerEnv, path: string, init?: RequestInit) {
  const response = await worker.fetch(
    new Request(`http://newsgraph.test${path}`, init),
    workerEnv,
    createExecutionContext() as never,
  );
  return { status: response.status, text: await response.text() };
}

const articlesQuery = {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ articles(first: 5) { totalCount } }' }),
};

describe('Worker bindings', () => {
  it('does not seed when SEED_SAMPLES is "false"', async () => {
    const workerEnv: WorkerEnv = { DB: env.EMPTY_DB, SEED_SAMPLES: 'false' };
    expect((await call(workerEnv, '/health')).status).toBe(200);
    const { status, text } = await call(workerEnv, '/graphql', articlesQuery);
    expect(status).toBe(200);
    expect(JSON.parse(text).data.articles.totalCount).toBe(0);
    expect(await env.EMPTY_DB.prepare('select count(*) as n from articles').first<number>('n')).toBe(0);
  });

  it('answers 503 with a JSON reason when no database is bound', async () => {
    const { status, text } = await call({}, '/health');
    expect(status).toBe(503);
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', reason: 'no database is configured' });
  });

  it('prefers DATABASE_URL (libSQL over HTTP) to the D1 binding, and reports it unreachable cleanly', async () => {
    // Nothing listens on port 9 here; the D1 binding beside it would have answered.
    const workerEnv: WorkerEnv = { DATABASE_URL: 'http://127.0.0.1:9', DB: env.DB, SEED_SAMPLES: 'false' };
    const health = await call(workerEnv, '/health');
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text).status).toBe('unavailable');

    const { text } = await call(workerEnv, '/graphql', articlesQuery);
    const body = JSON.parse(text);
    expect(body.data?.articles ?? null).toBeNull();
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(text).not.toMatch(/select|127\.0\.0\.1|\bat\s+\S+\.(js|ts):\d+/i);
  });
});
