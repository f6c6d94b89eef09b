import type { Database } from '../db/index.js';
import { articleInputFromPage } from '../ingest/html.js';
import { ingestArticle, type IngestInput, type IngestOptions, type IngestResult } from '../ingest/index.js';
import { FetchError, type PageFetcher } from './page.js';

/** What a feed item says of its page, used where the page itself says nothing. */
export interface PageFallback {
  title?: string | null;
  publishedAt?: string | null;
}

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** The article at `url`, fetched under the fetch rules and read through the HTML path. */
export async function fetchArticle(
  fetchPage: PageFetcher,
  input: { url: string; source?: string | null },
  fallback: PageFallback = {},
): Promise<IngestInput> {
  const page = await fetchPage(input.url);
  if (!PAGE_TYPES.has(page.contentType)) {
    throw new FetchError('CONTENT_TYPE', `${input.url} is ${page.contentType}, not an HTML page.`);
  }
  const article = articleInputFromPage({ text: page.text, source: input.source ?? null }, page.url);
  return {
    ...article,
    title: article.title ?? fallback.title ?? null,
    publishedAt: article.publishedAt ?? fallback.publishedAt ?? null,
    url: article.url ?? page.url,
  };
}

export async function ingestUrl(
  db: Database,
  fetchPage: PageFetcher,
  input: { url: string; source?: string | null },
  options: IngestOptions = {},
): Promise<IngestResult> {
  return ingestArticle(db, await fetchArticle(fetchPage, input), options);
}
