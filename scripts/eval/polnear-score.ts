/**
 * Scoring extracted quotes against PolNeAR gold (see polnear-gold.ts for what the gold is).
 *
 * - Texts are compared as word tokens (letters and digits, case and accents ignored). A predicted quote
 *   is placed at the occurrence of its token sequence in the article nearest to where the extractor
 *   says it is; one whose words are not in the article in that order is compared as a bag of words.
 * - overlap = shared tokens / tokens of the longer; a gold and a predicted quote match when overlap ≥ 0.3,
 *   one-to-one, greedily by descending overlap (ties: document order).
 * - Speaker accuracy is over matched quotes whose gold source is a name; a speaker is right when the last
 *   word of its name, of one of its aliases or its acronym is a capitalised word of the gold source span.
 */
import type { Span } from './polnear-brat.js';
import { capitalisedWords, type GoldSegment } from './polnear-gold.js';

export const POLNEAR_THRESHOLD = 0.3;

export interface PolnearSpeaker {
  name: string;
  aliases: string[];
  acronym: string | null;
}

export interface PolnearPred {
  text: string;
  kind: 'DIRECT' | 'PARTIAL' | 'INDIRECT';
  speaker: PolnearSpeaker | null;
  /** Where the extractor says the quote starts (UTF-16 offset in the article), when known. */
  at: number | null;
}

interface Token {
  norm: string;
  start: number;
  end: number;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/gu, "'")
    .replace(/\.+$/u, '');

export function tokenise(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    norm: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Token index range [start, end) of the article tokens inside a character span. */
function tokenRange(tokens: Token[], s: Span): Span {
  let start = tokens.findIndex((t) => t.start >= s.start);
  if (start < 0) start = tokens.length;
  let end = start;
  while (end < tokens.length && tokens[end].end <= s.end) end++;
  return { start, end };
}

type Placed = { range: Span } | { bag: string[] };

/** Place a predicted text in the article's tokens (see the header). */
function place(tokens: Token[], text: string, at: number | null): Placed {
  const words = tokenise(text).map((t) => t.norm);
  if (!words.length) return { bag: words };
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (tokens[i].norm !== words[0]) continue;
    let k = 1;
    while (k < words.length && tokens[i + k].norm === words[k]) k++;
    if (k < words.length) continue;
    const distance = at == null ? i : Math.abs(tokens[i].start - at);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best < 0 ? { bag: words } : { range: { start: best, end: best + words.length } };
}

function bagOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length, 1);
}

function overlap(tokens: Token[], gold: Span, pred: Placed): number {
  const g = gold.end - gold.start;
  if ('bag' in pred)
    return bagOverlap(
      tokens.slice(gold.start, gold.end).map((t) => t.norm),
      pred.bag,
    );
  const p = pred.range.end - pred.range.start;
  const shared = Math.max(0, Math.min(gold.end, pred.range.end) - Math.max(gold.start, pred.range.start));
  return shared / Math.max(g, p, 1);
}

const SUFFIX = /^(jr|sr|ii|iii|iv)$/;

/** The last word of a name ("Donald Trump Jr." → "trump"), folded. */
export function lastWord(name: string): string | null {
  const words = tokenise(name.replace(/['’]s\b/gu, '')).map((t) => t.norm);
  while (words.length > 1 && SUFFIX.test(words[words.length - 1])) words.pop();
  return words.at(-1) ?? null;
}

/** The protocol's speaker check (see the header). */
export function speakerRight(speaker: PolnearSpeaker | null, goldSource: string | null): boolean {
  if (!speaker || !goldSource) return false;
  const words = new Set(capitalisedWords(goldSource).flatMap((w) => tokenise(w).map((t) => t.norm)));
  const names = [speaker.name, ...speaker.aliases, ...(speaker.acronym ? [speaker.acronym] : [])];
  return names.some((n) => {
    const w = lastWord(n);
    return w != null && words.has(w);
  });
}

export interface PolnearCounts {
  gold: number;
  pred: number;
  matched: number;
  /** Predictions left out of precision: they match no gold of this kind but another attribution's content. */
  ignored: number;
  named: number;
  speakerRight: number;
  noSpeaker: number;
  wrongSpeaker: number;
}

export interface PolnearMiss {
  type: 'missed' | 'spurious' | 'no speaker' | 'wrong speaker';
  gold?: GoldSegment & { text: string };
  pred?: PolnearPred;
}

export interface PolnearScore {
  counts: PolnearCounts;
  misses: PolnearMiss[];
  /** Per prediction: whether its speaker is right, for those matched to a gold quote whose source is a name; else null. */
  speakerOutcomes: (boolean | null)[];
}

export function emptyPolnearCounts(): PolnearCounts {
  return { gold: 0, pred: 0, matched: 0, ignored: 0, named: 0, speakerRight: 0, noSpeaker: 0, wrongSpeaker: 0 };
}

/**
 * Score one article's predictions of one family (DIRECT/PARTIAL or INDIRECT) against its gold.
 * `others`: contents of the article's other attributions; a prediction matching none of `gold` but
 * one of these is ignored rather than counted as spurious (pass [] to count every prediction).
 */
export function scoreQuotes(
  text: string,
  gold: GoldSegment[],
  preds: PolnearPred[],
  others: Span[] = [],
  threshold = POLNEAR_THRESHOLD,
): PolnearScore {
  const tokens = tokenise(text);
  const G = gold.map((g) => tokenRange(tokens, g));
  const P = preds.map((p) => place(tokens, p.text, p.at));
  const pairs: { g: number; p: number; o: number }[] = [];
  G.forEach((g, gi) => {
    P.forEach((p, pi) => {
      const o = overlap(tokens, g, p);
      if (o >= threshold) pairs.push({ g: gi, p: pi, o });
    });
  });
  pairs.sort((a, b) => b.o - a.o || a.g - b.g || a.p - b.p);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const pair of pairs) {
    if (gUsed.has(pair.g) || pUsed.has(pair.p)) continue;
    gUsed.set(pair.g, pair.p);
    pUsed.add(pair.p);
  }
  const c = emptyPolnearCounts();
  const misses: PolnearMiss[] = [];
  const speakerOutcomes: (boolean | null)[] = preds.map(() => null);
  const withText = (g: GoldSegment) => ({ ...g, text: text.slice(g.start, g.end) });
  c.gold = gold.length;
  gold.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    if (pi == null) {
      misses.push({ type: 'missed', gold: withText(g) });
      return;
    }
    c.matched++;
    if (!g.named) return;
    c.named++;
    const p = preds[pi];
    speakerOutcomes[pi] = speakerRight(p.speaker, g.source);
    if (speakerOutcomes[pi]) c.speakerRight++;
    else {
      const type = p.speaker ? 'wrong speaker' : 'no speaker';
      if (p.speaker) c.wrongSpeaker++;
      else c.noSpeaker++;
      misses.push({ type, gold: withText(g), pred: p });
    }
  });
  const O = others.map((s) => tokenRange(tokens, s));
  preds.forEach((p, pi) => {
    if (pUsed.has(pi)) return;
    if (O.some((o) => overlap(tokens, o, P[pi]) >= threshold)) c.ignored++;
    else misses.push({ type: 'spurious', pred: p });
  });
  c.pred = preds.length - c.ignored;
  return { counts: c, misses, speakerOutcomes };
}

export function addPolnearCounts(a: PolnearCounts, b: PolnearCounts): PolnearCounts {
  const out = emptyPolnearCounts();
  for (const k of Object.keys(out) as (keyof PolnearCounts)[]) out[k] = a[k] + b[k];
  return out;
}
