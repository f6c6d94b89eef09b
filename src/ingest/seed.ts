import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { ingestArticle } from './index.js';

export interface SampleArticle {
  name: string;
  text: string;
}

/** Ingests the bundled samples when the database has no article yet; returns how many were stored. */
export async function seedIfEmpty(db: Database, samples: SampleArticle[]): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select count(*) as n from articles`);
  if (row && Number(row.n) > 0) return 0;
  let stored = 0;
  for (const sample of samples) {
    const result = await ingestArticle(db, { text: sample.text });
    if (result.created) stored++;
  }
  return stored;
}
