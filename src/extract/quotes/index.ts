/**
 * quotes: reads the doc (paragraphs with tokens and sentence starts); returns the quote spans (span.ts) in reading
 * order, with their kind and, for reported speech, the speech verb; no speakers yet.
 *
 * - Marked quotes: “ ” " " ‘ ’ « » „ “ and (cautiously) straight single quotes. A quote open at the end of a
 *   paragraph continues when the next paragraph re-opens with a mark (news convention), giving one quote
 *   whose text joins the paragraphs with "\n". An opening mark that is never closed runs to the paragraph end.
 * - DIRECT: a quoted clause/sentence standing on its own (starts the sentence, follows "said,"/":", or is
 *   followed by ", said X"). PARTIAL: a phrase embedded in reported speech. Short embedded phrases
 *   without any speech verb in their sentence, and Title-Case names ("the elite "Storm Corps""), are
 *   scare quotes / names and are dropped.
 * - INDIRECT: reported speech without marks: "X said (that) …", "…, X said.", "according to X, …",
 *   "…, according to X". One per sentence at most; dropped when a marked quote covers much of it.
 */
import type { QuoteKind } from '../types.js';
import { paragraphInfo, type ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from './span.js';
import { findCues } from './cues.js';
import { sentenceStarts, sentenceAt, isUpper, isLower, wordCount, tokenAt, firstIndexNotBefore } from '../doc/text.js';

import { scanMarks, type RawSpan } from './marks.js';
import { findIndirect, markedIntervals } from './indirect.js';
import { MINOR } from '../lexicon/function-words.js';

// ------------------------------------------------------------------ classification

const WINDOW = 400;

const CAPWORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*$/u;

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  return words.every((w, i) => CAPWORD.test(w.replace(/[,.!?:;]+$/, '')) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** Marked quotes with their kind; scare quotes and names dropped. */
function classifyMarked(info: ParagraphInfo[], raw: RawSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const r of raw) {
    const p = info[r.paragraph];
    const text = r.parts.join('\n').trim();
    // context windows are bounded so that a paragraph with thousands of marks stays linear
    const sStart = Math.max(sentenceAt(p.starts, p.text.length, r.openMark)[0], r.openMark - WINDOW);
    const pre = p.text.slice(sStart, r.openMark).trim();
    const endP = info[r.endParagraph];
    const afterIdx = r.closeMark >= 0 ? r.closeMark + 1 : endP.text.length;
    const sEnd = Math.min(sentenceAt(endP.starts, endP.text.length, Math.max(0, afterIdx - 1))[1], afterIdx + WINDOW);
    const post = endP.text.slice(afterIdx, Math.max(afterIdx, sEnd)).trim();
    const words = wordCount(text);
    const first = text.replace(/^[^\p{L}\p{N}]+/u, '')[0];
    const startsUpper = isUpper(first) || /^[…\d]/.test(text) || /^\.\.\./.test(text);
    const endsPunct = /[.,!?…:;-]$/.test(text);
    const multi = r.endParagraph > r.paragraph || sentenceStarts(text).length > 1;
    const preIntro =
      pre === '' ||
      /[,:]$/.test(pre) ||
      /\b(?:said|says|told|added|asked|wrote|stated|declared|replied|continued|tweeted|posted)$/i.test(pre);
    const postCue =
      /^[,!?]/.test(post) || (endsPunct && /^(?:\p{Ll}|\p{Lu}\p{Ll}+ (?:said|says|told|added))/u.test(post));
    const hasCue =
      findCues(p.text, p.tokens, tokenAt(p.tokens, sStart), tokenAt(p.tokens, r.openMark)).length > 0 ||
      findCues(endP.text, endP.tokens, tokenAt(endP.tokens, afterIdx), tokenAt(endP.tokens, Math.max(afterIdx, sEnd)))
        .length > 0;
    let kind: QuoteKind | null;
    const prevWord = /([\p{L}'’-]+)\W*$/u.exec(pre)?.[1]?.toLowerCase() ?? '';
    const bare = text.replace(/[,.;:!?]+$/, '');
    const namedThing =
      TITLE_CONTEXT.test(pre) ||
      (isTitleCase(bare) &&
        !preIntro &&
        words <= 8 &&
        !(startsUpper && /^[,!?]\s*(?:said|says|\p{Ll}+ed)\b/u.test(post.replace(/^[”"’]/, ''))));
    // "Her memoir, “Songs of the Valley,” was published": a Title-Case apposition inside a sentence with no speech verb
    const apposedTitle = isTitleCase(bare) && /,$/.test(pre) && !hasCue && words <= 6 && /^\p{Ll}/u.test(post);
    if ((namedThing || apposedTitle) && !multi)
      kind = null; // titles of works, names, words-as-words
    else if (isTitleCase(text) && !endsPunct && !postCue && words <= 6)
      kind = null; // name or title
    else if (words === 1 && !preIntro && !postCue && !ONE_WORD_OK.test(prevWord) && !/ly$/.test(prevWord))
      kind = null; // "reached "high""
    else if (words <= 3 && !preIntro && /^(?:his|her|its|their|our|my|your)$|['’]s$/.test(prevWord))
      kind = null; // "his "base case""
    else if (/\(\s*[\p{L} ]{0,30}$/u.test(pre) && words <= 4)
      kind = null; // gloss: (Hindi for "effort")
    else if (
      (preIntro || postCue || multi) &&
      (startsUpper || (multi && preIntro) || (preIntro && words >= 4)) &&
      !(isLower(first) && !preIntro)
    )
      kind = 'DIRECT';
    else if (words <= 3 && !hasCue)
      kind = null; // scare quote
    else if (words <= 2 && isLower(first) && !hasCue) kind = null;
    else kind = 'PARTIAL';
    if (!kind) continue;
    out.push({
      kind,
      text,
      paragraph: r.paragraph,
      start: r.start,
      endParagraph: r.endParagraph,
      end: r.end,
      marked: true,
      openMark: r.openMark,
      closeMark: r.closeMark,
    });
  }
  return out;
}

const TITLE_CONTEXT =
  /\b(?:titled|entitled|headlined|dubbed|nicknamed|code-named|codenamed|the (?:word|term|phrase|slogan|hashtag|motto|label)s?|(?:film|movie|book|novel|song|album|hymn|play|poem|series|show|programme|program|thriller|documentary|memoir|campaign|operation|exhibition|opera|musical|podcast|painting|single)|known as|which (?:he|she|they|it) calls?|(?:he|she|they|it) calls? it),?\s*$/i;
const ONE_WORD_OK =
  /^(?:is|was|were|are|be|been|being|not|as|a|an|the|very|so|too|more|most|called|call|calls|described|branded|labelled|labeled|termed|deemed|felt|feel|feels|seemed|looked|remained|remains|stay|stayed|and|or|but|absolutely|completely|utterly|totally|deeply|truly|quite|rather|really|just|still|now|simply|both|entirely|fully)$/;

// ------------------------------------------------------------------ reported speech

/** All quote spans, in reading order. */
export function findQuotes(paragraphs: string[], info: ParagraphInfo[] = paragraphInfo(paragraphs)): QuoteSpan[] {
  const marked = classifyMarked(info, scanMarks(paragraphs));
  const iv = markedIntervals(info, marked);
  const indirect = findIndirect(info, marked).filter((q) => {
    // a reported clause that contains quoted words is represented by the marked (partial) quote only
    const l = iv[q.paragraph];
    const lo = firstIndexNotBefore(l.length, (i) => l[i][1] < q.start);
    if (!(lo < l.length && l[lo][0] < q.end)) return true;
    // "said A "quoted" and that B": B is still reported speech of its own
    let lastMarkEnd = q.start;
    for (let k = lo; k < l.length && l[k][0] < q.end; k++) lastMarkEnd = Math.max(lastMarkEnd, l[k][1]);
    const rest = info[q.paragraph].text.slice(lastMarkEnd, q.end);
    const m = /(?:,\s*|\s)(?:and|but)\s+(?:also\s+)?that\s/.exec(rest);
    if (m && lastMarkEnd < q.end) {
      const a = lastMarkEnd + m.index + m[0].length;
      if (wordCount(info[q.paragraph].text.slice(a, q.end)) >= 3) {
        q.start = a;
        q.text = info[q.paragraph].text.slice(a, q.end);
        return true;
      }
    }
    return false;
  });
  return [...marked, ...indirect].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
