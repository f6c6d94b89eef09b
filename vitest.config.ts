import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** drizzle-kit's migrations/<timestamp>_<name>/migration.sql, in order, as D1 migrations for the workers tests. */
async function drizzleMigrationsForD1() {
  const folders = readdirSync('migrations', { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const migrations = [];
  for (const folder of folders.map((entry) => entry.name).sort()) {
    const [migration] = await readD1Migrations(join('migrations', folder));
    if (migration) migrations.push({ ...migration, name: folder });
  }
  return migrations;
}

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and Yoga; make the app's own imports use the
    // same copy, or graphql refuses schema objects made by "another" module instance.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/worker/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The Worker (src/worker.ts, wrangler.toml) inside workerd against a local D1. Not extending the
        // root: workerd resolves graphql's ESM build for everyone, so the Node alias does not apply.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              // EMPTY_DB: a second, unseeded database for tests that give the Worker an env of their own.
              d1Databases: { DB: 'newsgraph-test', EMPTY_DB: 'newsgraph-test-empty' },
              bindings: {
                ADMIN_TOKEN: 'test-admin-token-0123456789',
                TEST_MIGRATIONS: await drizzleMigrationsForD1(),
                // The feed tests fetch from a loopback site (test/worker/feeds-site-setup.ts).
                FETCH_ALLOW_PRIVATE: 'true',
              },
            },
          })),
        ],
        test: {
          name: 'workers',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['test/worker/apply-migrations.ts'],
          globalSetup: ['test/worker/feeds-site-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
