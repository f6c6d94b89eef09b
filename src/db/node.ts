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

export type NodeDatabase = Database & { $client: Client };

// How long a writer waits for another writer's lock on an embedded file before SQLITE_BUSY. Given to
// the client, not as a PRAGMA: the client pools connections and a PRAGMA reaches only one of them.
const BUSY_TIMEOUT_MS = 5000;

/** Opens the libSQL database at `url` (an embedded file is created with its folder). */
export function openDatabase(url = DEFAULT_DATABASE_URL, authToken?: string): NodeDatabase {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    if (path && path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  }
  const client = createClient({ url, authToken, timeout: BUSY_TIMEOUT_MS });
  return drizzle({ client, relations });
}

export async function migrateDatabase(db: NodeDatabase): Promise<void> {
  if (db.$client.protocol === 'file') {
    // Readers keep going while a writer writes (WAL is a property of the file, so one PRAGMA is enough).
    await db.$client.execute('PRAGMA journal_mode = WAL');
  }
  await migrate(db, { migrationsFolder });
}
