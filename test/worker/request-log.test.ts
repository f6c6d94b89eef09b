// LOG_REQUESTS on the Worker: one JSON line per request through console.log, which Workers Logs collect.
import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import worker, { type WorkerEnv } from '../../src/worker.js';

afterEach(() => vi.restoreAllMocks());

async function call(workerEnv: WorkerEnv, init: RequestInit) {
  const response = await worker.fetch(
    new Request('http://newsgraph.test/graphql', init),
    workerEnv,
    createExecutionContext() as never,
  );
  return { status: response.status, body: JSON.parse(await response.text()) };
}

const post = {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.9' },
  body: JSON.stringify({ query: 'query Count { articles(first: 3) { totalCount } }' }),
};

function logLines(spy: { mock: { calls: unknown[][] } }): string[] {
  return spy.mock.calls.map((args) => String(args[0])).filter((line) => line.startsWith('{"time"'));
}

describe('the Worker request log', () => {
  it('writes one JSON line per request when LOG_REQUESTS is "true"', async () => {
    const spy = vi.spyOn(console, 'log');
    const { status, body } = await call({ DB: env.EMPTY_DB, SEED_SAMPLES: 'false', LOG_REQUESTS: 'true' }, post);
    expect(status).toBe(200);
    const lines = logLines(spy).map((line: string) => JSON.parse(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ method: 'POST', path: '/graphql', operation: 'Count', status: 200 });
    expect(lines[0].cost).toBe(body.extensions.cost.requestedQueryCost);
    expect(lines[0].client).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(lines[0])).not.toContain('203.0.113.9');
  });

  it('writes none without it', async () => {
    const spy = vi.spyOn(console, 'log');
    const { status } = await call({ DB: env.EMPTY_DB, SEED_SAMPLES: 'false' }, post);
    expect(status).toBe(200);
    expect(logLines(spy)).toEqual([]);
  });
});
