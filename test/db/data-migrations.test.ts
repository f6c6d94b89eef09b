import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrationsFolder, openDatabase } from '../../src/db/node.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-data-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database migrated up to (not including) the first migration whose folder name ends with `name`. */
async function databaseBefore(name: string) {
  const folders = readdirSync(migrationsFolder).sort();
  const upTo = folders.findIndex((folder) => folder.endsWith(name));
  expect(upTo).toBeGreaterThan(0);
  const earlier = join(dir, `migrations-before-${name}`);
  for (const folder of folders.slice(0, upTo))
    cpSync(join(migrationsFolder, folder), join(earlier, folder), { recursive: true });
  const db = openDatabase(`file:${join(dir, `${name}.db`)}`);
  await migrate(db, { migrationsFolder: earlier });
  return db;
}

describe('migrations of stored data', () => {
  it('give undated articles the unknown date and count at least one mention per article', async () => {
    const db = await databaseBefore('_unknown_dates');
    const sql = db.$client;
    await sql.execute(
      "insert into organisations (id, slug, name, kind, mention_count) values (1, 'metro-wire', 'Metro Wire', 'MEDIA', 0)",
    );
    for (const [id, publishedAt] of [
      [1, null],
      [2, '2024-10-23T16:47:00.000Z'],
    ] as const) {
      await sql.execute({
        sql: `insert into articles (id, slug, title, source_id, published_at, sort_date, ingested_at, body, paragraphs, word_count, content_hash)
              values (?, ?, 'A title', 1, ?, ?, '2026-12-01T10:00:00.000Z', 'Body.', '["Body."]', 1, ?)`,
        args: [id, `a-${id}`, publishedAt, publishedAt ?? '2026-12-01T10:00:00.000Z', `hash-${id}`],
      });
      await sql.execute({
        sql: 'insert into article_organisations (article_id, organisation_id, mentions) values (?, 1, 0)',
        args: [id],
      });
    }

    await migrateDatabase(db);

    const dates = await sql.execute('select id, sort_date from articles order by id');
    expect(dates.rows.map((r) => r.sort_date)).toEqual(['', '2024-10-23T16:47:00.000Z']);
    const mentions = await sql.execute('select mentions from article_organisations');
    expect(mentions.rows.map((r) => Number(r.mentions))).toEqual([1, 1]);
    const [outlet] = (await sql.execute('select mention_count from organisations where id = 1')).rows;
    expect(Number(outlet.mention_count)).toBe(2);
    sql.close();
  });
});
