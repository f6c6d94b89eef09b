import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { literal, wordsOf } from './query.js';

/**
 * Quotes in other articles that hold this one's words or are held in them ("These are things we
 * need to sort out" inside a longer quote of the same remarks), beyond those with the very same
 * words (equal text keys, which Quote.alsoIn reads from its own relation).
 *
 * Candidates come from the quotes' full-text index: every quote that shares a run of WINDOW words
 * with this one (as a phrase), which any quote of at least WINDOW words that contains it or that
 * it contains does. They are then kept only when one text key holds the other word for word.
 * Shorter quotes ("very serious") are too common a phrase to call the same quote unless equal.
 */
export const WINDOW = 4;
/** A very long quote is probed by at most this many runs, spread over it. */
const MAX_WINDOWS = 48;
/** Candidates read per quote, oldest first; a phrase printed everywhere stops here. */
const MAX_CANDIDATES = 200;

export interface QuoteWords {
  id: number;
  articleId: number;
  text: string;
  textKey: string;
}

function windowsMatch(text: string): string | null {
  const words = wordsOf(text);
  if (words.length < WINDOW) return null;
  const runs = words.length - WINDOW + 1;
  const step = Math.max(1, Math.ceil(runs / MAX_WINDOWS));
  const phrases = new Set<string>();
  for (let i = 0; i < runs; i += step) phrases.add(literal(words.slice(i, i + WINDOW), false));
  phrases.add(literal(words.slice(runs - 1), false));
  return [...phrases].join(' OR ');
}

const holds = (outer: string, inner: string) => ` ${outer} `.includes(` ${inner} `);

/** Ids of the quotes in other articles that hold this one's words or are held in them, oldest first. */
export async function overlappingQuotes(db: Database, quote: QuoteWords, limit: number): Promise<number[]> {
  const match = windowsMatch(quote.text);
  if (match === null || !quote.textKey) return [];
  const rows = await db.all<{ id: number; key: string }>(sql`
    select q.id as id, q.text_key as key from quotes q
    where q.id in (select rowid from quotes_fts where quotes_fts match ${match} order by rowid limit ${MAX_CANDIDATES})
      and q.article_id <> ${quote.articleId} and q.text_key <> ${quote.textKey}
    order by q.id`);
  return rows
    .filter((row) => holds(row.key, quote.textKey) || holds(quote.textKey, row.key))
    .slice(0, limit)
    .map((row) => Number(row.id));
}
