/** Whether the words before a name in its sentence leave it the sentence's subject (both mentions and speakers ask). */
import { roleNounShape } from './titled-names.js';
import { TITLES } from '../lexicon/titles.js';
import { PERSON_NOUNS } from '../lexicon/person-words.js';
import type { ParagraphInfo } from '../doc/index.js';

/** What may stand before a subject in its sentence: a connective, an introductory phrase ("On the night bus,", "Two years
 * ago"), or a short noun phrase in apposition ("Her neighbour, Tom Bristow, …"). */
const SUBJECT_PREFIX =
  /^\s*(?:(?:But|And|However|Meanwhile|Separately|Then|Now|Still),?\s+)?(?:(?:Asked|Pressed|Speaking|Interviewed|Reached|Contacted)\b[^,“”"]{0,100},\s*)?(?:(?:In|On|At|Across|Inside|Outside|Back|Along|Down|Up|Over|By|After|Before|Since|During|From|Near|Behind|Under|Upstairs|Downstairs|Nearby|Elsewhere|Later|Earlier|Today|Tonight|This|Last|Next)\b[^,“”"]{0,80},\s*|(?:\p{Lu}\p{Ll}*|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|later|earlier),?\s*)?(?:For\s+|(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s*|(?:the|a|an|The|A|An)\s+(?:[\p{L}'’-]+\s+){1,6}[\p{L}'’-]+,\s*|(?:His|Her|Their|Our|My)\s+(?:[\p{Ll}-]+\s+){1,2})?$/u;
/** The reporter turning to someone in an interview: "I ask Wanjiru whether …", "When I put this to Ms Roe, …". */
const ADDRESSEE_PREFIX =
  /^\s*(?:(?:When|As|So|Then|Later)\s+)?(?:I|we)\s+(?:ask|asked|put (?:it|this|that) to|remind|reminded|turn to|turned to|press|pressed)\s+$/iu;

/** May the words before a name in its sentence leave the name as the sentence's subject (or the addressee of the
 * reporter's question)? A lower-case role noun right before the name ("driver Carl Whitaker", "charge nurse …") is
 * part of the subject. */
export function subjectPrefix(prefix: string): boolean {
  let bare = prefix.replace(/(?:^|\s)(?:[\p{Ll}'’-]+\s+)?(?:[\p{Ll}-]+)\s$/u, (m) => (roleWords(m) ? ' ' : m));
  // "Jamieson resident Bev Kelleher", "24-year-old forklift driver Kyle Brennan": a place or an age before the role noun
  if (bare !== prefix)
    bare = bare.replace(
      /(?:(?:^|\s)(?:the|a|an|The|A|An))?(?:(?:^|\s)(?:\p{Lu}[\p{Ll}'’-]+|\d+-year-old)){1,2}\s$/u,
      ' ',
    );
  return SUBJECT_PREFIX.test(bare) || ADDRESSEE_PREFIX.test(prefix);
}

function roleWords(words: string): boolean {
  const ws = words.trim().split(/\s+/);
  const last = ws[ws.length - 1];
  return roleNounShape(last) || TITLES.has(last) || PERSON_NOUNS.has(last);
}

/** More whitespace-separated chunks than SUBJECT_PREFIX and ADDRESSEE_PREFIX can match (about 110 at most: two bounded
 * phrases of 100 and 80 characters and a dozen words), so a longer prefix is never a subject's. */
const MAX_PREFIX_CHUNKS = 200;
/** Prefixes shorter than this are tested directly. */
const LONG_PREFIX = 1000;
const chunkCounts = new WeakMap<ParagraphInfo, Uint32Array>();

/** Whitespace-separated chunks that start in [s, f) of a paragraph, plus one for a chunk running across s. */
function chunksBetween(p: ParagraphInfo, s: number, f: number): number {
  let counts = chunkCounts.get(p);
  if (!counts) {
    const t = p.text;
    counts = new Uint32Array(t.length + 1);
    let n = 0;
    let prevSpace = true;
    for (let i = 0; i < t.length; i++) {
      const space = /\s/.test(t[i]);
      if (!space && prevSpace) n++;
      prevSpace = space;
      counts[i + 1] = n;
    }
    chunkCounts.set(p, counts);
  }
  return counts[f] - counts[s] + 1;
}

/** subjectPrefix of the text from s to f in a paragraph, without reading a prefix too long to be a subject's. */
export function subjectPrefixAt(p: ParagraphInfo, s: number, f: number): boolean {
  if (f - s > LONG_PREFIX && chunksBetween(p, s, f) > MAX_PREFIX_CHUNKS) return false;
  return subjectPrefix(p.text.slice(s, f));
}
