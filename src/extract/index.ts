// TEMPORARY stub until the pipeline lands (owned by the extraction work): keeps the service runnable.
export type * from './types.js';
import type { ArticleHints, Extraction, KnownOrganisation, KnownPerson, Resolution } from './types.js';

export function extract(text: string, hints: ArticleHints = {}): Extraction {
  const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return {
    article: { title: hints.title ?? paragraphs[0]?.slice(0, 100) ?? '', standfirst: null, source: hints.source ?? null, byline: null, dateline: null, publishedAt: hints.publishedAt ?? null, updatedAt: null, paragraphs },
    people: [],
    organisations: [],
    quotes: [],
    source: null,
  };
}
export function resolve(extraction: Extraction, _known: { people: KnownPerson[]; organisations: KnownOrganisation[] }): Resolution {
  return { people: extraction.people.map((p) => ({ id: null, name: p.name })), organisations: extraction.organisations.map((o) => ({ id: null, name: o.name })) };
}
export const nameKeys = (name: string) => [name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
export const quoteKey = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
