/**
 * Evidence for a quote's speaker: the speech verb's span (when a verb decided) and the sentence that names the speaker.
 * Rules without a verb point at the sentence their rule reads: the quote's own sentence for a subject or a colon label,
 * the sentence after it for a dash or a verdict, the previous paragraph's last sentence for a label or a question; a
 * continuation keeps the evidence of the quote it continues.
 */
import type { ParagraphSpan, QuoteEvidence, SpeakerRule } from '../types.js';
import type { Cue } from '../quotes/cues.js';
import type { ParagraphInfo } from '../doc/index.js';
import type { QuoteSpan } from '../quotes/span.js';
import { sentenceAt } from '../doc/text.js';

/** The cue as written: the verb's token, or both words of "according to". */
export function cueSpan(info: ParagraphInfo[], paragraph: number, cue: Cue): ParagraphSpan {
  const next = cue.according ? info[paragraph].tokens[cue.index + 1] : undefined;
  return { paragraph, start: cue.token.start, end: next?.lower === 'to' ? next.end : cue.token.end };
}

function sentence(info: ParagraphInfo[], paragraph: number, at: number): ParagraphSpan | null {
  const p = info[paragraph];
  if (!p?.text.length) return null;
  const [start, end] = sentenceAt(p.starts, p.text.length, Math.min(Math.max(0, at), p.text.length - 1));
  // the sentence without the space that separates it from the next
  return { paragraph, start, end: start + p.text.slice(start, end).trimEnd().length };
}

/** The evidence of one attributed quote; `previous` is the evidence of the quote a continuation continues. */
export function evidenceOf(
  info: ParagraphInfo[],
  q: QuoteSpan,
  rule: SpeakerRule | undefined,
  cue: ParagraphSpan | null,
  previous: QuoteEvidence | undefined,
): QuoteEvidence | undefined {
  if (!rule) return undefined;
  if (cue) {
    const s = sentence(info, cue.paragraph, cue.start);
    return s ? { cue, sentence: s } : undefined;
  }
  const after = q.closeMark >= 0 ? q.closeMark + 1 : q.end;
  let s: ParagraphSpan | null = null;
  switch (rule) {
    case 'continues-previous-speaker':
    case 'coordinated-verb':
      return previous;
    case 'verdict-next-paragraph':
      s = sentence(info, q.endParagraph + 1, 0);
      break;
    case 'name-after-dash':
    case 'verdict-after':
      s = sentence(info, q.endParagraph, after);
      break;
    case 'introduced-by-previous-paragraph':
    case 'answers-question':
      s = q.paragraph > 0 ? sentence(info, q.paragraph - 1, info[q.paragraph - 1].text.length - 1) : null;
      break;
    case 'topic-person':
      s = null;
      break;
    default:
      s = sentence(info, q.paragraph, q.openMark >= 0 ? q.openMark : q.start);
  }
  return s ? { cue: null, sentence: s } : undefined;
}
