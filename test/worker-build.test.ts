// The Worker bundle as `wrangler deploy` would upload it (built with --dry-run, nothing is sent).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const outdir = mkdtempSync(join(tmpdir(), 'newsgraph-worker-build-'));
let output = '';
let modules: string[] = [];

/** Runs wrangler without a terminal (so it asks nothing) and returns everything it printed. */
async function wrangler(...args: string[]): Promise<string> {
  const result = await promisify(execFile)('npx', ['wrangler', ...args], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return result.stdout + result.stderr;
}

beforeAll(async () => {
  output = await wrangler('deploy', '--dry-run', '--outdir', outdir);
  // What would be uploaded: the script and its attached modules, not source maps.
  modules = readdirSync(outdir).filter((name) => !name.endsWith('.map') && name !== 'README.md');
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('wrangler d1 migrations apply (what npm run dev:worker runs first)', () => {
  it('applies every drizzle-kit migration in migrations/ to a fresh local D1, in order', async () => {
    const state = mkdtempSync(join(tmpdir(), 'newsgraph-d1-state-'));
    try {
      const applied = await wrangler('d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state);
      const folders = readdirSync('migrations', { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
      expect(folders.length).toBeGreaterThan(0);
      const positions = folders.map((folder) => applied.indexOf(`${folder}/migration.sql`));
      for (const position of positions) expect(position).toBeGreaterThanOrEqual(0);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(applied).not.toMatch(/✘|ERROR/);
      // A second run finds nothing left to do.
      expect(await wrangler('d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', state)).toContain(
        'No migrations to apply',
      );
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('wrangler deploy --dry-run', () => {
  it('builds the Worker with its D1 binding', () => {
    expect(output).toContain('--dry-run: exiting now');
    expect(output).toMatch(/env\.DB\b.*D1 Database/);
    expect(modules).toContain('worker.js');
  });

  it('stays under a 1 MiB gzipped upload budget', () => {
    const gzipped = modules.reduce((sum, name) => sum + gzipSync(readFileSync(join(outdir, name))).length, 0);
    expect(gzipped).toBeGreaterThan(0);
    expect(gzipped).toBeLessThan(1024 * 1024);
  });

  it('pulls in no Node-only module', () => {
    const script = readFileSync(join(outdir, 'worker.js'), 'utf8');
    expect(script).not.toMatch(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']node:/);
    expect(script).not.toMatch(/node_modules\/@libsql\/client\/lib-esm\/node\.js|node_modules\/libsql\//);
  });

  it('bundles every sample article in data/articles for seeding', () => {
    const samples = readdirSync('data/articles').filter((name) => name.endsWith('.txt'));
    const bundled = modules.filter((name) => name.endsWith('.txt'));
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(bundled.some((name) => name.endsWith(`-${sample}`))).toBe(true);
  });
});
