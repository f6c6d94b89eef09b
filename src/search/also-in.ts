import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { literal, wordsOf } from './query.js';

/**
 * Quotes in other articles that hold this one's words or are held in them ("These are things we
 * need to sort out" inside a longer quote of the same remarks), beyond those with the very same
 * words (equal text keys, which Quote.alsoIn reads from its own relation). Both kinds of quote
 * have at least WINDOW words: shorter ones ("very serious") are too common to call the same quote
 * unless equal.
 *
 * - Held in a longer quote: the quotes' full-text index finds the longer ones that have these words
 *   as a phrase (one phrase, read like any search), then their text keys are checked.
 * - Holding shorter quotes: every run of at least WINDOW words of this quote is a text key a shorter
 *   quote could have, looked up on the text-key index (at most MAX_RUNS of them, longest first).
 */
export const WINDOW = 4;
/** Runs of a long quote looked up as keys of shorter ones. */
const MAX_RUNS = 400;
/** Longer quotes read per quote, oldest first; a phrase printed everywhere stops here. */
const MAX_CANDIDATES = 200;

export interface QuoteWords {
  id: number;
  articleId: number;
  text: string;
  textKey: string;
}

/** Runs of WINDOW or more words of a text key, other than the whole key, longest first. */
function runsOf(key: string): string[] {
  const words = key.split(' ');
  const runs: string[] = [];
  for (let length = words.length - 1; length >= WINDOW && runs.length < MAX_RUNS; length--)
    for (let start = 0; start + length <= words.length && runs.length < MAX_RUNS; start++)
      runs.push(words.slice(start, start + length).join(' '));
  return [...new Set(runs)];
}

/**
 * Text keys inlined as SQL string literals: D1 binds at most 100 parameters. A key holds only
 * letters, digits and single spaces (quoteKey), and a quote mark would be doubled all the same.
 */
function keyList(keys: string[]): SQL {
  return sql.raw(keys.map((key) => `'${key.replaceAll("'", "''")}'`).join(', '));
}

const holds = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);

/** Ids of the quotes in other articles that hold this one's words or are held in them, oldest first. */
export async function overlappingQuotes(db: Database, quote: QuoteWords, limit: number): Promise<number[]> {
  const words = wordsOf(quote.text);
  if (words.length < WINDOW || quote.textKey.split(' ').length < WINDOW) return [];
  const runs = runsOf(quote.textKey);
  const held = runs.length
    ? sql`union all select id, text_key as key from quotes where text_key in (${keyList(runs)})`
    : sql``;
  const rows = await db.all<{ id: number; key: string; article_id: number }>(sql`
    select q.id as id, q.key as key from (
      select id, text_key as key from quotes
        where id in (select rowid from quotes_fts where quotes_fts match ${literal(words, false)} order by rowid limit ${MAX_CANDIDATES})
      ${held}
    ) q join quotes x on x.id = q.id
    where x.article_id <> ${quote.articleId} and q.key <> ${quote.textKey}
    order by q.id`);
  const ids = rows
    .filter((row) => holds(row.key, quote.textKey) || holds(quote.textKey, row.key))
    .map((row) => Number(row.id));
  return [...new Set(ids)].slice(0, limit);
}
