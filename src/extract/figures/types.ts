/** The figures stage's contract: what it reads from an extraction and what it returns. */

export type ClaimQualifier = 'EXACT' | 'ABOUT' | 'AT_LEAST' | 'AT_MOST' | 'MORE_THAN' | 'RANGE';

/** A person or organisation of the extraction (its index in `people` or `organisations`). */
export interface SourceRef {
  type: 'person' | 'organisation';
  ref: number;
}

/** What the stage reads: the article's paragraphs and what the other stages found in them. */
export interface FiguresInput {
  paragraphs: string[];
  /** `mentions` (how often each is named) picks what the article is about when no place says it. */
  people: { name: string; aliases: string[]; mentions?: number }[];
  organisations: { name: string; acronym: string | null; aliases: string[]; mentions?: number }[];
  /** The outlet's index in `organisations`: never the body a sentence calls "the group". */
  outlet?: number | null;
  quotes: {
    paragraph: number;
    endParagraph: number;
    start: number;
    end: number;
    speaker: SourceRef | null;
    /** DIRECT and PARTIAL quotes are the speaker's words: only names inside them can be further sources. */
    kind?: string;
  }[];
}

/** One numeric claim: a quantity the article states, with who it says stated it. */
export interface ExtractedClaim {
  /** The figure as written, qualifier and unit included: "about 3,000 troops". */
  text: string;
  /** The value; for a range, its upper end. */
  value: number;
  /** The lower end of a range, else null. */
  low: number | null;
  qualifier: ClaimQualifier;
  /** What is counted or measured, canonical: "troops", "people", "USD", "percent", "km". */
  unit: string;
  /** The rate's denominator: "month" for "$2,000 per month", "brigade" for "6,000 each"; else null. */
  per: string | null;
  /** A short phrase saying what the figure is about: "North Korean soldiers sent to Russia". */
  subject: string;
  /** Claims with equal keys, in any article, are about the same quantity (one Figure). */
  key: string;
  /** A readable name for the quantity the key stands for: "North Korea: troops". */
  keyLabel: string;
  /** Everyone the article names as a source of the figure, nearest to it first. */
  sources: SourceRef[];
  sentence: string;
  paragraph: number;
  /** Offsets of `text` in its paragraph. */
  start: number;
  end: number;
  /** Index into the extraction's quotes when the figure stands inside one. */
  quote: number | null;
}
