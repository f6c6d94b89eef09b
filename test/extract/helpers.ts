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
