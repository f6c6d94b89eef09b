/**
 * speakers: attach each quote to its speaker. Reads the doc, the quote spans and the mentions stage's result; returns
 * the quotes with speaker, cue and the rule that named the speaker. Every function of the stage takes its context
 * (context.ts); the subject finder is subject-before.ts and after-verb.ts.
 *
 * Order of evidence for a marked quote: a speech verb right after it (", said X" / ", X said" / ", X told
 * reporters"), a speech verb before it in its sentence, a short attribution sentence right after it ("“…” Smith
 * said.", "That was the verdict of X"), a paragraph ending in "X said:", and finally continuation of the previous
 * quote's speaker. A quote with its own speech verb whose subject cannot be named gets no speaker. The full order is
 * MARKED_STRATEGIES below; the verb before the quote is cue-before.ts, the sentence around it sentence-rules.ts, turns
 * that no verb of saying reports (and Q-and-A answers) turns.ts.
 */
import type { ExtractedQuote, ParagraphSpan, QuoteEvidence, SpeakerRef, SpeakerRule } from '../types.js';
import { cueSpan, evidenceOf } from './evidence.js';
import { findCues, type Cue } from '../quotes/cues.js';
import type { MentionIndex } from '../mentions/table.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { sentenceAt, tokenAt as tokenIndexAt } from '../doc/text.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { according, subjectAfter } from './after-verb.js';
import { learnGender, noteSpeaker, noteUnnamed, topicPerson } from './memory.js';
import { entityAt, type Found, questionSubject, resolvePronoun } from './noun-phrases.js';
import { subjectBefore } from './subject-before.js';
import { interviewAnswer, turnAfterQuote, turnSentenceBefore } from './turns.js';
import { cueBeforeQuote, introducesClause, unnamedCueBeforeQuote } from './cue-before.js';
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

/** "That was the verdict of X", "So says X", "That is how X describes it", "That quote from X …": the speaker follows. */
const VERDICT =
  /^\s*(?:(?:That|This|Such|Those|These) (?:was|is|were|are) (?:the |a |an )?(?:[a-z-]+ ){0,3}?(?:of|from) (?:the )?|So (?:said|says) |(?:That|This|It) (?:is|was|'s|’s) how |(?:That|This|The) (?:quote|remark|line|comment|statement|warning|message|tweet|post|assessment|verdict),? (?:came |comes )?(?:from|by) (?:the )?)/;

/** After a speech verb: a colon, or a reported clause ("said he would …", "said that …"). */
function opensOwnSpeech(p: ParagraphInfo, cue: Cue): boolean {
  const [, sEnd] = sentenceAt(p.starts, p.text.length, cue.token.start);
  return (
    /^\s*:/.test(p.text.slice(cue.token.end, cue.token.end + 3)) ||
    introducesClause(p, cue, tokenIndexAt(p.tokens, sEnd))
  );
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
