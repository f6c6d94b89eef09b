/**
 * The speech verb before a marked quote in its sentence ("X said: “…”", "X called it a “lie”", "…, saying “…”") and
 * what stops one from counting: a subordinate clause opening the sentence, a speech verb's form used as a noun, a
 * verb whose subject cannot be named (the quote then gets no speaker). speakers/index.ts runs these strategies.
 */
import type { SpeakerRef } from '../types.js';
import { cueSpan } from './evidence.js';
import { canStartClause, findCues, skipAfterCue, type Cue } from '../quotes/cues.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { sentenceAt, tokenAt as tokenIndexAt } from '../doc/text.js';
import { AMBIGUOUS_CUES, ATTRIB_ONLY, CUES } from '../lexicon/speech-verbs.js';
import { LEADING_SUBORDINATORS, NOUN_DETERMINERS, NOUN_FORMS } from '../lexicon/clause-words.js';
import { according, subjectAfter } from './after-verb.js';
import { topicPerson } from './memory.js';
import type { Found } from './noun-phrases.js';
import { subjectBefore } from './subject-before.js';
import type { SpeakerContext } from './context.js';
import { type Attribution, participleSubject } from './sentence-rules.js';

/** The cue introduces a reported clause before `limit` ("said that …", "says the plan …"). */
export function introducesClause(p: ParagraphInfo, cue: Cue, limit: number): boolean {
  if (cue.info.indirect === 'no') return false;
  const i = skipAfterCue(p.text, p.tokens, cue, limit);
  if (i >= limit) return false;
  if (p.tokens[i].lower === 'that') return true;
  return cue.info.indirect === 'bare' && !cue.info.gerund && canStartClause(p.text, p.tokens, i);
}

/** A speech verb before the quote in its sentence: "X said: “…”", "X called it a “lie”". */
export function cueBeforeQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  // do not look back past another quote's closing mark
  const from = Math.max(0, q.openMark - 400);
  const lastClose =
    from + Math.max(p.text.slice(from, q.openMark).lastIndexOf('”'), p.text.slice(from, q.openMark).lastIndexOf('"'));
  let winStart = Math.max(sStart, lastClose + 1, from);
  // "She said the so-called “link-out” scheme … was “compliance in name only”": an earlier phrase in marks inside the
  // same sentence does not hide the verb before it
  if (q.kind === 'PARTIAL' && winStart > sStart && lastClose > from) {
    const prevOpen = Math.max(p.text.lastIndexOf('“', lastClose - 1), p.text.lastIndexOf('"', lastClose - 1));
    const inner = prevOpen >= sStart ? p.text.slice(prevOpen + 1, lastClose) : '';
    if (inner && !/[,.!?;:]\s*$/.test(inner) && inner.split(/\s+/).length <= 6) winStart = sStart;
    // "X, star of the show “Harbor Nights,” thanked Y for “…”": a title in marks, its comma inside them
    else if (TITLE_IN_MARKS.test(inner)) winStart = sStart;
  }
  const toks = p.tokens;
  const i0 = tokenIndexAt(toks, winStart);
  const i1 = tokenIndexAt(toks, q.openMark);
  // the verb of a subordinate clause opening the sentence is not the quote's: the main clause follows
  const mainFrom = leadingClauseEnd(p, sStart, q.openMark);
  const inOrder = findCues(p.text, toks, i0, i1).filter(
    (c) => c.according || (!nounUse(toks, c.index) && c.token.start >= mainFrom),
  );
  let cues = inOrder.slice().reverse();
  if (q.kind === 'PARTIAL') {
    // the outermost verb whose reported clause holds the quote: "X said Y confirmed that … “…”"
    // — unless that clause ended before the quote ("X suggested that …, while Y said that the “…”")
    const outer = inOrder.filter(
      (c) => !c.according && introducesClause(p, c, i1) && !CLAUSE_CLOSED.test(p.text.slice(c.token.end, q.openMark)),
    );
    cues = [...outer, ...cues.filter((c) => !outer.includes(c))];
  }
  for (const cue of cues) {
    let f: Found;
    if (cue.according) f = according(ctx, q.paragraph, cue);
    else {
      // "the company said the decision “…” and accused X of “…”": a coordinated verb shares the subject before the earlier quote
      const coordinated =
        winStart > sStart &&
        /^(?:and|but)$/.test(toks[cue.index - 1]?.lower ?? '') &&
        toks[cue.index - 1].start >= winStart;
      const main = coordinated ? null : participleSubject(ctx, q.paragraph, cue.index, winStart);
      if (main)
        return {
          found: main,
          cue: cue.token.lower,
          rule: 'participle-main-subject',
          cueAt: cueSpan(info, q.paragraph, cue),
        };
      f = subjectBefore(ctx, q.paragraph, cue.index, coordinated ? sStart : winStart);
      // "…, said X: “…”": only a verb in the inverted position has its subject after it ("thanked Obama for “…”")
      if (!f.ref && !f.pronoun && !f.final && invertedPosition(p, cue.index, winStart)) {
        const fa = subjectAfter(ctx, q.paragraph, cue.index, q.openMark);
        if (fa.ref) f = fa;
      }
      // "Dean Roe, a 55-year-old salesman from Sumter, South Carolina, says …": when the scan back cannot name the
      // subject, a person opening the sentence, with nothing but an apposition before the verb, is it
      if (!f.ref && !f.pronoun && winStart === sStart && !cue.according) {
        const opener = appositionSubject(ctx, p, q.paragraph, sStart, cue.index);
        if (opener) f = { ref: opener, text: null, final: true };
      }
    }
    if (f.ref || f.pronoun || f.final)
      return {
        found: f,
        cue: cue.according ? 'according to' : cue.token.lower,
        rule: 'cue-before-quote',
        cueAt: cueSpan(info, q.paragraph, cue),
      };
  }
  // cue after a partial quote, later in the same sentence ("…” in comments, Smith said)
  return null;
}

/** A cue word used as a noun: after a determiner or a possessive ("Roe's comments", "the report", "his remarks"). */
function nounUse(toks: ParagraphInfo['tokens'], ci: number): boolean {
  const isDeterminer = (t: ParagraphInfo['tokens'][number] | undefined) =>
    !!t && (NOUN_DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower));
  if (isDeterminer(toks[ci - 1])) return true;
  // "a snappy retort", "a brief reply": a form that is also a noun, after "a" and one modifier ("a statement
  // calling …" is a participle; "the company notes" a verb)
  const l = toks[ci].lower;
  const modifier = toks[ci - 1];
  return (
    (AMBIGUOUS_CUES.has(l) || NOUN_FORMS.has(l)) &&
    !/ing$/.test(l) &&
    /^(?:a|an)$/.test(toks[ci - 2]?.lower ?? '') &&
    /^\p{Ll}/u.test(modifier?.text ?? '') &&
    modifier.end === toks[ci].start - 1 &&
    toks[ci - 2].end === modifier.start - 1
  );
}

/** A sentence opened by a subordinate clause ("When X suggested …, Roe fired back: “…”"): where its comma ends it. */
function leadingClauseEnd(p: ParagraphInfo, sStart: number, limit: number): number {
  const first = p.tokens[tokenIndexAt(p.tokens, sStart)];
  if (!first || !LEADING_SUBORDINATORS.has(first.lower)) return sStart;
  // the last comma before the quote that a capitalised subject follows ("…, Roe fired back"); an apposition's
  // comma ("When the director, Jane Roe, said …") is followed by the name, and the verb after it stays
  const between = p.text.slice(sStart, limit);
  if (/[“”"]/.test(between)) return sStart;
  let end = sStart;
  for (const m of between.matchAll(/,\s+(?=\p{Lu})/gu)) end = sStart + m.index + 1;
  return end;
}

/** Up to five capitalised words in marks, maybe with the sentence's comma inside: a title ("“Harbor Nights,”"). */
const TITLE_IN_MARKS = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|and|a|in|on|for|to)){0,4},?$/u;

/** The person opening a sentence whose verb at token `ci` follows only an apposition: "Roe, a salesman from X, Y,
 * says". Another verb, a relative pronoun or a quote between them means the verb is not the person's. */
function appositionSubject(
  ctx: SpeakerContext,
  p: ParagraphInfo,
  pi: number,
  sStart: number,
  ci: number,
): SpeakerRef | null {
  const toks = p.tokens;
  const cue = toks[ci];
  const person = topicPerson(ctx, pi, sStart - 1, pi, cue.start);
  if (!person) return null;
  const m = ctx.idx.byParagraph[pi].find(
    (x) => x.type === 'person' && x.ref === person.ref && x.start >= sStart && x.start < cue.start,
  );
  if (!m) return null;
  const between = p.text.slice(m.end, cue.start);
  if (!/^\s*[,—–-]/.test(between) || !/[,—–-]\s*$/.test(between) || /[“”"]/.test(between)) return null;
  if (/\b(?:who|whose|which|that|and|but)\b/.test(between)) return null;
  const from = tokenIndexAt(toks, m.end);
  for (let k = from; k < ci; k++)
    if (CUES.has(toks[k].lower) || /^(?:is|was|are|were|has|had|have)$/.test(toks[k].lower)) return null;
  return person;
}

/** A reported clause closed before the quote by a clause of contrast ("…, while Y said …"). */
const CLAUSE_CLOSED = /,\s*(?:while|whereas)\s/;

/** A verb that may have its subject after it: opening the window or the sentence, or after a comma or a quote
 * ("“…,” said X", "Said X: “…”", "…, says X, “…”"). */
export function invertedPosition(p: ParagraphInfo, ci: number, winStart: number): boolean {
  // "thanked X for “…”", "called X a “…”": a verb that takes an object never has its subject after it
  // "…, saying X's plan is “…”": a participle's subject is never after it
  if (ATTRIB_ONLY.has(CUES.get(p.tokens[ci].lower)?.lemma ?? '') || /ing$/.test(p.tokens[ci].lower)) return false;
  const prev = p.tokens[ci - 1];
  if (!prev || prev.end <= winStart) return true;
  return /[,;:“”"—–]/.test(p.text.slice(prev.end, p.tokens[ci].start)) || /^(?:also|then|later)$/.test(prev.lower);
}

/** A speech verb before the quote in its sentence whose subject nobody could name ("Weaver, unimpressed, kept
 * telling reporters “…”"): the words are that subject's, not the previous speaker's, so the quote gets no speaker. */
export function unnamedCueBeforeQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  // a later quote of a sentence that quoted before ("could be “messy,” adding, “…”") continues that quote's speaker
  if (/[“”"]/.test(p.text.slice(sStart, q.openMark))) return null;
  const toks = p.tokens;
  const mainFrom = leadingClauseEnd(p, sStart, q.openMark);
  const cue = findCues(p.text, toks, tokenIndexAt(toks, sStart), tokenIndexAt(toks, q.openMark)).find(
    (c) => !c.according && !nounUse(toks, c.index) && c.token.start >= mainFrom,
  );
  if (!cue) return null;
  // "Counsel to the inquiry, Jane Roe KC, suggested …": a person opening the sentence is its subject
  const subject = topicPerson(ctx, q.paragraph, sStart - 1, q.paragraph, cue.token.start);
  return {
    found: { ref: subject, text: null, final: true },
    cue: cue.token.lower,
    rule: subject ? 'subject-of-sentence' : 'unnamed-cue-before-quote',
    cueAt: cueSpan(info, q.paragraph, cue),
  };
}
