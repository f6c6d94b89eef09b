/** Whether the words before a name in its sentence leave it the sentence's subject (both mentions and speakers ask). */
import { roleNounShape } from './titled-names.js';
import { TITLES } from '../lexicon/titles.js';
import { PERSON_NOUNS } from '../lexicon/person-words.js';

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
