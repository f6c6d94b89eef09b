/**
 * Reprints: an article whose body is mostly another article's text (wire copy republished, AFP
 * through BSS) is linked to the earlier of the two, whatever order they arrive in, so that its
 * figures do not count as a second, independent confirmation.
 *
 * Each article keeps a sample of its text (the SAMPLE smallest hashes of its word 6-grams, a
 * bottom-k sketch); two articles are one text when at least half of the newer sample is in the
 * other's. The link is made by one statement in the article's own batch, from the stored samples.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';

export const SAMPLE = 48;
const SHINGLE = 6;
/** Below this many distinct 6-grams an article is too short to tell a reprint from a shared lead. */
const MIN_SAMPLE = 16;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The article's sample: the smallest distinct hashes of its lower-cased word 6-grams. */
export function fingerprintOf(paragraphs: string[]): number[] {
  const words =
    paragraphs
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + SHINGLE).join(' ')));
  if (hashes.size < MIN_SAMPLE) return [];
  return [...hashes].sort((a, b) => a - b).slice(0, SAMPLE);
}

/**
 * Statements for the article's batch: store its sample and link it to the article it shares its text
 * with. `sample`: fingerprintOf(paragraphs), when worked out already (off the writer's thread).
 */
export function reprintStatements(
  db: Database,
  article: SQL | number,
  paragraphs: string[],
  sample = fingerprintOf(paragraphs),
) {
  if (!sample.length) return [];
  const statements: any[] = [];
  for (let i = 0; i < sample.length; i += 40)
    statements.push(
      db
        .insert(t.articleFingerprints)
        .values(sample.slice(i, i + 40).map((hash) => ({ articleId: article, hash })) as never),
    );
  // hashes are integers computed here, inlined to stay within D1's 100 bound parameters
  const hashes = sql.raw(sample.join(', '));
  const needed = Math.ceil(sample.length / 2);
  statements.push(
    db.run(sql`insert or ignore into reprints (article_id, original_id)
      select case when later then ${article} else best.id end, case when later then best.id else ${article} end
      from (
        select m.id as id,
          (n.sort_date > m.sort_date or (n.sort_date = m.sort_date and n.ingested_at >= m.ingested_at)) as later
        from (select article_id, count(*) as shared from article_fingerprints
              where hash in (${hashes}) and article_id <> ${article}
              group by article_id order by shared desc, article_id asc limit 1) as candidate
        join articles m on m.id = candidate.article_id
        join articles n on n.id = ${article}
        where candidate.shared >= ${needed}
          and m.id not in (select article_id from reprints)
      ) as best`),
  );
  return statements;
}

/** The article a reprint is of, as an id subquery; the article itself when it is not a reprint. */
export function originalOf(articleId: SQL): SQL {
  return sql`coalesce((select original_id from reprints where article_id = ${articleId}), ${articleId})`;
}
