import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, projectRoot } from '../../src/db/node.js';
import { bundledSamples } from '../../src/server.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const databaseUrl = `file:${join(dir, 'cli.db')}`;

async function ingestCli(...paths: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(projectRoot, 'node_modules/.bin/tsx'),
      [join(projectRoot, 'src/cli/ingest.ts'), '--batch', '2', ...paths],
      { env: { ...process.env, DATABASE_URL: databaseUrl, EXTRACT_THREADS: '1' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function storedTitles() {
  const db = openDatabase(databaseUrl);
  try {
    return (await db.$client.execute('select title from articles order by id')).rows.map((row) => String(row.title));
  } finally {
    db.$client.close();
  }
}

describe('npm run ingest', () => {
  // A folder of articles, one level nested, with a file that is not an article beside them.
  const folder = join(dir, 'archive');
  const samples = bundledSamples();
  mkdirSync(join(folder, '2026/03'), { recursive: true });
  copyFileSync(join(projectRoot, 'data/articles', samples[0].name), join(folder, samples[0].name));
  copyFileSync(join(projectRoot, 'data/articles', samples[1].name), join(folder, '2026/03', samples[1].name));
  writeFileSync(
    join(folder, '2026/03/harbour.html'),
    '<p>Harbour to reopen on Friday</p>\n<p>The harbour master said the port would reopen on Friday, officials said.</p>',
  );
  writeFileSync(join(folder, 'notes.md'), 'Not an article.');

  it('ingests every .txt and .html file under a folder, and says in one line that a path does not exist', async () => {
    const missing = join(dir, 'no-such-folder');
    const extra = join(projectRoot, 'data/articles', samples[2].name);
    const first = await ingestCli(folder, missing, extra);
    expect(first.stderr.trim().split('\n')).toEqual([`ingest: ${missing}: no such file or folder`]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^4 files in [\d.]+ s: 4 stored, 0 already there, 0 failed, 1 paths not found;/m);
    expect(first.stdout).not.toMatch(/notes\.md/);
    const titles = await storedTitles();
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Harbour to reopen on Friday');

    const again = await ingestCli(folder);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^3 files in [\d.]+ s: 0 stored, 3 already there, 0 failed;/m);
    expect(await storedTitles()).toEqual(titles);
  });

  it('reports a file that is not an article and goes on with the rest', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const result = await ingestCli(empty, join(projectRoot, 'data/articles', samples[3].name));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: FAILED: Article text is empty/);
    expect(result.stdout).toMatch(/1 stored, 0 already there, 1 failed/);
    expect(await storedTitles()).toHaveLength(5);
  });
});
