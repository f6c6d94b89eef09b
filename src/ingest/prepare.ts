import { extract, figuresOfExtraction, type ArticleHints } from '../extract/index.js';
import { fingerprintOf } from '../provenance/reprints.js';
import { articleInputFromPage } from './html.js';
import { publisherOf } from './publisher.js';
import type { ExtractedArticle } from './store.js';
import { contentHash, exactTextHash, isoOrNull, normaliseArticleText } from './validate.js';

export interface IngestInput extends ArticleHints {
  text: string;
}

/**
 * Everything of an ingest before the write, and nothing that touches the database: an HTML page is
 * read as the article it shows (src/ingest/html.ts; plain text passes through), the text checked and
 * normalised, hashed, and extracted, with its numeric claims and its reprint fingerprint. Throws IngestInputError for what cannot be an article.
 */
export async function prepareArticle(input: IngestInput): Promise<ExtractedArticle> {
  const article = articleInputFromPage(input);
  const text = normaliseArticleText(article.text);
  const hash = await contentHash(text);
  const exactHash = await exactTextHash(text);
  const hints = {
    title: article.title ?? null,
    source: article.source ?? null,
    url: article.url ?? null,
    publishedAt: isoOrNull(article.publishedAt),
  };
  const extraction = extract(text, hints);
  // Before resolution: the publisher may be added to the extraction's organisations.
  const publisher = publisherOf(extraction);
  // Worked out here, off the writer's thread: the writer is the one that cannot be parallel.
  const claims = figuresOfExtraction(extraction);
  const fingerprint = fingerprintOf(extraction.article.paragraphs);
  return { hash, exactHash, url: article.url ?? null, text, hints, extraction, publisher, claims, fingerprint };
}
