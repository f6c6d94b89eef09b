import { expect } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { Extraction, ExtractedQuote } from '../../src/extract/index.js';

/** Name of a quote's speaker (person or organisation), or null. */
export function speakerName(x: Extraction, q: ExtractedQuote): string | null {
  if (!q.speaker) return null;
  return q.speaker.type === 'person' ? x.people[q.speaker.ref].name : x.organisations[q.speaker.ref].name;
}

/** The quote whose text contains `needle`. */
export function findQuote(x: Extraction, needle: string): ExtractedQuote | undefined {
  return x.quotes.find((q) => q.text.includes(needle));
}

/** Speaker name of the quote containing `needle` in `text` (undefined when there is no such quote). */
export function speakerFor(text: string, needle: string): string | null | undefined {
  const x = extract(text);
  const q = findQuote(x, needle);
  return q === undefined ? undefined : speakerName(x, q);
}

export function kindFor(text: string, needle: string): string | undefined {
  const x = extract(text);
  return findQuote(x, needle)?.kind;
}

export function peopleOf(text: string): string[] {
  return extract(text).people.map((p) => p.name);
}

export function organisationsOf(text: string): string[] {
  return extract(text).organisations.map((o) => o.name);
}

/** One row of a speaker table: an article text and, for quotes found by a fragment, the speaker each should get. */
export interface SpeakerCase {
  /** Where the case came from: a sample article, an eval article, an independent set, or `constructed`. */
  from: string;
  /** The behaviour the row checks, used as the test name. */
  behaviour: string;
  text: string;
  /** `[fragment of the quote, expected speaker name or null]`, checked in order. */
  speakers: [quote: string, speaker: string | null][];
}

export function expectSpeakers({ text, speakers }: SpeakerCase): void {
  for (const [quote, speaker] of speakers) {
    if (speaker === null) expect(speakerFor(text, quote), quote).toBeNull();
    else expect(speakerFor(text, quote), quote).toBe(speaker);
  }
}
