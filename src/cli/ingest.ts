import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase } from '../db/node.js';
import { ingestArticle, IngestInputError } from '../ingest/index.js';

const usage = `usage: npm run ingest -- [--source OUTLET] [--url URL] [--published-at ISO] FILE...
Ingests plain-text article files into $DATABASE_URL (default ${DEFAULT_DATABASE_URL}).`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      url: { type: 'string' },
      'published-at': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const db = openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, process.env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(db);
  const totals = { created: 0, unchanged: 0, failed: 0, quotes: 0, people: 0 };
  const started = performance.now();
  for (const [index, file] of positionals.entries()) {
    const prefix = `[${index + 1}/${positionals.length}] ${basename(file)}`;
    try {
      const text = readFileSync(file, 'utf8');
      const result = await ingestArticle(db, {
        text,
        source: values.source,
        url: values.url,
        publishedAt: values['published-at'],
      });
      if (result.created) {
        totals.created++;
        totals.quotes += result.quotes;
        totals.people += result.people;
        console.log(
          `${prefix}: stored as article ${result.articleId} (${result.quotes} quotes, ${result.people} people, ${result.organisations} organisations)`,
        );
      } else {
        totals.unchanged++;
        console.log(`${prefix}: already stored as article ${result.articleId}, unchanged`);
      }
    } catch (error) {
      totals.failed++;
      const reason =
        error instanceof IngestInputError || (error as NodeJS.ErrnoException).code
          ? (error as Error).message
          : 'ingestion failed';
      console.error(`${prefix}: FAILED: ${reason}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${positionals.length} files in ${seconds.toFixed(1)} s: ${totals.created} stored, ${totals.unchanged} already there, ${totals.failed} failed; ${totals.quotes} quotes, ${totals.people} people found`,
  );
  db.$client.close();
  return totals.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`ingest: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
