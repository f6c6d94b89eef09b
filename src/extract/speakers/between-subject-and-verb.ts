/**
 * What news puts between a subject and its speech verb, for subject-before.ts to step over: a parenthesis, a time
 * phrase, an aside between dashes, appositions between commas (with the places, bodies and names inside them), and
 * whether a mention stands where a subject can ("not the object of a preposition").
 */
import { isPrep } from '../quotes/cues.js';
import type { Mention } from '../mentions/table.js';
import { tokenAt as tokenIndexAt, type Token } from '../doc/text.js';
import type { Found } from './noun-phrases.js';
import { DAYS, MONTH_SET, PRON, SUBORD } from '../lexicon/function-words.js';
import { CUES } from '../lexicon/speech-verbs.js';
import { TIME_HEADS, TIME_OPENERS } from '../lexicon/subject-modifiers.js';
import { TITLES } from '../lexicon/titles.js';
import { refOf } from './entity-nouns.js';
import { mentionEndingAt, pick } from './noun-phrases.js';
import type { SpeakerContext } from './context.js';

/**
 * "Rep. Jane Roe (D-Ore.) said": a short parenthesis between the subject and the verb is stepped over; returns the
 * index of the token before it (or `k` when there is none). An acronym in parentheses ("the Joint Chiefs of Staff
 * (JCS) said") is the subject's own name and stays.
 */
export function beforeParenthesis(ctx: SpeakerContext, pi: number, k: number, winStart: number): number {
  const p = ctx.info[pi];
  const toks = p.tokens;
  const close = p.text.indexOf(')', toks[k].end);
  if (close < 0 || close >= (toks[k + 1]?.start ?? p.text.length)) return k;
  const open = p.text.lastIndexOf('(', toks[k].start);
  if (open < winStart || close - open > 30) return k;
  if (/^\p{Lu}{2,8}s?$/u.test(p.text.slice(open + 1, close).trim()) || ctx.byStart[pi].has(open + 1)) return k;
  const before = tokenIndexAt(toks, open) - 1;
  return before >= 0 && toks[before].start >= winStart ? before : k;
}

/**
 * "called Clinton's remarks a “new low”", "calling Rubio's proposed credit …": a possessive right before the cue word
 * makes that word a noun or an adjective, so no one is its subject ("he's said" and "it's told" are contractions).
 * "Roe's claim that …" still reports what Roe claimed.
 */
export function possessiveBeforeNoun(toks: Token[], ci: number, k: number): boolean {
  if (k !== ci - 1 || toks[ci + 1]?.lower === 'that') return false;
  const m = /^(.+?)(?:['’]s|s['’])$/u.exec(toks[k].text);
  return !!m && !PRON.has(m[1].toLowerCase()) && !/^(?:that|there|here|who|what|where|one)$/i.test(m[1]);
}

/** Nouns ending in -ly that stand where a subject does ("a Trump ally said"). */
const LY_NOUNS = new Set([
  'ally',
  'rally',
  'family',
  'supply',
  'assembly',
  'tally',
  'monopoly',
  'anomaly',
  'bully',
  'reply',
]);
/** "Roe routinely characterizes", "Roe has increasingly decried": a manner adverb between the subject and the verb. */
export const mannerAdverb = (w: string) => /^\p{Ll}{3,}ly$/u.test(w) && !LY_NOUNS.has(w);

/**
 * "Roe at the time said", "The department less than two weeks ago said", "Roe during a Sunday rally thanked": a time
 * phrase between the subject and the verb is stepped over; returns the index of the token before it (or `k`).
 */
export function beforeTimePhrase(text: string, toks: Token[], k: number, winStart: number): number {
  const head = toks[k].lower;
  if (!TIME_HEADS.has(head) && !DAYS.has(head) && !MONTH_SET.has(head)) return k;
  // "X, which endorsed Roe in December, said": a phrase closing an apposition is not between the subject and the verb
  if (!/^\s+$/.test(text.slice(toks[k].end, toks[k + 1]?.start ?? toks[k].end))) return k;
  for (let j = k; j > 0 && k - j < 6 && toks[j - 1].start >= winStart; j--) {
    if (!/^\s+$/.test(text.slice(toks[j - 1].end, toks[j].start))) return k;
    const w = toks[j].text;
    if (j < k && !/^(?:\p{Ll}+|\d+)$/u.test(w) && !DAYS.has(toks[j].lower)) return k;
    const before = toks[j - 1];
    if ((TIME_OPENERS.has(toks[j].lower) || head === 'ago') && /^\p{Lu}/u.test(before.text) && j < k) return j - 1;
  }
  return k;
}

/** A dash closing an aside right before the verb ("X — a teacher from Y — says"). */
export const DASH_GAP = /^\s*(?:—|–|--)\s*$|^\s+-\s+$/;

/**
 * "Jake Simms — a teacher from Mount Pleasant — says", "A former candidate -- John Roe, who lost in 2008 -- said":
 * the aside between dashes is stepped over; the name before it speaks, or the name opening it when what comes before
 * is a description. `closeAt` is where the token before the closing dash starts.
 */
export function subjectAroundDashes(ctx: SpeakerContext, pi: number, closeAt: number, winStart: number): Found | null {
  const p = ctx.info[pi];
  const toks = p.tokens;
  const aside = p.text.slice(winStart, closeAt);
  const open = Math.max(
    aside.lastIndexOf('—'),
    aside.lastIndexOf('–'),
    aside.lastIndexOf('--'),
    aside.lastIndexOf(' - '),
  );
  if (open < 0) return null;
  const openAt = winStart + open;
  const before = tokenIndexAt(toks, openAt) - 1;
  if (before < 0 || toks[before].start < winStart) return null;
  const m = mentionEndingAt(ctx, pi, toks[before].end);
  if (m && m.type !== 'place' && subjectPosition(ctx, pi, m, winStart))
    return { ref: refOf(ctx, m), text: p.text.slice(m.fullStart, m.end), final: true };
  if (m || !/^\p{Ll}/u.test(toks[before].text)) return null;
  const first = toks[tokenIndexAt(toks, openAt)];
  const named = first ? pick(ctx.byStart[pi].get(first.start)) : undefined;
  if (named?.type === 'person') return { ref: refOf(ctx, named), text: named.text, final: true };
  return null;
}

/**
 * "when Sen. Tom Roe of Ohio said", "Chairman G.K. Roe of North Carolina said": a person named with the place or body
 * they come from; the person speaks. Returns that person, or null.
 */
export function personOfPlace(ctx: SpeakerContext, pi: number, m: Mention, winStart: number): Found | null {
  const p = ctx.info[pi];
  const of = /\s(?:of|from)\s+(?:the\s+)?$/.exec(p.text.slice(Math.max(winStart, m.fullStart - 12), m.fullStart));
  if (!of) return null;
  const person = mentionEndingAt(ctx, pi, m.fullStart - of[0].length);
  if (person?.type !== 'person' || person.fullStart < winStart || !subjectPosition(ctx, pi, person, winStart))
    return null;
  return { ref: refOf(ctx, person), text: p.text.slice(person.fullStart, person.end), final: true };
}

/** "…, David Roe of Clemson University, said", "…, Jane Roe of Liberty Church in Marion, said": a block set off by
 * commas that opens with a person followed by "of"/"from"/"at" and ends in a place or body names that person. */
export function personOpeningBlock(
  ctx: SpeakerContext,
  pi: number,
  blockStart: number,
  inner: Mention,
  winStart: number,
): Found | null {
  if (inner.type === 'person') return null;
  const p = ctx.info[pi];
  let at = blockStart;
  while (p.text[at] === ' ') at++;
  const person = pick(ctx.byStart[pi].get(at));
  if (person?.type !== 'person' || person.fullStart < winStart || person.end >= inner.fullStart) return null;
  if (!/^\s+(?:of|from|at)\s/.test(p.text.slice(person.end, person.end + 7))) return null;
  return { ref: refOf(ctx, person), text: p.text.slice(person.fullStart, person.end), final: true };
}

/** Commas between the verb and its subject that the apposition scan steps back over
 * ("X, 30, of Raleigh, N.C., who was among those polled, said"). */
export const APPOSITION_HOPS = 5;

/**
 * "Jane Roe, the editor of the city's paper, The Harbour Post, said": an organisation set off by commas names the noun
 * that ends the apposition before it; the person that apposition describes speaks. Returns that person, or null.
 */
export function namedObjectOfApposition(
  ctx: SpeakerContext,
  pi: number,
  inner: Mention,
  prevComma: number,
  winStart: number,
): Found | null {
  if (inner.type !== 'org') return null;
  const p = ctx.info[pi];
  const before = p.text.lastIndexOf(',', prevComma - 1);
  if (before < winStart) return null;
  const description = p.text.slice(before + 1, prevComma).trim();
  if (!/^(?:the|a|an|its|his|her|their)\s[^,]*\s\p{Ll}[\p{Ll}-]+$/u.test(description)) return null;
  const person = mentionEndingAt(ctx, pi, before);
  if (person?.type !== 'person' || !subjectPosition(ctx, pi, person, winStart)) return null;
  return { ref: refOf(ctx, person), text: p.text.slice(person.fullStart, person.end), final: true };
}

/** A mention can be a subject when it is not the object of a preposition. */
export function subjectPosition(
  ctx: SpeakerContext,
  pi: number,
  m: Mention,
  winStart: number,
  gerund = false,
): boolean {
  const p = ctx.info[pi];
  const toks = p.tokens;
  let k = tokenIndexAt(toks, m.fullStart) - 1;
  for (let n = 0; k >= 0 && n < 5 && toks[k].start >= winStart; k--, n++) {
    if (
      !/^\s*$/.test(p.text.slice(toks[k].end, toks[k + 1]?.start ?? m.fullStart)) &&
      !/^\.\s$/.test(p.text.slice(toks[k].end, toks[k + 1]?.start ?? m.fullStart))
    )
      break;
    const l = toks[k].lower;
    // "shedding what Mayor X called “…”": "what" opens the clause the name is the subject of
    if (SUBORD.has(l) || CUES.has(l) || l === 'what') return true;
    // "director of rugby Mark Ellery", "head of research Ann Roe": "of" belongs to a title, not to the name
    if (l === 'of' && n >= 1 && k > 0 && TITLES.has(toks[k - 1].lower)) continue;
    if (isPrep(l)) return gerund && l === 'with';
  }
  return true;
}
