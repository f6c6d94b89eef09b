import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/db/node.js';
import { ingestArticle } from '../../src/ingest/index.js';
import { seedIfEmpty } from '../../src/ingest/seed.js';
import { bundledSamples } from '../../src/server.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function articleCount(db: ReturnType<typeof openDatabase>) {
  const result = await db.$client.execute('select count(*) as n from articles');
  return Number(result.rows[0].n);
}

describe('seeding the samples', () => {
  it('seeds an empty database once, and never a database that has articles of its own', async () => {
    const samples = bundledSamples();
    expect(samples).toHaveLength(5);
    const db = openDatabase(`file:${join(dir, 'a.db')}`);
    await migrateDatabase(db);
    expect(await seedIfEmpty(db, samples)).toBe(5);
    expect(await seedIfEmpty(db, samples)).toBe(0);
    expect(await articleCount(db)).toBe(5);

    const own = openDatabase(`file:${join(dir, 'b.db')}`);
    await migrateDatabase(own);
    await ingestArticle(own, { text: 'Officials said the bridge would reopen on Monday.' });
    expect(await seedIfEmpty(own, samples)).toBe(0);
    expect(await articleCount(own)).toBe(1);
    db.$client.close();
    own.$client.close();
  });

  it('finishes a seed that was cut short', async () => {
    const samples = bundledSamples();
    const db = openDatabase(`file:${join(dir, 'c.db')}`);
    await migrateDatabase(db);
    // As if the process died after two samples: the marker is set, some articles are stored.
    await db.$client.execute(`insert into meta (key, value) values ('seeding_samples', 1)`);
    for (const sample of samples.slice(0, 2)) await ingestArticle(db, { text: sample.text });
    expect(await seedIfEmpty(db, samples)).toBe(3);
    expect(await articleCount(db)).toBe(5);
    expect(await seedIfEmpty(db, samples)).toBe(0);
    db.$client.close();
  });
});
