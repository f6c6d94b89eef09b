/** QuoteSpan: what the quotes stage returns for each quote (the speakers stage adds the speaker). */
import type { QuoteKind } from '../types.js';
import type { Cue } from './cues.js';

/** A quote found by the quotes stage, before a speaker is attached. */
export interface QuoteSpan {
  kind: QuoteKind;
  text: string;
  paragraph: number;
  start: number;
  endParagraph: number;
  end: number;
  marked: boolean;
  /** Offset of the opening mark (paragraph `paragraph`) and closing mark (paragraph `endParagraph`, -1 if none). */
  openMark: number;
  closeMark: number;
  /** For INDIRECT quotes: the speech verb that introduced them. */
  cue?: Cue;
  /** INDIRECT: whether the reporting clause comes after the content ("…, X said"). */
  reportAfter?: boolean;
  /** INDIRECT: where a reporting clause inside the content starts ("In the end, X said, …"): its subject follows. */
  sourceFrom?: number;
  /** INDIRECT: a second speech verb sharing the previous quote's subject ("said A, but warned B"). */
  coordinated?: boolean;
}
