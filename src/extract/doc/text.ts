/**
 * Small text utilities shared by the stages. Everything here is linear-time: no regex with nested
 * unbounded quantifiers runs over whole paragraphs.
 */
import { ABBREV } from '../lexicon/function-words.js';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*/gu;

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR_RE.test(s.slice(i, i + 2));
  return WORD_CHAR_RE.test(s[i]);
}

/** Word tokens with offsets ("U.S", "Sun-won", "Putin’s", "secretary-general"). Hand-rolled for speed. */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    if (!isWordCode(s, i)) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isWordCode(s, i)) i++;
      const c = s[i];
      if (i + 1 < to && (c === '-' || c === "'" || c === '’' || c === '.' || c === '&') && isWordCode(s, i + 1)) {
        i += 2;
        continue;
      }
      break;
    }
    const text = s.slice(start, i);
    out.push({ text, lower: text.toLowerCase(), start, end: i });
  }
  return out;
}
void TOKEN_RE;

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

export const isUpper = (ch: string | undefined): boolean => !!ch && UPPER_RE.test(ch);
export const isLower = (ch: string | undefined): boolean => !!ch && LOWER_RE.test(ch);
export const isLetter = (ch: string | undefined): boolean => !!ch && LETTER_RE.test(ch);
export const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';

/** Strip accents, lowercase. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Lowercase, accents removed, everything but letters/digits removed. */
export function compactKey(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]/gu, '');
}

/** A possessive ending ('s / ’s / s') on a token. */
export function stripPossessive(t: string): { base: string; possessive: boolean } {
  if (/['’]s$/i.test(t) && t.length > 2) return { base: t.slice(0, -2), possessive: true };
  return { base: t, possessive: false };
}

/**
 * Sentence start offsets within a paragraph. A boundary is [.!?…] (plus closing quotes/brackets)
 * followed by whitespace and an upper-case letter, digit or opening quote, unless the word before
 * the period is a known abbreviation or a single initial.
 */
export function sentenceStarts(p: string): number[] {
  const starts = [0];
  const n = p.length;
  for (let i = 0; i < n; i++) {
    const ch = p[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (
      j < n &&
      (p[j] === '.' ||
        p[j] === '”' ||
        p[j] === '"' ||
        p[j] === '’' ||
        p[j] === "'" ||
        p[j] === ')' ||
        p[j] === '»' ||
        p[j] === '!' ||
        p[j] === '?')
    )
      j++;
    if (j >= n || !isSpace(p[j])) continue;
    let k = j;
    while (k < n && isSpace(p[k])) k++;
    if (k >= n) continue;
    const nx = p[k];
    if (!(isUpper(nx) || /[0-9“"‘«]/.test(nx))) continue;
    if (ch === '.') {
      // word before the period
      let w = i - 1;
      while (w >= 0 && (isLetter(p[w]) || p[w] === '.')) w--;
      const word = p.slice(w + 1, i).toLowerCase();
      if (word.length === 1 && isUpper(p[w + 1])) continue; // initial "J."
      if (ABBREV.has(word)) {
        // "U.S." at the end of a sentence is common; accept a boundary if the next word is a typical opener
        if (!(word.includes('.') && /^(The|He|She|It|They|But|In|On|A|An|This|That|We|I)\b/.test(p.slice(k, k + 5))))
          continue;
      }
    }
    starts.push(k);
    i = k - 1;
  }
  return starts;
}

/** [start, end) of the sentence containing offset `pos`. */
export function sentenceAt(starts: number[], pLen: number, pos: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return [starts[lo], lo + 1 < starts.length ? starts[lo + 1] : pLen];
}

export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = !isSpace(s[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** Trim while keeping track of offsets. */
export function trimSpan(s: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,;:—–-]/.test(s[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(s[end - 1])) end--;
  return [start, end];
}

/**
 * Binary search over indices 0…length-1 where `before(i)` holds for a prefix: the first index for
 * which it does not (length when it holds everywhere).
 */
export function firstIndexNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(toks: Token[], pos: number): number {
  return firstIndexNotBefore(toks.length, (i) => toks[i].start < pos);
}

export function stripPoss(s: string): string {
  return s.replace(/['’]s$/, '');
}
