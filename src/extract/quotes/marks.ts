/** Quotation marks: scan paired marks across paragraphs (a quote left open continues when the next paragraph re-opens). */
import { isLetter, isUpper, wordCount } from '../doc/text.js';
import { dict } from '../lexicon/words.js';
const OPENERS: Record<string, string> = dict({
  '“': '”',
  '«': '»',
  '„': '“”',
  '‘': '’',
  '"': '"',
  '‟': '”',
  '‹': '›',
  '＂': '＂',
});

function isOpenStraight(p: string, i: number): boolean {
  const prev = p[i - 1];
  const next = p[i + 1];
  if (next === undefined || next === ' ') return false;
  return prev === undefined || /[\s([{—–\-:;,/]/.test(prev);
}

function isCloseSingle(p: string, i: number): boolean {
  // ’ as a closing mark: not followed by a letter (then it is an apostrophe)
  const next = p[i + 1];
  return !isLetter(next) && !/\s/.test(p[i - 1] ?? ' ');
}

export interface RawSpan {
  paragraph: number;
  start: number;
  endParagraph: number;
  end: number;
  openMark: number;
  closeMark: number;
  parts: string[];
}

/** Scan quotation marks across paragraphs. Linear in the text length. */
export function scanMarks(paragraphs: string[]): RawSpan[] {
  const out: RawSpan[] = [];
  let open: { ch: string; para: number; start: number; mark: number; parts: string[]; partStart: number } | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const hasDouble = /["“”«»„]/.test(p);
    let i = 0;
    if (open) {
      // continuation: this paragraph must re-open with a mark
      const m = /^\s*(["“«„‘])/.exec(p);
      if (
        m &&
        (m[1] === open.ch ||
          (open.ch === '„' && m[1] === '„') ||
          (open.ch === '“' && m[1] === '"') ||
          (open.ch === '"' && m[1] === '“'))
      ) {
        open.partStart = m[0].length;
        i = m[0].length;
      } else {
        open = null;
      }
    }
    let nested = false;
    for (; i < p.length; i++) {
      const c = p[i];
      if (!open) {
        if (c === '“' || c === '«' || c === '„' || c === '‟' || c === '‹' || c === '＂') {
          open = { ch: c, para: pi, start: i + 1, mark: i, parts: [], partStart: i + 1 };
        } else if (c === '"' && isOpenStraight(p, i)) {
          open = { ch: c, para: pi, start: i + 1, mark: i, parts: [], partStart: i + 1 };
        } else if (c === '‘' && !isLetter(p[i - 1]) && isLetter(p[i + 1]) && !/\d/.test(p[i + 1])) {
          open = { ch: c, para: pi, start: i + 1, mark: i, parts: [], partStart: i + 1 };
        } else if (c === "'" && !hasDouble && !isLetter(p[i - 1]) && isUpper(p[i + 1])) {
          const close = findStraightSingleClose(p, i + 1);
          if (close > 0 && wordCount(p.slice(i + 1, close)) >= 2) {
            pushSpan(
              out,
              paragraphs,
              { ...{ ch: c, para: pi, start: i + 1, mark: i, parts: [], partStart: i + 1 } },
              pi,
              close,
              close,
            );
            i = close;
          }
        }
        continue;
      }
      const closers: string = OPENERS[open.ch] ?? '';
      if (open.ch === '‘' || open.ch === "'") {
        if (c === '’' && isCloseSingle(p, i)) {
          pushSpan(out, paragraphs, open, pi, i, i);
          open = null;
        }
        continue;
      }
      // nested single quotes inside double quotes
      if (c === '‘' && !isLetter(p[i - 1])) nested = true;
      else if (nested && c === '’' && isCloseSingle(p, i)) nested = false;
      if (closers.includes(c) && !(open.ch === '"' && c === '"' && isOpenStraight(p, i) && i === open.partStart)) {
        pushSpan(out, paragraphs, open, pi, i, i);
        open = null;
        nested = false;
      } else if (open.ch === '“' && c === '"' && !isLetter(p[i + 1])) {
        pushSpan(out, paragraphs, open, pi, i, i);
        open = null;
      } else if (c === '“' && open.ch === '“' && i > open.partStart) {
        // a new opener before the old one closed: close the old one here
        pushSpan(out, paragraphs, open, pi, i, -1);
        open = { ch: c, para: pi, start: i + 1, mark: i, parts: [], partStart: i + 1 };
      }
    }
    if (open) {
      const next = paragraphs[pi + 1];
      open.parts.push(p.slice(open.partStart));
      const continues = next !== undefined && /^\s*["“«„‘]/.test(next) && open.parts.length < 30;
      if (!continues) {
        open.parts.pop();
        pushSpan(out, paragraphs, open, pi, p.length, -1);
        open = null;
      }
    }
  }
  return out;
}

function findStraightSingleClose(p: string, from: number): number {
  const lim = Math.min(p.length, from + 300);
  for (let j = from; j < lim; j++) {
    if (p[j] === "'" && !isLetter(p[j + 1]) && isLetter(p[j - 1] ?? '') === true) return j;
    if (p[j] === "'" && /[.,!?]/.test(p[j - 1] ?? '')) return j;
  }
  return -1;
}

function pushSpan(
  out: RawSpan[],
  paragraphs: string[],
  open: { para: number; start: number; mark: number; parts: string[]; partStart: number },
  endPara: number,
  end: number,
  closeMark: number,
): void {
  const p = paragraphs[endPara];
  const last = p.slice(endPara === open.para ? open.start : open.partStart, end);
  const parts = [...open.parts, last];
  let text = parts.join('\n');
  // trim whitespace (offsets follow)
  let start = open.start;
  while (text.length && /\s/.test(text[0]) && !text.startsWith('\n')) {
    text = text.slice(1);
    if (open.para === endPara || parts.length === 1) start++;
  }
  let e = end;
  while (text.length && /\s/.test(text[text.length - 1])) {
    text = text.slice(0, -1);
    e--;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return;
  out.push({ paragraph: open.para, start, endParagraph: endPara, end: e, openMark: open.mark, closeMark, parts });
}
