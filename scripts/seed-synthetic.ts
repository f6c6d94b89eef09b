/**
 * `npm run seed:synthetic -- --articles N [--database file:PATH]`: builds a synthetic corpus of N
 * articles (about ten quotes each) from recombined real sentences, for benchmarks at scale. The
 * database file is replaced. Default path: data/synthetic-N.db.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { projectRoot } from '../src/db/node.js';
import { buildSyntheticCorpus } from './synthetic/build.js';

export const syntheticDatabasePath = (articles: number) => resolve(projectRoot, `data/synthetic-${articles}.db`);

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '100000' }, database: { type: 'string' } },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error('--articles must be a positive whole number');
    process.exit(1);
  }
  const path = values.database ? values.database.replace(/^file:/, '') : syntheticDatabasePath(articles);
  console.log(`building ${articles} synthetic articles into ${path}`);
  const started = Date.now();
  const built = await buildSyntheticCorpus(path, articles, console.log);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `done: ${built.articles} articles, ${built.quotes} quotes, ${built.people} people, ${built.organisations} organisations in ${seconds.toFixed(1)} s`,
  );
}
