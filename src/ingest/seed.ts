import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { meta } from '../db/schema.js';
import { ingestArticle, type IngestOptions } from './index.js';

export interface SampleArticle {
  name: string;
  text: string;
}

// Set before the first sample is stored and cleared after the last, so a seed cut short (a killed
// process, a Worker past its CPU limit) is finished on the next start although articles exist.
const seedingKey = 'seeding_samples';

/**
 * Ingests the bundled samples when the database has no article yet (or an earlier seed did not
 * finish); returns how many were stored. Ingestion is idempotent, so finishing a seed repeats nothing.
 */
export async function seedIfEmpty(
  db: Database,
  samples: SampleArticle[],
  options: IngestOptions = {},
): Promise<number> {
  const [row] = await db.all<{ articles: number; seeding: number }>(
    sql`select (select count(*) from articles) as articles, (select count(*) from meta where key = ${seedingKey}) as seeding`,
  );
  if (row && Number(row.articles) > 0 && Number(row.seeding) === 0) return 0;
  await db.insert(meta).values({ key: seedingKey, value: 1 }).onConflictDoNothing();
  let stored = 0;
  for (const sample of samples) {
    const result = await ingestArticle(db, { text: sample.text }, options);
    if (result.created) stored++;
  }
  await db.delete(meta).where(eq(meta.key, seedingKey));
  return stored;
}
