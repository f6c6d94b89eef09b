/**
 * The remote database (a real libSQL server, sqld, reached over HTTP as Turso is) stops answering
 * while the Node server is under load, then comes back: /health 503, cached answers STALE, the rest
 * SERVICE_UNAVAILABLE, and full recovery without restarting newsgraph; no acknowledged ingest lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { startSqld, sqldSupported, type Sqld } from '../helpers/sqld.js';
import { loadArticle } from '../load/mixed-load.js';
import { internals, postGraphQL, send } from './helpers.js';
import { cachedPaths, countIn, ingest, isRefused, sleep, startLightLoad, storedBodies, totalCountOf, uncachedQuery, until } from './outage-load.js';

if (!sqldSupported) console.warn(`\n[remote-outage] skipped: the packaged sqld runs on x64 Linux only (this is ${process.platform}/${process.arch}).\n`);

describe.skipIf(!sqldSupported)('the remote database becomes unreachable under load and comes back, without a restart', () => {
  let sqld: Sqld;
  let api: TestServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-sqld-'));
    sqld = await startSqld(join(dataDir, 'data.sqld'));
    api = await startTestServer({ env: { DATABASE_URL: sqld.url, RATE_LIMIT_POINTS: '0', QUIET: 'true' } });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await sqld?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('server down: /health 503, cached answers STALE, the rest SERVICE_UNAVAILABLE; back up: fresh answers, no acknowledged ingest lost', async () => {
    const before = await Promise.all(cachedPaths.map((path) => send(api, { path })));
    for (const response of before) expect(response.status).toBe(200);
    const load = startLightLoad(api);
    await sleep(400);

    await sqld.stop();
    await until('/health answers 503', async () => (await send(api, { path: '/health' })).status === 503);
    await until('a cached answer is served STALE', async () => (await send(api, { path: cachedPaths[0] })).headers.get('x-cache') === 'STALE');
    const stale = await send(api, { path: cachedPaths[0] });
    expect(stale.status).toBe(200);
    expect(stale.json.data).toEqual(before[0].json.data);
    const refused = await uncachedQuery(api);
    expect(isRefused(refused), refused.text.slice(0, 200)).toBe(true);
    expect(refused.text).not.toMatch(internals);
    const refusedMarker = `refused-${Date.now()}`;
    const write = await postGraphQL(api, { query: ingest, variables: { input: { text: loadArticle(1, refusedMarker) } } }, asAdmin);
    expect(isRefused(write), write.text.slice(0, 200)).toBe(true);
    await sleep(300);

    await sqld.start();
    await until('/health answers 200', async () => (await send(api, { path: '/health' })).status === 200);
    const fresh = await uncachedQuery(api);
    expect(fresh.status).toBe(200);
    expect(totalCountOf(fresh)).toBeGreaterThanOrEqual(5);
    await until('the cached answer is no longer STALE', async () => (await send(api, { path: cachedPaths[0] })).headers.get('x-cache') !== 'STALE');
    await sleep(300);
    const report = await load.stop();

    expect(report.unexpected).toEqual([]);
    expect(report.byStatus['503']).toBeGreaterThan(0);
    expect(Object.keys(report.byStatus).sort()).toEqual(['200', '503']);
    expect(report.acknowledged.size).toBeGreaterThan(3);
    const bodies = await storedBodies(sqld.url);
    for (const marker of report.acknowledged.keys()) expect(countIn(bodies, marker), marker).toBe(1);
    expect(countIn(bodies, refusedMarker)).toBe(0);
    const after = await postGraphQL(api, { query: ingest, variables: { input: { text: loadArticle(2, `after-${Date.now()}`) } } }, asAdmin);
    expect(after.json.data.ingestArticle.created).toBe(true);
  }, 60_000);
});
