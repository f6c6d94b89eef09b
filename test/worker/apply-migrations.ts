// Runs inside workerd before each test file: brings both local D1 databases to the current schema.
// Already-applied migrations are skipped, so this is safe however storage is shared between files.
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

await applyD1Migrations(env.DB as never, env.TEST_MIGRATIONS);
await applyD1Migrations(env.EMPTY_DB as never, env.TEST_MIGRATIONS);
