import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { send } from './helpers.js';

describe('a cached GET answer costs the one point every request costs', () => {
  let api: TestServer;
  // 20 points that barely refill: the first GET spends 1 + its actual cost, each hit after it 1.
  beforeAll(async () => {
    api = await startTestServer({ env: { RATE_LIMIT_POINTS: '20', RATE_LIMIT_RESTORE_RATE: '0' } });
  });
  afterAll(() => api.close());

  it('a flood of cache hits from one client runs out of points and gets 429 with Retry-After', async () => {
    const path = `/graphql?query=${encodeURIComponent('{ people(first: 2) { edges { node { name } } } }')}`;
    const first = await send(api, { path });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const { actualQueryCost } = first.json.extensions.cost;

    const hits: string[] = [];
    let refused: Awaited<ReturnType<typeof send>> | undefined;
    for (let i = 0; i < 40 && !refused; i++) {
      const response = await send(api, { path });
      if (response.status === 429) refused = response;
      else hits.push(String(response.headers.get('x-cache')));
    }
    expect(refused?.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    // Exactly the points left after the first answer, one per hit.
    expect(hits).toHaveLength(20 - 1 - actualQueryCost);
    expect(new Set(hits)).toEqual(new Set(['HIT']));
  });
});
