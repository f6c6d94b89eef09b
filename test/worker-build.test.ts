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

beforeAll(async () => {
  const result = await promisify(execFile)('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  output = result.stdout + result.stderr;
  // What would be uploaded: the script and its attached modules, not source maps.
  modules = readdirSync(outdir).filter((name) => !name.endsWith('.map') && name !== 'README.md');
}, 180_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

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
