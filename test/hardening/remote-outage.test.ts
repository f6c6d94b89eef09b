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
import { postGraphQL, send } from './helpers.js';
import {
  cachedPaths,
  expectAnswersWhileAway,
  expectNothingLost,
  expectRecovery,
  ingest,
  sleep,
  startLightLoad,
  storedBodies,
} from './outage-load.js';

if (!sqldSupported)
  console.warn(
    `\n[remote-outage] skipped: the packaged sqld runs on x64 Linux only (this is ${process.platform}/${process.arch}).\n`,
  );

describe.skipIf(!sqldSupported)(
  'the remote database becomes unreachable under load and comes back, without a restart',
  () => {
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
      const { refusedMarker } = await expectAnswersWhileAway(api, before[0]);
      await sleep(300);

      await sqld.start();
      await expectRecovery(api);
      await sleep(300);
      const report = await load.stop();
      expectNothingLost(report, await storedBodies(sqld.url), refusedMarker);
      const after = await postGraphQL(
        api,
        { query: ingest, variables: { input: { text: loadArticle(2, `after-${Date.now()}`) } } },
        asAdmin,
      );
      expect(after.json.data.ingestArticle.created).toBe(true);
    }, 60_000);
  },
);
