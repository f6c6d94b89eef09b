import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateDatabase, openDatabase, projectRoot } from '../src/db/node.js';
import { ingestArticle } from '../src/ingest/index.js';

/**
 * Articles per second through the real ingestion (extraction, resolution against what is stored,
 * one atomic batch each) into a fresh embedded database, for `seconds`. The bundled and evaluation
 * articles are cycled, each round under a new headline so none is skipped as already stored.
 */
export async function ingestionThroughput(databaseUrl: string, seconds: number) {
  const texts = ['data/articles', 'test/eval/articles'].flatMap((folder) =>
    readdirSync(join(projectRoot, folder))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(projectRoot, folder, name), 'utf8')),
  );
  const db = openDatabase(databaseUrl);
  await migrateDatabase(db);
  const started = performance.now();
  let articles = 0;
  try {
    for (let round = 1; performance.now() - started < seconds * 1000; round++) {
      for (const text of texts) {
        await ingestArticle(db, { text: text.replace(/^[^\n]*/, (headline) => `${headline} (edition ${round})`) });
        articles++;
        if (performance.now() - started >= seconds * 1000) break;
      }
    }
  } finally {
    db.$client.close();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { articles, seconds: Number(elapsed.toFixed(1)), articlesPerSecond: articles / elapsed };
}
