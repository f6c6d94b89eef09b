import { parseArgs } from 'node:util';
import { reextractArticles } from '../corrections/reextract.js';
import { DEFAULT_DATABASE_URL, migrateDatabase, openDatabase } from '../db/node.js';

const usage = `usage: npm run reextract [-- --batch N]
Re-runs the current extractor over every article in $DATABASE_URL (default ${DEFAULT_DATABASE_URL}),
each article written again in one batch, and applies the editors' corrections again.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { batch: { type: 'string', default: '50' }, help: { type: 'boolean', short: 'h' } },
  });
  const batch = Number(values.batch);
  if (values.help || !Number.isInteger(batch) || batch < 1) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const db = openDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, process.env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(db);
  const started = performance.now();
  let total = 0;
  for (let after = 0; ; ) {
    const page = await reextractArticles(db, { first: batch, after });
    total += page.count;
    if (page.count) console.log(`re-extracted ${total} articles (up to article ${page.lastId})`);
    if (!page.hasNextPage || page.lastId === null) break;
    after = page.lastId;
  }
  console.log(`done: ${total} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  db.$client.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`reextract failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
