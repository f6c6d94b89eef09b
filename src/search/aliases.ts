import { sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { literal, wordsOf } from './query.js';

/** The people and the organisations whose names best match a search, whose other names join it. */
const ENTITIES_PER_KIND = 3;
/** At most this many names are added, so a match stays cheap however many aliases an entity has. */
const MAX_NAMES = 24;

/**
 * A full-text match over article and quote text that also finds the other names of the people and
 * organisations the search names: "zelenskyy" finds an article that writes "Volodymyr Zelensky",
 * "park sunwon" one that writes "Park Sun-won", "nis" one that writes "National Intelligence Service".
 * The entities are the best few whose name, alias, acronym or folded name match the search (the
 * people and organisations indexes, see the search migration); each of their names is added as a
 * phrase, in the words the article index cuts text into. Names are whole, never a lone surname.
 */
export async function withOtherNames(db: Database, match: string): Promise<string> {
  const limit = sql.raw(String(ENTITIES_PER_KIND));
  const rows = await db.all<{ names: string }>(sql`
    select names from (select name || ' ; ' || aliases as names from people_fts
      where people_fts match ${match} order by rank limit ${limit})
    union all
    select names from (select name || ' ; ' || acronym || ' ; ' || aliases as names from organisations_fts
      where organisations_fts match ${match} order by rank limit ${limit})`);
  const phrases = new Set<string>();
  for (const row of rows) {
    for (const name of row.names.split(' ; ')) {
      const words = wordsOf(name);
      if (words.length && phrases.size < MAX_NAMES) phrases.add(literal(words, false));
    }
  }
  return phrases.size ? `(${match}) OR ${[...phrases].join(' OR ')}` : match;
}
