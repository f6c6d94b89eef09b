/**
 * doc: the article as the rules read it. Reads the body paragraphs (segment's output); returns for each paragraph
 * its text, its word tokens with offsets, and where its sentences start. No rules about quotes or names here.
 */
import { sentenceStarts, tokenize, type Token } from './text.js';

/** One body paragraph: its text, word tokens (with offsets) and sentence starts. */
export interface ParagraphInfo {
  text: string;
  tokens: Token[];
  starts: number[];
}

/** Read the paragraphs. */
export function paragraphInfo(paragraphs: string[]): ParagraphInfo[] {
  return paragraphs.map((text) => ({ text, tokens: tokenize(text), starts: sentenceStarts(text) }));
}
