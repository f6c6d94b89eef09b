/**
 * speakers: attach each quote to its speaker. Reads the doc, the quote spans and the mentions stage's result; returns
 * the quotes with speaker, cue and the rule that named the speaker. Every function of the stage takes its context
 * (context.ts); the subject finder is subject-before.ts and after-verb.ts.
 *
 * Order of evidence for a marked quote: a speech verb right after it (", said X" / ", X said" / ", X told
 * reporters"), a speech verb before it in its sentence, a short attribution sentence right after it ("“…” Smith
 * said.", "That was the verdict of X"), a paragraph ending in "X said:", and finally continuation of the previous
 * quote's speaker. A quote with its own speech verb whose subject cannot be named gets no speaker.
 */
import type { ExtractedQuote, ParagraphSpan, QuoteEvidence, SpeakerRef, SpeakerRule } from '../types.js';
import { cueSpan, evidenceOf } from './evidence.js';
import { canStartClause, findCues, skipAfterCue, type Cue } from '../quotes/cues.js';
import type { MentionIndex } from '../mentions/table.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { sentenceAt, tokenAt as tokenIndexAt } from '../doc/text.js';
import { AMBIGUOUS_CUES, ATTRIB_ONLY, CUES } from '../lexicon/speech-verbs.js';
import { LEADING_SUBORDINATORS, NOUN_DETERMINERS, NOUN_FORMS } from '../lexicon/clause-words.js';
import { according, subjectAfter } from './after-verb.js';
import { learnGender, noteSpeaker, noteUnnamed, topicPerson } from './memory.js';
import { entityAt, type Found, questionSubject, resolvePronoun } from './noun-phrases.js';
import { subjectBefore } from './subject-before.js';
import { interviewAnswer, turnAfterQuote, turnSentenceBefore } from './turns.js';
import { type SpeakerContext, speakerContext } from './context.js';
import { type Budget, spent } from '../budget.js';
import {
  type Attribution,
  asSubjectPutIt,
  attributionClosingLaterQuote,
  attributionClosingSentence,
  introducedByColon,
  labelInPreviousParagraph,
  nameAfterDash,
  organisationSubjectOfSentence,
  participleSubject,
  subjectOfPartialSentence,
} from './sentence-rules.js';

// ------------------------------------------------------------------ the stage

export function attribute(
  info: ParagraphInfo[],
  spans: QuoteSpan[],
  idx: MentionIndex,
  budget?: Budget,
): ExtractedQuote[] {
  const ctx = speakerContext(info, idx);
  const out: ExtractedQuote[] = [];
  let prevQuote: { endParagraph: number; ref: SpeakerRef | null; personal: boolean; end: number } | null = null;
  let prevEvidence: QuoteEvidence | undefined;
  let prevIndirect: { paragraph: number; found: Found | null } | null = null;
  for (const q of spans) {
    if (spent(budget)) {
      out.push(unattributed(q));
      continue;
    }
    let found: Found | null = null;
    let cueWord: string | null = null;
    let rule: SpeakerRule | undefined;
    let cueAt: ParagraphSpan | null = null;
    ctx.quoteText = q.marked ? q.text : '';
    if (q.kind === 'INDIRECT' && q.cue) {
      const cue = q.cue;
      const p = info[q.paragraph];
      const [sStart] = sentenceAt(p.starts, p.text.length, cue.token.start);
      if (cue.according) {
        found = according(ctx, q.paragraph, cue);
        rule = 'according-to';
      } else if (q.reportAfter) {
        found = subjectBefore(ctx, q.paragraph, cue.index, q.sourceFrom ?? q.end);
        rule = 'reporting-clause-after';
        if (!found.ref && !found.pronoun && !found.final) {
          found = subjectAfter(ctx, q.paragraph, cue.index, p.text.length);
          rule = 'inverted-reporting-clause-after';
        }
      } else {
        found = subjectBefore(ctx, q.paragraph, cue.index, sStart);
        rule = 'reporting-clause-before';
      }
      if (q.coordinated && prevIndirect && prevIndirect.paragraph === q.paragraph && !found?.ref && !found?.pronoun) {
        found = prevIndirect.found;
        rule = 'coordinated-verb';
      }
      cueWord = cue.according ? 'according to' : cue.token.lower;
      cueAt = cueSpan(info, q.paragraph, cue);
    } else {
      const r = attributeMarked(ctx, info, q);
      found = r?.found ?? null;
      cueWord = r?.cue ?? null;
      rule = r?.rule;
      cueAt = r?.cueAt ?? null;
    }
    let ref: SpeakerRef | null = found?.ref ?? null;
    let speakerText = found?.text ?? null;
    if (found?.pronoun) ref = resolvePronoun(ctx, found.pronoun, q.paragraph, q.start);
    // continuation: a marked quote with no cue of its own continues the previous speaker
    if (!found && q.marked) {
      // a person who became the topic since the previous quote ("Jane Roe, 52, has worked …") speaks an uncued quote
      const topic = topicPerson(ctx, prevQuote?.endParagraph ?? -1, prevQuote?.end ?? -1, q.paragraph, q.start);
      // an answer to the interviewer's question ("Does she regret it?" / "“No. Never.”") is the questioned person's
      const asked: SpeakerRef | null =
        q.openMark <= 1 && q.paragraph > 0 ? questionSubject(ctx, q.paragraph - 1) : null;
      if (asked) {
        ref = asked;
        rule = 'answers-question';
      } else if (topic) {
        ref = topic;
        rule = 'topic-person';
      } else if (
        prevQuote?.ref &&
        q.paragraph - prevQuote.endParagraph <= 1 + interviewerQuestions(info, prevQuote.endParagraph, q.paragraph)
      ) {
        ref = prevQuote.ref;
        rule = 'continues-previous-speaker';
      }
      speakerText = null;
      cueWord = null;
      cueAt = null;
    }
    if (ref && q.kind === 'INDIRECT' && !found?.pronoun) learnGender(ctx, ref, q.text);
    // "A commuter, who did not want to give her name, said …": an unnamed individual (not a group) has the floor
    if (
      !ref &&
      found?.final &&
      found.text &&
      /^(?:an?|another|one)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]*[^s\s]$/iu.test(found.text.split(',')[0].trim())
    )
      noteUnnamed(ctx, q.endParagraph, q.end);
    if (ref)
      noteSpeaker(
        ctx,
        ref,
        (found?.personal ?? false) ||
          ref.type === 'person' ||
          found?.pronoun === 'he' ||
          found?.pronoun === 'she' ||
          (!found && !!prevQuote?.personal),
        q.endParagraph,
        q.end,
      );
    const attributed: boolean = !!rule && !!(ref || found);
    const evidence: QuoteEvidence | undefined = attributed ? evidenceOf(info, q, rule, cueAt, prevEvidence) : undefined;
    out.push({
      text: q.text,
      kind: q.kind,
      cue: ref || found ? cueWord : null,
      speaker: ref,
      speakerText: speakerText ?? null,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      endParagraph: q.endParagraph,
      ...(attributed ? { speakerRule: rule } : {}),
      ...(evidence ? { evidence } : {}),
    });
    if (q.kind === 'INDIRECT')
      prevIndirect = {
        paragraph: q.paragraph,
        found: ref ? { ...(found ?? { text: null }), ref, pronoun: undefined } : found,
      };
    if (q.marked || ref) {
      prevQuote = { endParagraph: q.endParagraph, ref, personal: found?.personal ?? false, end: q.end };
      prevEvidence = evidence;
    }
  }
  return out;
}

/** A quote the budget left no time to attribute. */
function unattributed(q: QuoteSpan): ExtractedQuote {
  return {
    text: q.text,
    kind: q.kind,
    cue: null,
    speaker: null,
    speakerText: null,
    paragraph: q.paragraph,
    start: q.start,
    end: q.end,
    endParagraph: q.endParagraph,
  };
}

/** Paragraphs between two quotes that are only the interviewer's questions ("Does she miss racing?"): they do not
 * break the interviewee's turn. */
function interviewerQuestions(info: ParagraphInfo[], from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to && n < 2; i++) {
    if (!/\?\s*$/.test(info[i].text) || /[“”"«»]/.test(info[i].text) || info[i].text.length > 200) return 0;
    n++;
  }
  return n;
}

/** "That was the verdict of X", "So says X", "That is how X describes it": the speaker follows. */
const VERDICT =
  /^\s*(?:(?:That|This|Such|Those|These) (?:was|is|were|are) (?:the |a |an )?(?:[a-z-]+ ){0,3}?(?:of|from) (?:the )?|So (?:said|says) |(?:That|This|It) (?:is|was|'s|’s) how )/;

/** After a speech verb: a colon, or a reported clause ("said he would …", "said that …"). */
function opensOwnSpeech(p: ParagraphInfo, cue: Cue): boolean {
  const [, sEnd] = sentenceAt(p.starts, p.text.length, cue.token.start);
  return (
    /^\s*:/.test(p.text.slice(cue.token.end, cue.token.end + 3)) ||
    introducesClause(p, cue, tokenIndexAt(p.tokens, sEnd))
  );
}

function introducesClause(p: ParagraphInfo, cue: Cue, limit: number): boolean {
  if (cue.info.indirect === 'no') return false;
  const i = skipAfterCue(p.text, p.tokens, cue, limit);
  if (i >= limit) return false;
  if (p.tokens[i].lower === 'that') return true;
  return cue.info.indirect === 'bare' && !cue.info.gerund && canStartClause(p.text, p.tokens, i);
}

/** The evidence for a marked quote's speaker, in order: the first strategy that finds one decides. */
const MARKED_STRATEGIES: readonly ((ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan) => Attribution | null)[] =
  [
    cueAfterQuote,
    cueBeforeQuote,
    turnAfterQuote,
    asSubjectPutIt,
    subjectOfPartialSentence,
    attributionClosingSentence,
    attributionClosingLaterQuote,
    introducedByColon,
    nameAfterDash,
    attributionSentenceAfter,
    verdictAfter,
    introducedByPreviousParagraph,
    labelInPreviousParagraph,
    interviewAnswer,
    turnSentenceBefore,
    organisationSubjectOfSentence,
    unnamedCueBeforeQuote,
  ];

function attributeMarked(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  for (const strategy of MARKED_STRATEGIES) {
    const a = strategy(ctx, info, q);
    if (a) return a;
  }
  return null;
}

/** ", said X" / ", X said" / ", X told reporters" right after the quote. */
function cueAfterQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const endP = info[q.endParagraph];
  const after = q.closeMark >= 0 ? q.closeMark + 1 : endP.text.length;
  const [, sEnd] = sentenceAt(endP.starts, endP.text.length, Math.max(0, after - 1));
  const nextOpen = endP.text.slice(after, after + 400).search(/[“"«]/);
  let winEnd = nextOpen >= 0 ? after + nextOpen : endP.text.length;
  const postRaw = endP.text.slice(after, winEnd);
  const sentenceEnded = /[.!?]$/.test(q.text) && !/^\s*(?:\p{Ll}|,)/u.test(postRaw);
  const firstWord = /^\s*[,.!?;]?\s*([\p{L}’']+)/u.exec(postRaw)?.[1] ?? '';
  const attributionFollows =
    /^\s*[,!?]/.test(postRaw) ||
    /^\s*[—–-]+\s*(?:said|says|told|added)\b/.test(postRaw) ||
    /[,.!?…—–-]$/.test(q.text) ||
    CUES.has(firstWord.toLowerCase()) ||
    /^(?:he|she|it|they|the|a|an)$/i.test(firstWord) ||
    /^\p{Lu}/u.test(firstWord);
  if (!attributionFollows) {
    /* a partial quote inside a sentence: the verb is before it */
  } else if (
    !sentenceEnded ||
    // "“…” Smith said.": the next sentence attributes a quote that stands alone, not a partial one inside the
    // reporter's sentence ("Roe called it a “farce.” Smith said …")
    (q.kind !== 'PARTIAL' &&
      /^\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s(?:said|says|added|told|asked|wrote)\b/u.test(postRaw))
  ) {
    winEnd = Math.min(winEnd, sentenceEnded ? endP.text.length : Math.max(sEnd, after + 1));
    const toks = endP.tokens;
    const i0 = tokenIndexAt(toks, after);
    let i1 = i0;
    while (i1 < toks.length && toks[i1].start < winEnd && i1 - i0 < 14) i1++;
    const cues = findCues(endP.text, toks, i0, i1).filter((c) => !c.info.gerund || c.index === i0);
    for (const cue of cues.slice(0, 1)) {
      // "X called it “…,” and thanked Y": a second verb of the same subject; the verb before the quote decides
      if (/^(?:and|but)$/.test(toks[cue.index - 1]?.lower ?? '') && toks[cue.index - 1].start >= after) continue;
      // "“…” Roe said: “…”" / "“…” Roe said he would …": a new sentence that introduces the next quote or reports
      // speech of its own does not attribute the finished quote before it
      if (sentenceEnded && !cue.according && opensOwnSpeech(endP, cue)) continue;
      if (cue.according) {
        const f = according(ctx, q.endParagraph, cue);
        if (f.ref || f.final)
          return { found: f, cue: 'according to', rule: 'cue-after-quote', cueAt: cueSpan(info, q.endParagraph, cue) };
        continue;
      }
      if (cue.index === i0) {
        const f = subjectAfter(ctx, q.endParagraph, cue.index, winEnd);
        if (f.ref || f.pronoun || f.final)
          return { found: f, cue: cue.token.lower, rule: 'cue-after-quote', cueAt: cueSpan(info, q.endParagraph, cue) };
      }
      const f = subjectBefore(ctx, q.endParagraph, cue.index, after);
      if (f.ref || f.pronoun || f.final)
        return { found: f, cue: cue.token.lower, rule: 'cue-after-quote', cueAt: cueSpan(info, q.endParagraph, cue) };
      // the quote has its own speech verb but we cannot name the speaker: no speaker rather than a guess
      if (!cue.info.gerund && q.kind === 'DIRECT')
        return {
          found: { ref: null, text: null, final: true },
          cue: cue.token.lower,
          rule: 'unnamed-cue-after-quote',
          cueAt: cueSpan(info, q.endParagraph, cue),
        };
    }
  }
  return null;
}

/** A speech verb before the quote in its sentence: "X said: “…”", "X called it a “lie”". */
function cueBeforeQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
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
function invertedPosition(p: ParagraphInfo, ci: number, winStart: number): boolean {
  // "thanked X for “…”", "called X a “…”": a verb that takes an object never has its subject after it
  // "…, saying X's plan is “…”": a participle's subject is never after it
  if (ATTRIB_ONLY.has(CUES.get(p.tokens[ci].lower)?.lemma ?? '') || /ing$/.test(p.tokens[ci].lower)) return false;
  const prev = p.tokens[ci - 1];
  if (!prev || prev.end <= winStart) return true;
  return /[,;:“”"—–]/.test(p.text.slice(prev.end, p.tokens[ci].start)) || /^(?:also|then|later)$/.test(prev.lower);
}

/** A speech verb before the quote in its sentence whose subject nobody could name ("Weaver, unimpressed, kept
 * telling reporters “…”"): the words are that subject's, not the previous speaker's, so the quote gets no speaker. */
function unnamedCueBeforeQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
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

/** The next sentence is a short attribution: "“…” Smith said." */
function attributionSentenceAfter(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.closeMark < 0) return null;
  const endP = info[q.endParagraph];
  const after = q.closeMark + 1;
  const toks = endP.tokens;
  const i0 = tokenIndexAt(toks, after);
  const cues = findCues(endP.text, toks, i0, Math.min(toks.length, i0 + 6));
  const cue = cues[0];
  if (cue && !cue.according && !opensOwnSpeech(endP, cue)) {
    const [, cueSentEnd] = sentenceAt(endP.starts, endP.text.length, cue.token.start);
    if (cueSentEnd - cue.token.end < 60) {
      const f = subjectBefore(ctx, q.endParagraph, cue.index, after);
      if (f.ref || f.pronoun)
        return {
          found: f,
          cue: cue.token.lower,
          rule: 'attribution-sentence-after',
          cueAt: cueSpan(info, q.endParagraph, cue),
        };
    }
  }
  return null;
}

/** "“…” That was the verdict of X", "So said X", "That is how X describes it", also opening the next paragraph. */
function verdictAfter(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.closeMark < 0) return null;
  const endP = info[q.endParagraph];
  const after = q.closeMark + 1;
  // "“…” That was the verdict of Luz Alvarado, …" / "So said X"
  // "“…” That is how Naomi Whitecloud, a …, describes the decline"
  const verdict = VERDICT.exec(endP.text.slice(after, after + 80));
  if (verdict) {
    const f = entityAt(ctx, q.endParagraph, after + verdict[0].length);
    if (f) return { found: f, cue: null, rule: 'verdict-after' };
  }
  // … or it opens the next paragraph when the quote ends its own
  const next = info[q.endParagraph + 1];
  const nextVerdict = next && /^\s*$/.test(endP.text.slice(after)) ? VERDICT.exec(next.text.slice(0, 80)) : null;
  if (nextVerdict) {
    const f = entityAt(ctx, q.endParagraph + 1, nextVerdict[0].length);
    if (f) return { found: f, cue: null, rule: 'verdict-next-paragraph' };
  }
  return null;
}

/** The previous paragraph introduces the quote: "X said:". */
function introducedByPreviousParagraph(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.paragraph > 0 && q.openMark <= 1) {
    const prev = info[q.paragraph - 1];
    if (/:\s*$/.test(prev.text)) {
      const cues = findCues(prev.text, prev.tokens).reverse();
      for (const cue of cues) {
        const [s] = sentenceAt(prev.starts, prev.text.length, cue.token.start);
        const f = subjectBefore(ctx, q.paragraph - 1, cue.index, s);
        if (f.ref || f.pronoun)
          return {
            found: f,
            cue: cue.token.lower,
            rule: 'introduced-by-previous-paragraph',
            cueAt: cueSpan(info, q.paragraph - 1, cue),
          };
      }
    }
  }
  return null;
}
