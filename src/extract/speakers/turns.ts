/**
 * A speaking turn after a marked quote that no verb of saying reports: "“…,” Roe shot back.", "“…” Roe went on, as if
 * …", "“…,” agrees Jane Roe, 30, of Millbrook." and, after a quote ending in "?" or "!", any speech verb further into
 * the sentence ("“Why not?” Roe, a retired nurse from the valley, asked the crowd."); and a short sentence before a
 * quote that gives the turn ("Professor Jane Roe agreed. “…”", "Roe's answer was blunt. “…”" is not one).
 * speakers/index.ts runs them after the cue rules.
 */
import { findCues } from '../quotes/cues.js';
import { sentenceAt } from '../doc/text.js';
import { CUES } from '../lexicon/speech-verbs.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { tokenAt as tokenIndexAt } from '../doc/text.js';
import { TURN_PARTICLES, TURN_PARTICLE_VERBS, TURN_VERBS } from '../lexicon/clause-words.js';
import { subjectAfter } from './after-verb.js';
import { subjectBefore } from './subject-before.js';
import type { Attribution } from './sentence-rules.js';
import type { SpeakerContext } from './context.js';
import { topicPerson } from './memory.js';

/** How many tokens after the quote the turn's verb may stand (its subject with an apposition before it). */
const REACH = 14;

export function turnAfterQuote(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  if (q.closeMark < 0) return null;
  const pi = q.endParagraph;
  const p = info[pi];
  const toks = p.tokens;
  const after = q.closeMark + 1;
  const nextOpen = p.text.slice(after, after + 400).search(/[“"«]/);
  const winEnd = nextOpen >= 0 ? after + nextOpen : p.text.length;
  const i0 = tokenIndexAt(toks, after);
  if (i0 >= toks.length || !/^\s*,?\s*$/.test(p.text.slice(after, toks[i0].start))) return null;
  const asked = /[?!]$/.test(q.text);
  for (let k = i0; k < toks.length && k - i0 < REACH && toks[k].start < winEnd; k++) {
    // the turn stays in the sentence the quote ends
    if (k > i0 && /[.!?;:]/.test(p.text.slice(toks[k - 1].end, toks[k].start))) return null;
    const l = toks[k].lower;
    const particle = TURN_PARTICLE_VERBS.has(l) && TURN_PARTICLES.has(toks[k + 1]?.lower ?? '');
    const cue = asked && !particle && !TURN_VERBS.has(l) ? findCues(p.text, toks, k, k + 1)[0] : undefined;
    if (!particle && !TURN_VERBS.has(l) && !(cue && !cue.according && !cue.info.gerund)) continue;
    const f = k === i0 ? subjectAfter(ctx, pi, k, winEnd) : subjectBefore(ctx, pi, k, after);
    if (!f.ref && !f.pronoun) return null;
    return {
      found: f,
      cue: l,
      rule: 'turn-after-quote',
      cueAt: { paragraph: pi, start: toks[k].start, end: toks[k].end },
    };
  }
  return null;
}

/**
 * "Iowa State's Jane Roe agreed. “…”": the sentence right before a quote that opens its own sentence is a subject and
 * a verb of saying or of a turn (with at most an adverb or a short phrase after it), and nothing else.
 */
export function turnSentenceBefore(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  let p = info[q.paragraph];
  let pi = q.paragraph;
  let [sStart] = sentenceAt(p.starts, p.text.length, q.openMark);
  if (sStart !== q.openMark) return null;
  // … or the short paragraph before one that the quote opens
  if (sStart === 0) {
    if (pi === 0) return null;
    pi--;
    p = info[pi];
    sStart = p.text.trimEnd().length;
  }
  const [prevStart] = sentenceAt(p.starts, p.text.length, Math.max(0, sStart - 1));
  if (pi !== q.paragraph && prevStart !== 0) return null;
  const prev = p.text.slice(prevStart, sStart);
  if (/[“”"«»:;]/.test(prev) || !/\.\s*$/.test(prev)) return null;
  const toks = p.tokens;
  const from = tokenIndexAt(toks, prevStart);
  const to = tokenIndexAt(toks, sStart);
  if (to - from > 14) return null;
  for (let k = to - 1; k > from && k >= to - 3; k--) {
    const l = toks[k].lower;
    const info0 = CUES.get(l);
    const verb = TURN_VERBS.has(l) || (!!info0 && !info0.gerund && !/^\p{Lu}/u.test(toks[k].text));
    if (!verb) continue;
    const f = subjectBefore(ctx, pi, k, prevStart);
    if (!f.ref && !f.pronoun) return null;
    return {
      found: f,
      cue: l,
      rule: 'turn-sentence-before',
      cueAt: { paragraph: pi, start: toks[k].start, end: toks[k].end },
    };
  }
  return null;
}

/**
 * "A: “…”" in a question-and-answer interview: the answer is the interviewee's, the person last named before the
 * first "Q:" of the article as the subject of its introduction ("Mayor Jane Roe sat down with the Gazette.").
 */
export function interviewAnswer(ctx: SpeakerContext, info: ParagraphInfo[], q: QuoteSpan): Attribution | null {
  const p = info[q.paragraph];
  if (!/^\s*A\s*[:.]\s*$/.test(p.text.slice(0, q.openMark))) return null;
  let first = -1;
  for (let i = 0; i < q.paragraph && first < 0; i++) if (/^\s*Q\s*[:.]\s/.test(info[i].text)) first = i;
  if (first <= 0) return null;
  // the subject of the introduction, not a person it names after the verb ("… sat down with the Gazette's Leo Marsh")
  const ref = topicPerson(ctx, Math.max(0, first - 2), -1, first - 1, info[first - 1].text.length);
  return ref ? { found: { ref, text: null, final: true }, cue: null, rule: 'interview-answer' } : null;
}
