/**
 * The embedded database goes away while the real Node server is under load, and comes back: the
 * server says so (/health 503), answers what it has cached (X-Cache: STALE), refuses the rest with
 * SERVICE_UNAVAILABLE, never crashes, and recovers by itself once the file is back, without a restart.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/node.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { loadArticle } from '../load/mixed-load.js';
import { postGraphQL, send } from './helpers.js';
import {
  cachedPaths,
  countIn,
  expectAnswersWhileAway,
  expectNothingLost,
  expectRecovery,
  ingest,
  isRefused,
  sleep,
  startLightLoad,
  storedBodies,
  totalCountOf,
  uncachedQuery,
  until,
} from './outage-load.js';

const databaseFiles = (path: string) => [path, `${path}-wal`, `${path}-shm`];

/** Renames the database file and its -wal/-shm (those that exist) by appending `from`→`to` suffixes. */
function moveDatabase(path: string, from: string, to: string): void {
  for (const file of databaseFiles(path)) if (existsSync(file + from)) renameSync(file + from, file + to);
}

describe('the embedded database goes away under load and comes back, without a restart', () => {
  let api: TestServer;
  let path: string;
  beforeAll(async () => {
    api = await startTestServer({ env: { RATE_LIMIT_POINTS: '0', QUIET: 'true' } });
    path = api.databaseUrl.slice('file:'.length);
  });
  afterAll(() => api.close());

  it('file removed: /health 503, cached answers STALE, the rest SERVICE_UNAVAILABLE; file back: fresh answers, no acknowledged ingest lost', async () => {
    const before = await Promise.all(cachedPaths.map((cachedPath) => send(api, { path: cachedPath })));
    for (const response of before) expect(response.status).toBe(200);
    const load = startLightLoad(api);
    await sleep(400);

    // The file, its write-ahead log and shared memory are moved away (as by a careless `mv` or a failing volume).
    moveDatabase(path, '', '.away');
    const removedAt = Date.now();
    const { unavailableAt, refusedMarker } = await expectAnswersWhileAway(api, before[0]);
    // Nothing was created at the path meanwhile (an open at a missing path would make an empty database).
    expect(existsSync(path)).toBe(false);
    await sleep(300);

    moveDatabase(path, '.away', '');
    const restoredAt = Date.now();
    const recoveredAt = await expectRecovery(api);
    await sleep(300);
    const report = await load.stop();
    // Reported, not asserted (timings belong to benchmarks).
    const timings = { noticedMs: unavailableAt - removedAt, recoveredMs: recoveredAt - restoredAt };
    console.log(
      `outage under load: ${JSON.stringify({ ...report, acknowledged: report.acknowledged.size, ...timings })}`,
    );
    expectNothingLost(report, await storedBodies(api.databaseUrl), refusedMarker);
    // Writes go on after the recovery.
    const after = await postGraphQL(
      api,
      { query: ingest, variables: { input: { text: loadArticle(2, `after-${Date.now()}`) } } },
      asAdmin,
    );
    expect(after.json.data.ingestArticle.created).toBe(true);
  });

  it('file replaced by a non-database, then by a backup: 503 meanwhile, then answers come from the restored file', async () => {
    const backup = `${path}.backup`;
    await api.db.$client.execute({ sql: 'vacuum into ?', args: [backup] });
    const count = async () => totalCountOf(await uncachedQuery(api));
    const atBackup = await count();
    const lostMarker = `after-backup-${Date.now()}`;
    const lost = await postGraphQL(
      api,
      { query: ingest, variables: { input: { text: loadArticle(3, lostMarker) } } },
      asAdmin,
    );
    expect(lost.json.data.ingestArticle.created).toBe(true);
    expect(await count()).toBe(atBackup! + 1);
    // No ingests in this load: the counts below tell the restored file from the replaced one.
    const load = startLightLoad(api, { clients: 3, ingests: false });

    // Something that is not a database is put in the file's place.
    writeFileSync(`${path}.garbage`, 'this is not a database\n'.repeat(500));
    renameSync(`${path}.garbage`, path);
    await until('/health answers 503', async () => (await send(api, { path: '/health' })).status === 503);
    const refused = await uncachedQuery(api);
    expect(isRefused(refused), refused.text.slice(0, 300)).toBe(true);
    await sleep(300);

    // The backup is restored over it.
    renameSync(backup, path);
    await until('/health answers 200', async () => (await send(api, { path: '/health' })).status === 200);
    // The old file's write-ahead log was set aside, not replayed into the restored file.
    expect(readdirSync(dirname(path)).filter((name) => name.startsWith(`${basename(path)}-wal.stale-`))).toHaveLength(
      1,
    );
    // Answers come from the restored file: the article ingested after the backup is not in it.
    const restored = await uncachedQuery(api);
    expect(totalCountOf(restored), restored.text.slice(0, 300)).toBe(atBackup);
    expect(countIn(await storedBodies(api.databaseUrl), lostMarker)).toBe(0);
    const report = await load.stop();
    console.log(`replaced under load: ${JSON.stringify({ ...report, acknowledged: report.acknowledged.size })}`);
    expect(report.unexpected).toEqual([]);
    expect(report.byStatus['503']).toBeGreaterThan(0);
    // Ingests acknowledged during the run went to the file they were acknowledged by; after the
    // restore, the same text is stored again as new, once.
    const again = await postGraphQL(
      api,
      { query: ingest, variables: { input: { text: loadArticle(3, lostMarker) } } },
      asAdmin,
    );
    expect(again.json.data.ingestArticle.created).toBe(true);
    expect(countIn(await storedBodies(api.databaseUrl), lostMarker)).toBe(1);
  });
});

describe('another process that tries to lock the database file', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ env: { RATE_LIMIT_POINTS: '0', QUIET: 'true' } });
  });
  afterAll(() => api.close());

  /** Runs `script` (an ES module with @libsql/client at hand) in a Node process of its own; resolves with what it printed. */
  function inOtherProcess(script: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`exit ${code}: ${err}`))));
    });
  }

  it('cannot shut readers out while the server has it open (WAL): its exclusive lock is refused and the server answers on', async () => {
    const outcome = await inOtherProcess(`
      import { createClient } from '@libsql/client';
      const db = createClient({ url: ${JSON.stringify(api.databaseUrl)}, concurrency: 1 });
      try {
        await db.execute('pragma locking_mode = exclusive');
        await db.execute('begin exclusive');
        await db.execute('update meta set value = value');
        await db.execute('commit');
        console.log('locked');
      } catch (error) {
        console.log(error.code);
      } finally {
        db.close();
      }
    `);
    expect(outcome).toBe('SQLITE_BUSY');
    expect((await send(api, { path: '/health' })).status).toBe(200);
    const read = await uncachedQuery(api);
    expect(totalCountOf(read)).toBeGreaterThanOrEqual(5);
    const write = await postGraphQL(
      api,
      { query: ingest, variables: { input: { text: loadArticle(4, `unlocked-${Date.now()}`) } } },
      asAdmin,
    );
    expect(write.json.data.ingestArticle.created).toBe(true);
  });
});
