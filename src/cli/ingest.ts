import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase } from '../db/node.js';
import { DEFAULT_BULK_BATCH, ingestInBatches, type BulkOutcome, type BulkSource } from '../ingest/bulk.js';
import { ExtractionTimeoutError, IngestInputError } from '../ingest/index.js';
import { createExtractionPool, extractionPoolOptionsFromEnv } from '../ingest/pool.js';

const usage = `usage: npm run ingest -- [--source OUTLET] [--url URL] [--published-at ISO] [--batch N] DIR|FILE...
Ingests article files into $DATABASE_URL (default ${DEFAULT_DATABASE_URL}): each FILE, and every .txt and
.html file under each DIR (recursively, in name order). Extraction runs on EXTRACT_THREADS threads with
EXTRACT_BUDGET_MS per article; articles are written N to a transaction (default ${DEFAULT_BULK_BATCH}).`;

const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

/** The files a path names: itself, or the article files under a folder. Throws ENOENT for a missing path. */
function filesAt(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function reasonOf(error: unknown): string {
  if (error instanceof IngestInputError || error instanceof ExtractionTimeoutError) return error.message;
  if ((error as NodeJS.ErrnoException).code) return (error as Error).message;
  return 'ingestion failed';
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const files: string[] = [];
  let missing = 0;
  for (const path of positionals) {
    try {
      files.push(...filesAt(path));
    } catch (error) {
      missing++;
      const code = (error as NodeJS.ErrnoException).code;
      console.error(`ingest: ${path}: ${code === 'ENOENT' ? 'no such file or folder' : (error as Error).message}`);
    }
  }
  const hints = { source: values.source, url: values.url, publishedAt: values['published-at'] };
  const sources: BulkSource[] = files.map((file) => ({
    name: file,
    // An .html file is a page: ingestion reads the article it shows (src/ingest/html.ts).
    read: async () => ({ text: await readFile(file, 'utf8'), ...hints }),
  }));

  const db = openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, process.env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(db);
  const pool = createExtractionPool(extractionPoolOptionsFromEnv(process.env));
  const totals = { created: 0, unchanged: 0, failed: 0, quotes: 0, people: 0 };
  const started = performance.now();
  let done = 0;
  const report = (outcome: BulkOutcome) => {
    const prefix = `[${++done}/${files.length}] ${basename(outcome.name)}`;
    if ('error' in outcome) {
      totals.failed++;
      console.error(`${prefix}: FAILED: ${reasonOf(outcome.error)}`);
    } else if (outcome.result.created) {
      const { articleId, quotes, people, organisations } = outcome.result;
      totals.created++;
      totals.quotes += quotes;
      totals.people += people;
      console.log(
        `${prefix}: stored as article ${articleId} (${quotes} quotes, ${people} people, ${organisations} organisations)`,
      );
    } else {
      totals.unchanged++;
      console.log(`${prefix}: already stored as article ${outcome.result.articleId}, unchanged`);
    }
  };
  try {
    await ingestInBatches(db, sources, {
      extract: pool.run,
      batchSize: values.batch ? Math.max(1, Number(values.batch)) : undefined,
      onOutcome: report,
    });
  } finally {
    await pool.close();
    db.$client.close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${files.length} files in ${seconds.toFixed(1)} s: ${totals.created} stored, ${totals.unchanged} already there, ${totals.failed} failed${missing ? `, ${missing} paths not found` : ''}; ${totals.quotes} quotes, ${totals.people} people found`,
  );
  return totals.failed || missing ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ingest: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
