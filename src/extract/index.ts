// Public surface of the pipeline. See types.ts for the contract and README.md for the design.
export type * from './types.js';
import type { ArticleHints, Extraction } from './types.js';
import { segment } from './segment.js';
import { findQuotes, paragraphInfo } from './quotes.js';
import { findMentions, type MentionBuilder, type MentionIndex } from './mentions.js';
import { attribute } from './speakers.js';
import { KNOWN_ORGS } from './lexicon.js';

export { segment } from './segment.js';
export { resolve, nameKeys, quoteKey } from './resolve.js';

/** Run the whole pipeline on one article. Pure and deterministic; never throws on odd input. */
export function extract(text: string, hints?: ArticleHints): Extraction {
  const article = segment(typeof text === 'string' ? text : String(text ?? ''), hints);
  const { publisher, ...seg } = article;
  try {
    const info = paragraphInfo(seg.paragraphs);
    const spans = findQuotes(seg.paragraphs, info);
    const idx = findMentions(info) as MentionIndex & { builder: MentionBuilder };
    const quotes = attribute(info, spans, idx);
    let source: number | null = null;
    if (seg.source) {
      const known = KNOWN_ORGS[seg.source.toLowerCase()];
      source = known ? idx.builder.org(known[0], known[1], 'MEDIA') : idx.builder.org(seg.source, /^[A-Z]{2,6}$/.test(seg.source) ? seg.source : null, 'MEDIA');
      idx.builder.organisations[source].kind = 'MEDIA';
    }
    void publisher;
    const people = idx.people.map(({ name, aliases, descriptions, affiliations, mentions }) => ({ name, aliases, descriptions, affiliations, mentions }));
    return { article: seg, people, organisations: idx.builder.organisations, quotes, source };
  } catch {
    // defensive: a bug in a later stage must not lose the article
    return { article: seg, people: [], organisations: [], quotes: [], source: null };
  }
}
