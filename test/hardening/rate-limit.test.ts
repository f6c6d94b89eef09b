import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../src/app.js';
import { clientKey, CostRateLimiter } from '../../src/http/rate-limit.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL, send } from './helpers.js';

describe('CostRateLimiter (token bucket)', () => {
  it('spends, refuses with the seconds until enough is restored, refills with time, and refunds up to capacity', () => {
    let now = 0;
    const limiter = new CostRateLimiter({ capacity: 100, restoreRate: 10, now: () => now });
    expect(limiter.spend('a', 70)).toMatchObject({
      ok: true,
      status: { currentlyAvailable: 30, maximumAvailable: 100, restoreRate: 10 },
    });
    const refused = limiter.spend('a', 50);
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 2 });
    expect(refused.status.currentlyAvailable).toBe(30); // a refused request spends nothing
    expect(limiter.spend('b', 100).ok).toBe(true); // buckets are per client
    now += 2_000;
    expect(limiter.spend('a', 50)).toMatchObject({ ok: true, status: { currentlyAvailable: 0 } });
    expect(limiter.refund('a', 1_000).currentlyAvailable).toBe(100);
    now += 60_000;
    expect(limiter.spend('a', 0).status.currentlyAvailable).toBe(100);
  });

  it('capacity 0 turns it off', () => {
    expect(new CostRateLimiter({ capacity: 0, restoreRate: 1 }).enabled).toBe(false);
  });

  it('keys IPv4 by address and IPv6 by its /64, so rotating within a /64 does not help', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe(clientKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee'));
    expect(clientKey('2001:db8:1:2::1')).not.toBe(clientKey('2001:db8:1:3::1'));
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});

describe('rate limiting over HTTP (Node)', () => {
  let api: TestServer;
  // 40 points that barely refill: one 31-point query fits (the floor of 1 point per request plus its
  // cost, less the refund of what the 5 sample articles did not use), a second does not.
  beforeAll(async () => {
    api = await startTestServer({ env: { RATE_LIMIT_POINTS: '40', RATE_LIMIT_RESTORE_RATE: '0' } });
  });
  afterAll(() => api.close());
  const query = '{ articles(first: 10) { edges { node { title } } } }';

  it('answers RATE_LIMITED with 429 and Retry-After once a client has spent its points; headers cannot change who the client is', async () => {
    const first = await postGraphQL(api, { query });
    expect(first.status).toBe(200);
    expect(first.json.extensions.cost.requestedQueryCost).toBe(31);
    expect(first.json.extensions.cost.throttleStatus.currentlyAvailable).toBe(40 - 1 - 12);

    const spoofed = {
      'x-forwarded-for': '198.51.100.1',
      'cf-connecting-ip': '198.51.100.2',
      'x-real-ip': '198.51.100.3',
    };
    // Another document of the same cost (a cached answer would cost only the 1-point floor).
    const second = await postGraphQL(api, { query: query.replace('title', 'headline: title') }, spoofed);
    expect(second.status).toBe(429);
    expect(second.json.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(second.json.data).toBeUndefined();
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(second.json.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(31);

    // Cheap requests still get through until the floor of one point per request empties the bucket.
    let status = 200;
    for (let i = 0; i < 40 && status !== 429; i++)
      status = (await send(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })).status;
    expect(status).toBe(429);
    const health = await send(api, { path: '/health' });
    expect(health.status).toBe(200);
  });

  it('does not limit the admin', async () => {
    const admin = await postGraphQL(api, { query }, asAdmin);
    expect(admin.status).toBe(200);
    expect(admin.json.errors).toBeUndefined();
  });

  it('keeps a bucket per client address', async () => {
    const handle = createHandler({ db: api.db, rateLimit: { capacity: 40, restoreRate: 0.001 } });
    const request = () =>
      new Request('http://newsgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
    expect((await handle(request(), { ip: '203.0.113.1' })).status).toBe(200);
    expect((await handle(request(), { ip: '203.0.113.1' })).status).toBe(429);
    expect((await handle(request(), { ip: '203.0.113.2' })).status).toBe(200);
    expect((await handle(request(), { ip: '2001:db8::1' })).status).toBe(200);
    expect((await handle(request(), { ip: '2001:db8::2' })).status).toBe(429);
  });
});
