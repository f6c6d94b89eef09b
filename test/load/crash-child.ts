/**
 * Ingests distinct articles into DATABASE (argv[2]) one after another, printing `stored <marker>`
 * after each acknowledged write, until it is killed: the crash test SIGKILLs it mid-batch.
 */
import { migrateDatabase, openDatabase } from '../../src/db/node.js';
import { ingestArticle } from '../../src/ingest/index.js';
import { loadArticle } from './mixed-load.js';

const db = openDatabase(process.argv[2]);
await migrateDatabase(db);
console.log('ready');
for (let n = 0; ; n++) {
  const marker = `crash-${process.pid}-${n}`;
  await ingestArticle(db, { text: loadArticle(n, marker) });
  console.log(`stored ${marker}`);
}
