/**
 * A speaking turn after a marked quote that no verb of saying reports: "“…,” Roe shot back.", "“…” Roe went on, as if
 * …", "“…,” agrees Jane Roe, 30, of Millbrook." and, after a quote ending in "?" or "!", any speech verb further into
 * the sentence ("“Why not?” Roe, a retired nurse from the valley, asked the crowd."). speakers/index.ts runs it after
 * the cue rules.
 */
import { findCues } from '../quotes/cues.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { tokenAt as tokenIndexAt } from '../doc/text.js';
import { TURN_PARTICLES, TURN_PARTICLE_VERBS, TURN_VERBS } from '../lexicon/clause-words.js';
import { subjectAfter } from './after-verb.js';
import { subjectBefore } from './subject-before.js';
import type { Attribution } from './sentence-rules.js';
import type { SpeakerContext } from './context.js';

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
