/**
 * Gold quotes from PolNeAR attributions, by the protocol of issue 13:
 *
 * - a gold (direct) quote is each quoted segment — the words between a pair of quotation marks — of an
 *   attribution whose content holds a quotation mark (marks hugging the content span count as inside);
 * - a gold INDIRECT quote is the content of an attribution without quotation marks whose cue holds a
 *   speech verb;
 * - a gold source counts for speaker accuracy only when it is a name: not a pronoun, not a description
 *   such as "the Indiana governor" or "the Clinton campaign", not a group such as "Democrats".
 */
import type { Attribution, Span } from './polnear-brat.js';

export interface GoldSegment extends Span {
  /** The source span's text, or null for an attribution without a source. */
  source: string | null;
  /** Whether `source` is a name (see isNameSource). */
  named: boolean;
  cue: string;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
/** Two apostrophes ('') stand for a straight double mark in some outlets' copy. */
const DOUBLE_MARKS = /["“”„«»]|''/u;
const SINGLE_OPEN = /(^|[\s([{—–-])‘/u;

const text = (t: string, spans: Span[]) => spans.map((s) => t.slice(s.start, s.end)).join(' ');

/** Widen a span over quotation marks (and spaces) that touch it from outside. */
function hug(t: string, s: Span): Span {
  let { start, end } = s;
  let a = start;
  while (a > 0 && /[ \t]/.test(t[a - 1])) a--;
  if (a > 1 && t.slice(a - 2, a) === "''") start = a - 2;
  else if (a > 0 && /["“„«‘]/u.test(t[a - 1])) start = a - 1;
  let b = end;
  while (b < t.length && /[ \t.,;:!?]/.test(t[b])) b++;
  if (t.slice(b, b + 2) === "''") end = b + 2;
  else if (b < t.length && /["”»’]/u.test(t[b]) && !/\p{L}/u.test(t[b + 1] ?? '')) end = b + 1;
  return { start, end };
}

/** The quoted segments of a span of text: [start, end) of the words between marks, in article offsets. */
export function quotedSegments(t: string, span: Span): Span[] {
  const s = hug(t, span);
  const body = t.slice(s.start, s.end);
  const double = DOUBLE_MARKS.test(body);
  const out: Span[] = [];
  let open: number | null = null;
  const atParagraphStart = (i: number) => /(^|\n)[ \t]*$/.test(t.slice(Math.max(0, i - 4), i));
  for (let i = s.start; i < s.end; i++) {
    const pair = t[i] === "'" && t[i + 1] === "'";
    const ch = pair ? STRAIGHT : t[i];
    const width = pair ? 2 : 1;
    const opens = double
      ? OPENERS.has(ch) || (ch === STRAIGHT && (open == null || atParagraphStart(i)))
      : ch === '‘' && SINGLE_OPEN.test(t.slice(Math.max(0, i - 1), i + 1));
    const closes = double
      ? CLOSERS.has(ch) || (ch === STRAIGHT && open != null && !atParagraphStart(i))
      : ch === '’' && open != null && !/\p{L}/u.test(t[i + 1] ?? '');
    if (opens) {
      // a paragraph that re-opens a quote continues it
      if (open == null || !atParagraphStart(i)) open = i + width;
    } else if (closes) {
      out.push({ start: open ?? s.start, end: i });
      open = null;
    }
    i += width - 1;
  }
  if (open != null) out.push({ start: open, end: s.end });
  return out.filter((seg) => /[\p{L}\p{N}]/u.test(t.slice(seg.start, seg.end)));
}

/** Whether an attribution's content holds a quotation mark (hugging marks included). */
export function isQuoted(t: string, a: Attribution): boolean {
  return a.content.some((c) => {
    const body = t.slice(hug(t, c).start, hug(t, c).end);
    return DOUBLE_MARKS.test(body) || SINGLE_OPEN.test(body);
  });
}

const SPEECH_VERBS = new Set(
  (
    'say says said saying tell tells told telling add adds added adding write writes wrote writing written ' +
    'ask asks asked asking announce announces announced announcing note notes noted noting argue argues argued ' +
    'arguing tweet tweets tweeted tweeting declare declares declared declaring respond responds responded ' +
    'responding reply replies replied replying acknowledge acknowledges acknowledged acknowledging explain ' +
    'explains explained explaining claim claims claimed claiming state states stated stating insist insists ' +
    'insisted insisting warn warns warned warning predict predicts predicted predicting promise promises ' +
    'promised promising admit admits admitted admitting concede concedes conceded conceding contend contends ' +
    'contended contending assert asserts asserted asserting maintain maintains maintained stress stresses ' +
    'stressed stressing emphasize emphasizes emphasized emphasise emphasised recall recalls recalled recalling ' +
    'remark remarks remarked repeat repeats repeated reiterate reiterates reiterated testify testifies ' +
    'testified complain complains complained complaining boast boasts boasted vow vows vowed urge urges urged ' +
    'urging deny denies denied denying confirm confirms confirmed suggest suggests suggested suggesting comment ' +
    'comments commented observe observes observed mention mentions mentioned allege alleges alleged caution ' +
    'cautions cautioned joke jokes joked quip quips quipped shout shouted yell yelled exclaim exclaimed whisper ' +
    'whispered answer answers answered report reports reported reporting charge charges charged'
  ).split(' '),
);

/** Whether a cue holds a speech verb ("said", "told reporters", "wrote in a memo"). */
export function isSpeechCue(cue: string): boolean {
  return (cue.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SPEECH_VERBS.has(w));
}

const CLOSED_CLASS = new Set(
  (
    'i me my we us our you your he him his she her they them their it its who whom whose which that this these ' +
    'those the a an some many most several few both all each every one others other another any someone ' +
    'somebody everyone nobody none q'
  ).split(' '),
);

/** Capitalised plural nouns for groups, not names of speakers. */
const GROUPS = new Set(
  (
    'democrats republicans americans conservatives liberals progressives independents millennials christians ' +
    'evangelicals catholics muslims jews latinos hispanics europeans britons israelis palestinians mexicans ' +
    'russians iranians syrians iraqis chinese germans democrat republican independent'
  ).split(' '),
);

/** Title and role words that, alone, describe rather than name ("the President", "Senator"). */
const TITLES = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary speaker gen general ' +
    'judge justice mayor chairman chairwoman chair leader minister prime chief director attorney sheriff ' +
    'spokesman spokeswoman'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const key = (w: string) => w.toLowerCase().replace(/\.+$/u, '');

/** Words of a span with a leading capital, possessive ’s and trailing dots removed. */
export function capitalisedWords(span: string): string[] {
  return (span.match(WORD) ?? [])
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.replace(/['’]s$/u, '').replace(/\.+$/u, ''));
}

/**
 * A source is a name when one of its comma- or parenthesis-separated parts has a capitalised head
 * (its last word before a post-modifier: a relative clause, a preposition, a participle) that is not a
 * pronoun, a closed-class word, a group or a bare title — "Sen. Ted Cruz (R-Texas)", "the Associated
 * Press", "Trump’s" are names; "he", "the Indiana governor", "the Clinton campaign", "Democrats", "Some",
 * "a poll released Sunday by X" are not. With the article's text, a capitalised first word whose
 * lower-case form the article also uses ("Polls said") is taken for a common noun.
 */
export function isNameSource(source: string | null, articleText?: string): boolean {
  if (!source) return false;
  const parts = source
    .replace(/\([^)]*\)/g, ',')
    .split(/[,;—–]|\s-\s/)
    .map((p) => p.split(/\s+(?:who|which|that|whose)\s+/i)[0].replace(/\s+(?:himself|herself|themselves|itself)$/i, ''))
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.some((part) => {
    const words = part.match(WORD) ?? [];
    // "officials at X" is headed by "officials"; "Secretary of State John Kerry" by "Kerry"
    let cut = words.findIndex(
      (w, i) => i > 0 && (PREPOSITIONS.has(w) || (i < words.length - 1 && /^\p{Ll}+(?:ed|ing)$/u.test(w))),
    );
    if (cut < 0) cut = words.length;
    const firstHead = words[cut - 1];
    const titled = firstHead && /^\p{Lu}/u.test(firstHead) && TITLES.has(key(firstHead));
    const headAt = titled ? words.length - 1 : cut - 1;
    const head = words[headAt]?.replace(/['’]s$/u, '');
    if (!head || !/^\p{Lu}/u.test(head) || head.length < 2) return false;
    if (CLOSED_CLASS.has(key(head)) || GROUPS.has(key(head))) return false;
    if (headAt === 0 && articleText && wordsOf(articleText).has(head.toLowerCase())) return false;
    return words.some((w) => /^\p{Lu}/u.test(w) && !TITLES.has(key(w)));
  });
}

const PREPOSITIONS = new Set('of at for from in on with by out about to than among like'.split(' '));

let lastText = '';
let lastWords = new Set<string>();
/** The words of a text as written (memoised for the article being scored). */
function wordsOf(text: string): Set<string> {
  if (text !== lastText) {
    lastText = text;
    lastWords = new Set(text.match(/[\p{L}\p{N}'’-]+/gu) ?? []);
  }
  return lastWords;
}

/**
 * Brat cuts a selection into pieces at sentence boundaries ("…change. I think…" as two spans a space
 * apart); pieces separated by nothing but white space are one stretch of the content.
 */
export function joinAdjacent(t: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start >= last.end && /^\s*$/.test(t.slice(last.end, s.start))) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Gold direct segments and gold indirect contents of one article's attributions. */
export function goldQuotes(t: string, attributions: Attribution[]): { direct: GoldSegment[]; indirect: GoldSegment[] } {
  const direct = new Map<string, GoldSegment>();
  const indirect = new Map<string, GoldSegment>();
  for (const a of attributions) {
    const source = a.source ? text(t, a.source) : null;
    const base = { source, named: isNameSource(source, t), cue: text(t, a.cue) };
    const put = (into: Map<string, GoldSegment>, s: Span) => {
      const id = `${s.start}:${s.end}`;
      const prev = into.get(id);
      if (!prev || (!prev.named && base.named)) into.set(id, { ...s, ...base });
    };
    if (isQuoted(t, a))
      for (const c of joinAdjacent(t, a.content)) for (const seg of quotedSegments(t, c)) put(direct, seg);
    else if (isSpeechCue(base.cue))
      put(indirect, { start: a.content[0].start, end: a.content[a.content.length - 1].end });
  }
  const ordered = (m: Map<string, GoldSegment>) => [...m.values()].sort((a, b) => a.start - b.start);
  return { direct: ordered(direct), indirect: ordered(indirect) };
}
