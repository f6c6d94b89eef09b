/**
 * Before `wrangler dev` (npm run dev:worker): applies the drizzle-kit migrations in migrations/ to
 * the local D1 database under .wrangler/state. wrangler.toml's `migrations_pattern` makes wrangler
 * read drizzle's folder-per-migration layout in place, so new migrations need no step here.
 *
 * Why a script and not the bare command in package.json: wrangler asks "continue? (Y/n)" before
 * applying when it runs on a terminal. With stdin not a terminal it applies without asking, so the
 * first start needs no key press; already-applied migrations are skipped.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  // npm puts node_modules/.bin on PATH; on Windows that entry is a .cmd shim, which needs a shell.
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`could not run wrangler: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
