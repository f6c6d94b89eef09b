/**
 * extract(): runs the stages in order and nothing else. Each stage's index.ts says what it reads and returns:
 * segment → doc → quotes → mentions → speakers, then the outlet as an organisation. types.ts is the contract with
 * ingestion; README.md has the design.
 */
import { paragraphInfo } from './doc/index.js';
import { findMentions } from './mentions/index.js';
import { sourceOrganisation } from './mentions/furniture.js';
import { findQuotes } from './quotes/index.js';
import { segment } from './segment/index.js';
import { attribute } from './speakers/index.js';
import { speakerConfidence } from './speakers/confidence.js';
import { rankSpeakers } from './speakers/ranker.js';
import type { ArticleHints, ExtractOptions, Extraction, SegmentedArticle } from './types.js';
import { type Budget, spent } from './budget.js';

export type * from './types.js';
export { segment, parseDate, cleanText } from './segment/index.js';
export { findQuotes } from './quotes/index.js';
export { scanMarks } from './quotes/marks.js';
export { resolve, nameKeys, quoteKey, samePerson } from './resolve/index.js';
export { speakerConfidence } from './speakers/confidence.js';
export { figuresOfExtraction, type ExtractedClaim } from './figures/index.js';

/** The stages up to the speaker rules: the doc, the mentions, and the quotes as the rules attribute them. */
export function ruleAttribution(article: SegmentedArticle, budget?: Budget) {
  const doc = paragraphInfo(article.paragraphs);
  const spans = findQuotes(article.paragraphs, doc, budget);
  const found = findMentions(doc, [article.title, article.standfirst ?? ''].join(' \n '), budget);
  return { doc, found, quotes: attribute(doc, spans, found, budget) };
}

/** Run the whole pipeline on one article. Pure and deterministic (without a deadline); never throws on odd input. */
export function extract(text: string, hints?: ArticleHints, options?: ExtractOptions): Extraction {
  const budget: Budget = { deadline: options?.deadline, truncated: false };
  const truncated = (x: Extraction): Extraction => (budget.truncated ? { ...x, truncated: true } : x);
  let article: SegmentedArticle;
  try {
    article = segment(typeof text === 'string' ? text : String(text ?? ''), hints);
  } catch {
    article = {
      title: hints?.title ?? '',
      standfirst: null,
      source: hints?.source ?? null,
      byline: null,
      dateline: null,
      publishedAt: hints?.publishedAt ?? null,
      updatedAt: null,
      paragraphs: [],
      publisher: null,
    };
  }
  if (spent(budget)) return truncated({ article, people: [], organisations: [], quotes: [], source: null });
  try {
    const { doc, found, quotes: attributed } = ruleAttribution(article, budget);
    const quotes = rankSpeakers(doc, found, attributed).map((q) => ({
      ...q,
      speakerConfidence: speakerConfidence(q),
    }));
    const source = sourceOrganisation(found, article.source);
    const people = found.people.map(({ name, aliases, descriptions, affiliations, mentions }) => ({
      name,
      aliases,
      descriptions,
      affiliations,
      mentions,
    }));
    return truncated({ article, people, organisations: found.organisations, quotes, source });
  } catch {
    // defensive: a bug in a later stage must not lose the article
    return truncated({ article, people: [], organisations: [], quotes: [], source: null });
  }
}
