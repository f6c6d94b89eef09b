import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/db/node.js';
import * as schema from '../../src/db/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('build, from an empty database, every table and column that src/db/schema.ts declares', async () => {
    const db = openDatabase(`file:${join(dir, 'empty.db')}`);
    await migrateDatabase(db);
    const tables = (Object.values(schema) as unknown[]).filter(
      (value): value is SQLiteTable => value instanceof SQLiteTable,
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const table of tables) {
      const config = getTableConfig(table);
      const info = await db.$client.execute(`pragma table_info(${JSON.stringify(config.name)})`);
      const columns = new Map(info.rows.map((row) => [String(row.name), row]));
      expect(columns.size, `table ${config.name}`).toBeGreaterThan(0);
      for (const column of config.columns) {
        const found = columns.get(column.name);
        expect(found, `${config.name}.${column.name}`).toBeDefined();
        expect(Number(found!.notnull) === 1 || Boolean(column.primary), `${config.name}.${column.name} not null`).toBe(
          column.notNull,
        );
      }
      for (const index of config.indexes) {
        const rows = await db.$client.execute({
          sql: `select 1 from sqlite_master where type = 'index' and name = ?`,
          args: [index.config.name],
        });
        expect(rows.rows.length, `index ${index.config.name}`).toBe(1);
      }
    }
    db.$client.close();
  });

  it('are idempotent: running them again on a migrated database changes nothing', async () => {
    const db = openDatabase(`file:${join(dir, 'twice.db')}`);
    await migrateDatabase(db);
    const before = await db.$client.execute(`select type, name, sql from sqlite_master order by name`);
    await migrateDatabase(db);
    const after = await db.$client.execute(`select type, name, sql from sqlite_master order by name`);
    expect(after.rows).toEqual(before.rows);
    db.$client.close();
  });
});
