import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { relations, type Database } from './index.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsFolder = resolve(projectRoot, 'migrations');
export const DEFAULT_DATABASE_URL = 'file:data/newsgraph.db';

/** Opens the libSQL database at `url` (an embedded file is created with its folder). */
export type NodeDatabase = Database & { $client: Client };

export function openDatabase(url = DEFAULT_DATABASE_URL, authToken?: string): NodeDatabase {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken });
  return drizzle({ client, relations });
}

export async function migrateDatabase(db: NodeDatabase): Promise<void> {
  if (db.$client.protocol === 'file') {
    // Concurrent readers keep going while a writer writes; writers wait rather than fail at once.
    await db.$client.execute('PRAGMA journal_mode = WAL');
    await db.$client.execute('PRAGMA busy_timeout = 5000');
  }
  await migrate(db, { migrationsFolder });
}
