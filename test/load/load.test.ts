import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/db/node.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { dbFingerprint, postGraphQL, send } from '../hardening/helpers.js';
import { loadArticle, runMixedLoad } from './mixed-load.js';

const ingest = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';

describe('mixed load (short form; `npm run bench` runs 60 s)', () => {
  it('answers every request without a 5xx and loses no acknowledged ingest', async () => {
    const report = await runMixedLoad({ seconds: 5, concurrency: 12 });
    console.log(`mixed load: ${JSON.stringify(report)}`);
    expect(report.requests).toBeGreaterThan(100);
    expect(report.byKind.ingest).toBeGreaterThan(10);
    expect(report.serverErrors).toBe(0);
    expect(report.failedRequests).toBe(0);
    expect(report.ingestsAcknowledged).toBe(report.byKind.ingest);
    expect(report.ingestsMissing).toBe(0);
    expect(report.ingestsDuplicated).toBe(0);
    // Bad requests were answered as client errors.
    expect(Object.keys(report.byStatus).some((status) => status.startsWith('4'))).toBe(true);
    // A leak of the requests' memory would grow the heap by far more than this in 5 s of load.
    expect(report.heapEndMB - report.heapStartMB).toBeLessThan(150);
  });
});

describe('concurrency and faults', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ env: { RATE_LIMIT_POINTS: '0' } });
  });
  afterAll(() => api.close());

  it('the same article ingested 20 times at once is stored exactly once', async () => {
    const text = loadArticle(7, `same-${Date.now()}`);
    const before = Number((await api.db.$client.execute('select count(*) as n from articles')).rows[0].n);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => postGraphQL(api, { query: ingest, variables: { input: { text } } }, asAdmin)),
    );
    for (const response of responses) expect(response.json.errors, response.text.slice(0, 300)).toBeUndefined();
    const ids = new Set(responses.map((response) => response.json.data.ingestArticle.article.id));
    expect(ids.size).toBe(1);
    expect(responses.filter((response) => response.json.data.ingestArticle.created)).toHaveLength(1);
    const after = Number((await api.db.$client.execute('select count(*) as n from articles')).rows[0].n);
    expect(after).toBe(before + 1);
  });

  it('a write-locked database: ingests answer SERVICE_UNAVAILABLE and write nothing, reads go on, and writes resume when the lock goes', async () => {
    // Another process (a backup, a migration) holds the write lock of the embedded database file.
    const other = createClient({ url: api.databaseUrl });
    const lock = await other.transaction('write');
    try {
      await lock.execute('update meta set value = value where 0');
      const before = await dbFingerprint(api);
      const blocked = await postGraphQL(
        api,
        { query: ingest, variables: { input: { text: loadArticle(1, `locked-${Date.now()}`) } } },
        asAdmin,
      );
      expect(blocked.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(blocked.status).toBe(503);
      expect(blocked.text).not.toMatch(/SQLITE|locked|select|insert/i);
      const read = await postGraphQL(api, { query: '{ articles(first: 1) { totalCount } }' });
      expect(read.json.data.articles.totalCount).toBeGreaterThanOrEqual(5);
      expect((await send(api, { path: '/health' })).status).toBe(200);
      expect(await dbFingerprint(api)).toEqual(before);
    } finally {
      await lock.rollback();
      other.close();
    }
    const resumed = await postGraphQL(
      api,
      { query: ingest, variables: { input: { text: loadArticle(2, `unlocked-${Date.now()}`) } } },
      asAdmin,
    );
    expect(resumed.json.errors).toBeUndefined();
    expect(resumed.json.data.ingestArticle.created).toBe(true);
  });
});

describe('a database that stops answering', () => {
  it('/health answers 503, cached answers are still served, everything else is SERVICE_UNAVAILABLE and writes nothing', async () => {
    const api = await startTestServer();
    try {
      const cachedQuery = `/graphql?query=${encodeURIComponent('{ organisations(first: 2) { edges { node { name } } } }')}`;
      const cached = await send(api, { path: cachedQuery });
      expect(cached.status).toBe(200);
      // The database connection goes away (as when its file or server becomes unreachable).
      api.db.$client.close();
      const health = await send(api, { path: '/health' });
      expect(health.status).toBe(503);
      expect(health.json.status).toBe('unavailable');
      const again = await send(api, { path: cachedQuery });
      expect(again.status).toBe(200);
      expect(['HIT', 'STALE']).toContain(again.headers.get('x-cache'));
      expect(again.json.data).toEqual(cached.json.data);
      for (const response of [
        await postGraphQL(api, { query: '{ people(first: 3) { edges { node { name } } } }' }),
        await postGraphQL(
          api,
          { query: ingest, variables: { input: { text: loadArticle(3, `down-${Date.now()}`) } } },
          asAdmin,
        ),
      ]) {
        expect(response.json.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(response.status).toBe(503);
        expect(response.text).not.toMatch(/closed|libsql|sqlite/i);
      }
      const file = createClient({ url: api.databaseUrl });
      expect(Number((await file.execute('select count(*) as n from articles')).rows[0].n)).toBe(5);
      file.close();
    } finally {
      await api.close();
    }
  });
});

describe('a crash during ingestion', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts the ingesting child and SIGKILLs it `afterMs` after it stored its first article. */
  function ingestUntilKilled(databaseUrl: string, afterMs: number): Promise<string[]> {
    return new Promise((resolve, reject) => {
      // Node itself with tsx as a loader: the tsx CLI would run the script in a grandchild that SIGKILL misses.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(projectRoot, 'test/load/crash-child.ts'), databaseUrl],
        {
          cwd: projectRoot,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const stored: string[] = [];
      let stderr = '';
      let buffered = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.stdout.on('data', (chunk) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          if (!line.startsWith('stored ')) continue;
          stored.push(line.slice('stored '.length));
          if (stored.length === 1) setTimeout(() => child.kill('SIGKILL'), afterMs);
        }
      });
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve(stored) : reject(new Error(`child exited without being killed: ${stderr}`)),
      );
    });
  }

  it('leaves no half-written article: each stored article is whole, every acknowledged one is there', async () => {
    const databaseUrl = `file:${join(dir, 'crash.db')}`;
    const acknowledged: string[] = [];
    for (const afterMs of [150, 610]) acknowledged.push(...(await ingestUntilKilled(databaseUrl, afterMs)));
    expect(acknowledged.length).toBeGreaterThan(2);

    const db = createClient({ url: databaseUrl });
    try {
      const one = async (sql: string) => (await db.execute(sql)).rows[0];
      expect((await one('pragma integrity_check'))[0]).toBe('ok');
      expect((await db.execute('pragma foreign_key_check')).rows).toHaveLength(0);
      // Every article has all its quotes and mentions; nothing refers to an article that is not there.
      expect(
        Number(
          (
            await one(
              'select count(*) from articles a where quote_count != (select count(*) from quotes q where q.article_id = a.id)',
            )
          )[0],
        ),
      ).toBe(0);
      expect(
        Number(
          (
            await one(
              'select count(*) from articles a where not exists (select 1 from article_people p where p.article_id = a.id)',
            )
          )[0],
        ),
      ).toBe(0);
      expect(
        Number(
          (
            await one(
              'select count(*) from quotes q where not exists (select 1 from articles a where a.id = q.article_id)',
            )
          )[0],
        ),
      ).toBe(0);
      // No person or organisation was written without the article that mentions them.
      expect(
        Number(
          (
            await one(
              'select count(*) from people p where not exists (select 1 from article_people m where m.person_id = p.id)',
            )
          )[0],
        ),
      ).toBe(0);
      expect(
        Number(
          (
            await one(
              'select count(*) from organisations o where not exists (select 1 from article_organisations m where m.organisation_id = o.id) and not exists (select 1 from articles a where a.source_id = o.id)',
            )
          )[0],
        ),
      ).toBe(0);
      const bodies = (await db.execute('select body from articles')).rows.map((row) => String(row.body));
      for (const marker of acknowledged)
        expect(bodies.filter((body) => body.includes(`${marker} `) || body.endsWith(marker)).length, marker).toBe(1);
    } finally {
      db.close();
    }
  });
});
