/**
 * Against a remote libSQL server (a real sqld, reached over HTTP as Turso is), storing a batch of
 * articles costs the same two requests whatever its size: one that reads everything the plan needs
 * (stored texts, candidates, slugs, corrections, the next ids), one that writes. Counted by a
 * loopback HTTP proxy in front of sqld that forwards every request as it is.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type NodeDatabase } from '../../src/db/node.js';
import { ingestInBatches } from '../../src/ingest/bulk.js';
import { ingestArticles } from '../../src/ingest/index.js';
import { bundledSamples } from '../../src/server.js';
import { startSqld, sqldSupported, type Sqld } from '../helpers/sqld.js';

/** An HTTP proxy on loopback that forwards to `target` and counts the requests it forwards. */
async function countingProxy(target: string) {
  const upstream = new URL(target);
  const seen: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    seen.push(`${incoming.method} ${incoming.url}`);
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: upstream.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** The requests forwarded since the last call, and starts counting afresh. */
    take: () => seen.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `count` distinct articles: the bundled samples under headlines of their own. */
function articles(count: number, first: number) {
  const samples = bundledSamples();
  return Array.from({ length: count }, (_, i) => ({
    text: samples[(first + i) % samples.length].text.replace(
      /^[^\n]*/,
      (headline) => `${headline} (copy ${first + i})`,
    ),
  }));
}

describe.skipIf(!sqldSupported)('a batch of articles against a remote libSQL server', () => {
  let dir: string;
  let sqld: Sqld;
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let db: NodeDatabase;
  let next = 0;
  const fresh = (count: number) => {
    const batch = articles(count, next);
    next += count;
    return batch;
  };
  const storedCount = async () => Number((await db.$client.execute('select count(*) as n from articles')).rows[0].n);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsgraph-round-trips-'));
    sqld = await startSqld(join(dir, 'data.sqld'));
    proxy = await countingProxy(sqld.url);
    db = openDatabase(proxy.url);
    await migrateDatabase(db);
  }, 120_000);
  afterAll(async () => {
    db?.$client.close();
    await proxy?.close();
    await sqld?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ingestArticles is two requests, the look-ups and the write, for 1, 4 or 12 articles', async () => {
    for (const size of [1, 4, 12]) {
      const before = await storedCount();
      proxy.take();
      const results = await ingestArticles(db, fresh(size));
      const requests = proxy.take();
      expect(results.every((result) => result.created)).toBe(true);
      expect(requests, `${size} articles`).toHaveLength(2);
      expect(await storedCount()).toBe(before + size);
    }
  });

  it('a batch that is all stored already is the look-ups alone, and writes nothing', async () => {
    const batch = fresh(3);
    await ingestArticles(db, batch);
    const before = await storedCount();
    proxy.take();
    const again = await ingestArticles(db, batch);
    expect(proxy.take()).toHaveLength(1);
    expect(again.every((result) => !result.created)).toBe(true);
    expect(await storedCount()).toBe(before);
  });

  it("npm run ingest's writer is two requests per batch, whatever the batch's size", async () => {
    for (const batchSize of [2, 6]) {
      const sources = fresh(12).map((input, i) => ({ name: `article ${i}`, read: async () => input }));
      const before = await storedCount();
      proxy.take();
      const outcomes = await ingestInBatches(db, sources, { batchSize });
      const requests = proxy.take();
      expect(outcomes.every((outcome) => 'result' in outcome && outcome.result.created)).toBe(true);
      expect(requests, `batches of ${batchSize}`).toHaveLength((2 * 12) / batchSize);
      expect(await storedCount()).toBe(before + 12);
    }
  });
});
