/**
 * Speaker strategies that read the sentence around a marked quote rather than a speech verb next to it: the subject
 * of a partial quote's sentence ("Mayor X blamed the “…”"); an attribution closing the sentence the quote opens
 * ("“…” since …, said X"); "As X put it, “…”"; a colon or a speaker label introducing it ("Jane Roe, 34, of
 * Millbrook: “…”", "ROE: “…”") and a dash and a name after it ("“…” — Jane Roe"). speakers/index.ts runs them in its
 * order of evidence.
 */
import type { ParagraphSpan, SpeakerRule } from '../types.js';
import { findCues } from '../quotes/cues.js';
import { CUES } from '../lexicon/speech-verbs.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { sentenceAt, tokenAt as tokenIndexAt } from '../doc/text.js';
import { subjectAfter } from './after-verb.js';
import { entityAt, type Found, personLabel } from './noun-phrases.js';
import { subjectBefore } from './subject-before.js';
import type { SpeakerContext } from './context.js';
import { INTRO_WORDS, NOT_FINITE, PRESENTED_WORDS } from '../lexicon/clause-words.js';
import { INDEFINITE } from '../lexicon/function-words.js';

export interface Attribution {
  found: Found;
  cue: string | null;
  rule: SpeakerRule;
  /** Where the cue stands, when a speech verb decided. */
  cueAt?: ParagraphSpan;
}

/** A finite verb (or an auxiliary) after a subject: "blamed", "is labeling", "thanked", "says". */
const FINITE =
  /^(?:\p{Ll}+(?:ed|es|s)|is|was|has|had|have|are|were|will|would|can|could|did|does|made|took|gave|put|set|stood|left|kept|held|sent|won|lost|drew|threw|struck|spoke|wrote|told|said|says)$/u;

/**
 * The subject of the sentence a quote stands in, when the sentence opens with it (after an introductory phrase closed
 * by a comma) and the quote comes after its first finite verb: "At the meeting, Mayor X blamed the “…”", "Governor Y is
 * labeling the cuts “…”". Only a person or he/she counts; the subject of a passive ("are being provided with “…”") said
 * nothing.
 */
export function clauseSubject(
  ctx: SpeakerContext,
  pi: number,
  sStart: number,
  limit: number,
  organisations = false,
): Found | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let i0 = tokenIndexAt(toks, sStart);
  if (i0 >= toks.length || toks[i0].start >= limit) return null;
  if (/^(?:and|but|so|yet)$/.test(toks[i0].lower)) i0++;
  if (INTRO_WORDS.has(toks[i0]?.lower ?? '')) {
    const comma = p.text.indexOf(',', toks[i0].end);
    if (comma < 0 || comma >= limit || comma - sStart > 120) return null;
    i0 = tokenIndexAt(toks, comma + 1);
  }
  // "17-year-old Jane Roe echoed:", "conservative commentator Jane Roe imagined …": an age or role words before the name
  for (let k = 0; k < 3 && /^(?:\d+-year-old|\p{Ll}[\p{Ll}-]*)$/u.test(toks[i0]?.text ?? ''); k++) {
    if (/^\p{Lu}/u.test(toks[i0 + 1]?.text ?? '') || /^\p{Ll}[\p{Ll}-]*$/u.test(toks[i0 + 1]?.text ?? '')) i0++;
    else break;
  }
  if (!/^\p{Lu}/u.test(toks[i0]?.text ?? '')) return null;
  for (let i = i0 + 1; i < toks.length && toks[i].start < limit && i - i0 < 16; i++) {
    const t = toks[i];
    if (/^\p{Lu}/u.test(t.text) || !FINITE.test(t.lower) || NOT_FINITE.has(t.lower)) continue;
    const passive =
      /^(?:is|are|was|were)$/.test(t.lower) && toks.slice(i + 1, i + 4).some((v) => /(?:ed|being)$/.test(v.lower));
    if (passive) return null;
    const f = subjectBefore(ctx, pi, i, toks[i0].start);
    if (f.ref?.type === 'person' || f.pronoun === 'he' || f.pronoun === 'she') return f;
    if (organisations && f.ref?.type === 'organisation') return f;
    // "Jane Roe, the mayor's fired aide, ripped …": a verb inside an apposition has no subject of its own; the next may
    // but past a speech verb the clause is what someone reported ("X, however, says that Roe is …")
    if (f.ref || f.pronoun || CUES.has(t.lower)) return null;
  }
  return null;
}

/**
 * The subject of the main clause a participle hangs from: "Bush also attacked Trump, calling him a “loser”", "The
 * committee released a statement, saying …". The noun phrase right before the comma is the verb's object, not the
 * speaker.
 */
export function participleSubject(ctx: SpeakerContext, pi: number, ci: number, sStart: number): Found | null {
  const p = ctx.info[pi];
  const cue = p.tokens[ci];
  if (!/ing$/.test(cue.lower) || ci === 0) return null;
  const gap = p.text.slice(p.tokens[ci - 1].end, cue.start);
  if (!/^\s*,\s*$/.test(gap)) return null;
  // "One operative inside the tower tried …, saying": an unnamed subject is nobody we can name
  const first = p.tokens[tokenIndexAt(p.tokens, sStart)];
  if (first && INDEFINITE.has(first.lower)) return null;
  // "…, Roe said, adding that …": the reporting clause's own subject speaks (subject-before.ts finds it)
  if (findCues(p.text, p.tokens, tokenIndexAt(p.tokens, sStart), ci).some((c) => !/ing$/.test(c.token.lower)))
    return null;
  return clauseSubject(ctx, pi, sStart, p.tokens[ci - 1].end, true);
}

/** A partial quote in a sentence without a speech verb: the sentence's subject ("Mayor X blamed the “…”"). */
export function subjectOfPartialSentence(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  // a whole quote inside the reporter's sentence reads like a partial one ("X delivered a defense of “…,” saying …")
  const before = p.text.slice(sStart, q.openMark);
  if (q.kind !== 'PARTIAL' && (!/\p{L}[\p{L},]*\s*$/u.test(before) || /[“”"]/.test(before))) return null;
  const f = clauseSubject(ctx, q.paragraph, sStart, q.openMark);
  return f ? { found: f, cue: null, rule: 'subject-of-sentence' } : null;
}

/**
 * An organisation opening the sentence of a partial quote, when no attribution closes the sentence: "The council
 * filed a request for “…”", "On its website, the agency lists “…”". Only a name that starts the clause counts.
 */
export function organisationSubjectOfSentence(
  ctx: SpeakerContext,
  info: ParagraphInfo[],
  q: QuoteSpan,
): Attribution | null {
  if (q.kind !== 'PARTIAL') return null;
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  const f = clauseSubject(ctx, q.paragraph, sStart, q.openMark, true);
  if (f?.ref?.type !== 'organisation' || !f.text || /['’]s?$/.test(f.text) || DEMONSTRATIVE.test(f.text)) return null;
  const at = p.text.indexOf(f.text, sStart);
  const opening = p.text.slice(sStart, at);
  if (at < 0 || !/^(?:(?:[^,“”"]*,\s*)?(?:the\s+)?)$/iu.test(opening)) return null;
  // the name is the whole subject, not a modifier of it ("The North Korean troops are …")
  const next = /^\s*(,|[\p{L}'’-]+)\s*([\p{L}'’-]*)/u.exec(p.text.slice(at + f.text.length));
  if (next && !/^(?:,|in|at|on|for)$/.test(next[1]) && (AUX_WORDS.test(next[2]) || !FINITE.test(next[1].toLowerCase())))
    return null;
  return { found: f, cue: null, rule: 'organisation-subject-of-sentence' };
}

const AUX_WORDS = /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)$/;
const DEMONSTRATIVE = /^(?:those|these|this|that|it|they|god)$/i;

/**
 * A speech verb ending the sentence a quote opens, after a comma: "“…” since most cases were close, said X, who …"
 * (inverted) or "“…” X, the front-runner, said when …". The words between the quote and that comma continue the
 * reporter's sentence; no other quote stands between; "charged a fee" is no saying.
 */
export function attributionClosingSentence(
  ctx: SpeakerContext,
  info: ParagraphInfo[],
  q: QuoteSpan,
): Attribution | null {
  if (q.closeMark < 0) return null;
  const p = info[q.endParagraph];
  const after = q.closeMark + 1;
  const [, sEnd] = sentenceAt(p.starts, p.text.length, Math.max(0, after - 1));
  const nextOpen = p.text.slice(after, sEnd).search(/[“"«]/);
  const end = nextOpen >= 0 ? after + nextOpen : sEnd;
  const toks = p.tokens;
  const cue = findCues(p.text, toks, tokenIndexAt(toks, after), tokenIndexAt(toks, end)).find((c) => {
    if (c.according || c.info.gerund || (c.info.indirect === 'that' && toks[c.index + 1]?.lower !== 'that'))
      return false;
    const comma = p.text.lastIndexOf(',', c.token.start);
    return comma >= after && toks.filter((t) => t.start > comma && t.start < c.token.start).length <= 6;
  });
  if (!cue) return null;
  const comma = p.text.lastIndexOf(',', cue.token.start);
  // ", said Jane Roe" is inverted; "Roe, the …, said of the plan" has its subject before
  // (", said the bureau's director, X" too; when nothing names a speaker after it, the comma closed an apposition)
  const inverted = /,\s*$/.test(p.text.slice(comma, cue.token.start));
  let f = inverted ? subjectAfter(ctx, q.endParagraph, cue.index, end) : null;
  if (!f?.ref && !f?.pronoun) f = subjectBefore(ctx, q.endParagraph, cue.index, after);
  return f.ref || f.pronoun
    ? {
        found: f,
        cue: cue.token.lower,
        rule: 'attribution-closing-sentence',
        cueAt: { paragraph: q.endParagraph, start: cue.token.start, end: cue.token.end },
      }
    : null;
}

/**
 * A partial quote followed in its sentence by other quoted words that an attribution closes: "did not find “…,” aside
 * from knowing each other “…” from the mosque, said X". The attribution covers every quote of the sentence.
 */
export function attributionClosingLaterQuote(
  ctx: SpeakerContext,
  info: ParagraphInfo[],
  q: QuoteSpan,
): Attribution | null {
  if (q.kind !== 'PARTIAL' || q.closeMark < 0 || q.paragraph !== q.endParagraph) return null;
  const p = info[q.paragraph];
  const [, sEnd] = sentenceAt(p.starts, p.text.length, Math.max(0, q.closeMark));
  let close = q.closeMark;
  for (let n = 0; n < 2; n++) {
    const open = p.text.slice(close + 1, sEnd).search(/[“"]/);
    if (open < 0) return null;
    const from = close + 1 + open + 1;
    const end = p.text.slice(from, sEnd).search(/[”"]/);
    if (end < 0) return null;
    close = from + end;
    const a = attributionClosingSentence(ctx, info, { ...q, closeMark: close });
    if (a) return { ...a, rule: 'attribution-closing-later-quote' };
  }
  return null;
}

/** "As X put it, “…”", "as Roe, a professor at …, puts it:": the subject of "put it" said the words. */
export function asSubjectPutIt(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  const m = /\b[Aa]s\s+\S[^“”"]{0,200}?\s(?:(?:once|has|had)\s+)?(puts?)\s+it\s*[,:]?\s*$/.exec(
    p.text.slice(sStart, q.openMark),
  );
  if (!m) return null;
  const asAt = sStart + m.index;
  const put = tokenIndexAt(p.tokens, sStart + m.index + m[0].lastIndexOf(m[1]));
  const f = subjectBefore(ctx, q.paragraph, put, asAt + 3);
  return f.ref || f.pronoun
    ? {
        found: f,
        cue: p.tokens[put].lower,
        rule: 'as-subject-put-it',
        cueAt: { paragraph: q.paragraph, start: p.tokens[put].start, end: p.tokens[put].end },
      }
    : null;
}

/** A colon introduces the quote: "Jane Roe, 34, of Millbrook: “…”", "ROE: “…”", "Roe delivered a retort: “…”". */
export function introducedByColon(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  const [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  const colon = /:\s*$/.exec(p.text.slice(Math.max(sStart, q.openMark - 3), q.openMark));
  if (!colon) return null;
  const at = q.openMark - colon[0].length;
  const f =
    personLabel(ctx, q.paragraph, at) ??
    clauseSubject(ctx, q.paragraph, sStart, at) ??
    presentedSpeaker(ctx, q.paragraph, sStart, at) ??
    labelWithApposition(ctx, q.paragraph, sStart, at);
  return f ? { found: f, cue: null, rule: 'introduced-by-colon' } : null;
}

/** A vox-pop label with an apposition and no verb: "Jane Roe, a nurse from Dunmore: “…”". */
function labelWithApposition(ctx: SpeakerContext, pi: number, sStart: number, colon: number): Found | null {
  const text = ctx.info[pi].text;
  const f = entityAt(ctx, pi, sStart);
  if (f?.ref?.type !== 'person' || !f.text) return null;
  const at = text.indexOf(f.text, sStart);
  if (at < 0 || /\S/.test(text.slice(sStart, at))) return null;
  const rest = text.slice(at + f.text.length, colon);
  return /^,\s*(?:an?|the)\s[^,:;“”"]{1,60}(?:,\s*[^,:;“”"]{1,30})?\s*$/.test(rest) &&
    !/\b(?:who|whose|which|that|is|was|has|had|said|says)\b/.test(rest)
    ? f
    : null;
}

/** "Here's Roe in December 1992:", "Roe's response was:", "Roe's reply to the board came quickly:": the person whose
 * words the colon presents. */
function presentedSpeaker(ctx: SpeakerContext, pi: number, sStart: number, colon: number): Found | null {
  const text = ctx.info[pi].text;
  const before = text.slice(sStart, colon);
  const here = /^\s*(?:Here(?:['’]s| is| was)|Enter)\s+/.exec(before);
  if (here) {
    const f = entityAt(ctx, pi, sStart + here[0].length);
    return f?.ref?.type === 'person' ? f : null;
  }
  const own =
    /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+(?:[^,;“”"]{0,40}\s+)?(?:was|is|came|read)(?:\s+\p{Ll}+)?\s*$/u.exec(
      before,
    );
  if (!own || !PRESENTED_WORDS.has(own[2])) return null;
  const f = entityAt(ctx, pi, sStart + own.index + own[0].indexOf(own[1]));
  return f?.ref?.type === 'person' ? f : null;
}

/** A dash and a name after the quote, or opening the short next paragraph: "“…” — Jane Roe, Portsmouth". */
export function nameAfterDash(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.closeMark < 0) return null;
  const endP = info[q.endParagraph];
  const after = q.closeMark + 1;
  const dash = /^\s*[—–-]+\s*/.exec(endP.text.slice(after, after + 6));
  const next = info[q.endParagraph + 1];
  const nextDash = !dash && next && /^\s*$/.test(endP.text.slice(after)) ? /^\s*[—–-]+\s*/.exec(next.text) : null;
  const f = dash
    ? entityAt(ctx, q.endParagraph, after + dash[0].length)
    : nextDash && next.text.length < 80
      ? entityAt(ctx, q.endParagraph + 1, nextDash[0].length)
      : null;
  return f?.ref ? { found: f, cue: null, rule: 'name-after-dash' } : null;
}

/** The previous paragraph ends in a colon after a label or a subject ("17-year-old Jane Roe echoed:", "More from Roe:"). */
export function labelInPreviousParagraph(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.paragraph === 0 || q.openMark > 1) return null;
  const prev = info[q.paragraph - 1];
  if (!/:\s*$/.test(prev.text)) return null;
  const colon = prev.text.trimEnd().length - 1;
  const [s] = sentenceAt(prev.starts, prev.text.length, Math.max(0, colon - 1));
  const f = personLabel(ctx, q.paragraph - 1, colon) ?? clauseSubject(ctx, q.paragraph - 1, s, colon);
  return f ? { found: f, cue: null, rule: 'introduced-by-previous-paragraph' } : null;
}
