import type { LibSQLDatabase } from 'drizzle-orm/libsql';
import { relations } from './relations.js';
import * as schema from './schema.js';

export { relations, schema };
export type Relations = typeof relations;

/**
 * The database every resolver and the ingester use. A D1 database is used through the same type:
 * both are drizzle's async SQLite database with `batch`, which is all this code relies on.
 */
export type Database = LibSQLDatabase<Relations>;
