/**
 * Turns what a person typed into a search box into a safe FTS5 MATCH expression.
 *
 * Nothing the user types reaches FTS5 as syntax: the text is cut into words the way FTS5's
 * unicode61 tokenizer cuts it (letters and digits; everything else separates), and each word is
 * emitted as a quoted FTS5 string. What is understood:
 *  - words: all must match (AND);
 *  - "a phrase in quote marks" (straight or typographic): the words in that order;
 *  - an unclosed quote: a phrase still being typed, its last word a prefix;
 *  - `OR` in capitals between two words or phrases: either (GitHub's and Google's idiom);
 *  - the last word is a prefix, so results come while typing (`zelen` finds Zelensky);
 *  - a word joined by hyphens, apostrophes or dots (`Sun-won`, `U.S.`, `O'Brien`) matches written
 *    either way: as its parts in a row, or as one folded word (`Sunwon`, `US`, `OBrien`), which
 *    is how names are also indexed.
 * Everything else (`NEAR`, `AND`, `NOT`, `*`, `^`, `:`, parentheses, SQL) is just text.
 * Case and accents are folded by the tokenizer (`remove_diacritics 2`), on both sides.
 */

/** At most this many words and phrases are used; the rest of a very long query is ignored. */
export const MAX_QUERY_ITEMS = 16;
/** Input beyond this many characters is ignored before parsing (a 10 KB paste costs nothing). */
export const MAX_QUERY_CHARS = 1_000;
/** Longer words are cut: no real word is longer, and FTS5 need not look up pasted noise. */
export const MAX_WORD_CHARS = 64;
/** A one-letter prefix would expand to a large part of the vocabulary; prefixes start at two. */
const MIN_PREFIX_CHARS = 2;

/** One thing to match: a word (possibly compound) or a phrase. */
export type QueryItem =
  | { type: 'word'; parts: string[]; prefix: boolean }
  | { type: 'phrase'; words: string[]; prefix: boolean };

/** Items in a group match if any does; all groups must match. */
export type ParsedQuery = QueryItem[][];

const wordPattern = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
// Hyphens, apostrophes and dots join the parts of one word ("Sun-won", "O'Brien", "U.S."); any other
// non-word character separates words.
const separators = /[^\p{L}\p{N}\p{M}\p{Co}\-\u2010\u2011'\u2019.]+/u;
const quoteMarks = /[“”„‟«»〝〞＂]/g;

/** The words of a text as FTS5's unicode61 tokenizer cuts them, lowercased. */
export function wordsOf(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((w) => w.toLowerCase().slice(0, MAX_WORD_CHARS));
}

/** Parses user text into AND-ed groups of OR-ed items; an empty list when nothing is searchable. */
export function parseQuery(input: string): ParsedQuery {
  const text = input.slice(0, MAX_QUERY_CHARS).normalize('NFC').replace(quoteMarks, '"');
  const segments = text.split('"');
  // An odd number of quote marks leaves the last segment an unclosed phrase.
  const unclosed = segments.length % 2 === 0;
  const tokens: (QueryItem | 'OR')[] = [];
  segments.forEach((segment, i) => {
    if (i % 2 === 1) {
      const words = wordsOf(segment);
      if (words.length) tokens.push({ type: 'phrase', words, prefix: false });
      return;
    }
    for (const chunk of segment.split(separators)) {
      if (chunk === 'OR') {
        tokens.push('OR');
        continue;
      }
      const parts = wordsOf(chunk);
      if (parts.length) tokens.push({ type: 'word', parts, prefix: false });
    }
  });
  if (unclosed && segments.length > 1) {
    // The unclosed phrase was parsed as a closed one above, or (if empty) not at all.
    const last = tokens.at(-1);
    if (last && last !== 'OR' && last.type === 'phrase' && wordsOf(segments.at(-1)!).length) last.prefix = true;
  }
  const last = tokens.at(-1);
  if (last && last !== 'OR' && last.type === 'word') last.prefix = true;
  return groupByOr(tokens);
}

/** Joins items linked by OR into groups; an OR without an item on each side is just the word "or". */
function groupByOr(tokens: (QueryItem | 'OR')[]): ParsedQuery {
  const groups: ParsedQuery = [];
  let items = 0;
  for (let i = 0; i < tokens.length && items < MAX_QUERY_ITEMS; i++) {
    const token = tokens[i];
    if (token === 'OR') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const joins = prev !== undefined && prev !== 'OR' && next !== undefined && next !== 'OR' && groups.length > 0;
      if (joins) {
        groups.at(-1)!.push(next as QueryItem);
        items++;
        i++;
      } else {
        groups.push([{ type: 'word', parts: ['or'], prefix: i === tokens.length - 1 }]);
        items++;
      }
      continue;
    }
    groups.push([token]);
    items++;
  }
  return groups;
}

/** An FTS5 string literal: only `"` is special inside one, and words never contain it. */
export function literal(words: string[], prefix: boolean): string {
  return `"${words.join(' ').replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

function itemExpression(item: QueryItem): string {
  if (item.type === 'phrase') {
    const lastWord = item.words.at(-1)!;
    return literal(item.words, item.prefix && lastWord.length >= MIN_PREFIX_CHARS);
  }
  const joined = item.parts.join('');
  const prefix = item.prefix && (item.parts.length > 1 ? item.parts.at(-1)!.length : joined.length) >= MIN_PREFIX_CHARS;
  if (item.parts.length === 1) return literal(item.parts, prefix);
  // "Sun-won": the parts in a row, or the folded form names are also indexed under.
  return `(${literal(item.parts, prefix)} OR ${literal([joined], item.prefix && joined.length >= MIN_PREFIX_CHARS)})`;
}

/** The FTS5 MATCH expression for a parsed query, or null when it has nothing to match. */
export function matchExpression(query: ParsedQuery): string | null {
  if (!query.length) return null;
  return query
    .map((group) => (group.length === 1 ? itemExpression(group[0]) : `(${group.map(itemExpression).join(' OR ')})`))
    .join(' AND ');
}

/** User text straight to a MATCH expression; null when nothing in it can be searched for. */
export function toMatchExpression(input: string): string | null {
  return matchExpression(parseQuery(input));
}
