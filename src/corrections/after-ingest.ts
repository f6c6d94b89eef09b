import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import type { ArticleHints } from '../extract/index.js';
import { bumpGeneration } from '../ingest/write.js';
import { correctionsFor, reapplyStatements, storedHints } from './reextract.js';

/**
 * Runs after an article is stored: keeps the text it was extracted from (for re-extraction) and
 * applies the corrections in force about its people (a merge of two people applies to a new article
 * naming either), in one batch.
 */
export async function afterArticleIngest(db: Database, articleId: number, text: string, hints: ArticleHints) {
  const people = await db.all<{ id: number; key: string }>(
    sql`select a.person_id as id, a.key as key from article_people m join person_aliases a on a.person_id = m.person_id where m.article_id = ${articleId}`,
  );
  const keys = [...new Set(people.flatMap((p) => [p.key, `person:${p.id}`]))];
  const active = await correctionsFor(db, keys);
  const statements: unknown[] = [
    db
      .insert(t.articleTexts)
      .values({ articleId, text, hints: storedHints(hints) })
      .onConflictDoNothing(),
  ];
  if (active.length) statements.push(...reapplyStatements(db, active, [], []), bumpGeneration(db));
  await db.batch(statements as never);
}
