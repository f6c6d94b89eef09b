/**
 * HTML pages as input: the article a reader would show, as plain paragraphs plus the page's own
 * metadata (headline, publication time, author, canonical URL), for the plain-text pipeline.
 *
 * linkedom parses the page (every entity decoded, hex ones included) and @mozilla/readability picks
 * the main content by scoring, as Firefox's reader view does; what the page says about itself comes
 * from src/ingest/html-metadata.ts.
 *
 * `linkedom/worker` is linkedom's self-contained build: the default entry requires the optional
 * `canvas` package, which a Worker bundle cannot resolve.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom/worker';
import type { ArticleHints } from '../extract/types.js';
import { pageMetadata, squash } from './html-metadata.js';
import { IngestInputError } from './validate.js';

/** A page is refused past this many characters (the fetch size cap; a pasted page is also bounded by the request body). */
export const MAX_HTML_BYTES = 2_000_000;

export interface PageArticle {
  title: string | null;
  /** The author(s) as one line ("Eleni Markou and John Smith"). */
  byline: string | null;
  /** ISO 8601 as the page gives it. */
  publishedAt: string | null;
  /** Absolute canonical URL (link rel=canonical, og:url, JSON-LD url), else the page URL. */
  url: string | null;
  siteName: string | null;
  paragraphs: string[];
}

interface Page {
  document: Document;
}

// Markup that opens an HTML document or fragment; prose that merely mentions a tag does not start with one.
const HTML_START =
  /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|meta|title|header)\b/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_START.test(text.replace(/^\uFEFF/, '').slice(0, 4096));
}

function parsePage(html: string): Page {
  // A fragment ("<p>…</p><p>…</p>") gets a body of its own, or linkedom makes its first element the root.
  const source = /<(?:html|body)\b/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source) as unknown as Page;
}

// Page furniture no reader shows: menus, footers, sharing and comment widgets, forms, embeds.
const CHROME = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'nav',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'amp-ad',
  'amp-sidebar',
  '[role="navigation"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[aria-hidden="true"]',
  '[hidden]',
].join(',');

// A block that is a "Read more" heading or list entry, a sharing prompt or a copyright line.
const FURNITURE =
  /^(?:read more|related(?: articles| stories| coverage)?|more from|see also|also read|you may also like|recommended|most read|share (?:this|on)|advertisement|sign up|subscribe|©|copyright\b)/i;

// A line that only dates the page ("September 12, 2024 at 9:30 a.m. EEST", "16/03/2024"): furniture.
const DATE_WORD =
  /^(?:\d[\d/.:-]*,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|at|on|[ap]\.?m\.?|updated|published|posted|\||·|-)$/i;
const TIME_ZONE = /^\(?[A-Z]{2,5}\)?$/;
const isDateLine = (text: string) =>
  text.length < 60 && /\d/.test(text) && text.split(' ').every((w) => DATE_WORD.test(w) || TIME_ZONE.test(w));

const BLOCKS = 'p, li, blockquote, pre, dd, td, h1, h2, h3, h4, h5, h6';

function linkDensity(element: Element, textLength: number): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += squash(link.textContent).length;
  return textLength ? linked / textLength : 0;
}

/** The paragraphs of the content Readability chose (or of the body, when it chose nothing). */
function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    // The innermost blocks carry the text; a blockquote's or list item's own paragraphs are read on their own.
    if (block.querySelector(BLOCKS)) continue;
    if (/^H[1-6]$/.test(block.tagName.toUpperCase())) continue; // headline and subheads are not prose
    const text = squash(block.textContent);
    if (!text || FURNITURE.test(text) || isDateLine(text)) continue;
    // A list of links ("Read more: …" teasers) is navigation, however it is marked up.
    if (linkDensity(block, text.length) > 0.5) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}

/** The text of a snippet of HTML (a feed item's title), entities decoded and tags dropped. */
export function htmlToText(snippet: string): string {
  if (!/[&<]/.test(snippet)) return squash(snippet);
  return squash(parsePage(snippet).document.body?.textContent);
}

/** Reads a page's article: main content as paragraphs, and what the page says about itself. */
export function readPage(html: string, pageUrl: string | null = null): PageArticle {
  if (html.length > MAX_HTML_BYTES) {
    throw new IngestInputError(`The page is over ${MAX_HTML_BYTES} characters.`);
  }
  const { document } = parsePage(html);
  const metadata = pageMetadata(document, pageUrl);
  for (const element of document.querySelectorAll(CHROME)) element.remove();
  // The headline is taken from the metadata; an <h1> left in would compete with the body.
  const content = new Readability<Element>(document as never, {
    serializer: (node) => node as Element,
    charThreshold: 200,
  }).parse()?.content;
  let paragraphs = content ? paragraphsOf(content) : [];
  if (!paragraphs.length && document.body) paragraphs = paragraphsOf(document.body as Element);
  return { ...metadata, paragraphs };
}

const HEADLINE_WORDS = /^\S+(?:\s+\S+){2,29}$/;

/**
 * The page as the plain text segment() reads: the headline as the first line when it has a
 * headline's shape (so the first paragraph, with its dateline, stays the first paragraph), a "By …"
 * line for a byline of capitalised names, then the paragraphs. Hints carry what the text cannot.
 */
function pageText(page: PageArticle): string {
  const lines: string[] = [];
  if (page.title && HEADLINE_WORDS.test(page.title) && !/[.:;,]["”’']?$/.test(page.title)) lines.push(page.title);
  if (page.byline && /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,6}$/u.test(page.byline)) {
    lines.push(`By ${page.byline}`);
  }
  lines.push(...page.paragraphs);
  return lines.join('\n\n');
}

export interface ArticleInput extends ArticleHints {
  text: string;
}

/**
 * An ingest input whose text is an HTML page becomes the page's article: plain paragraphs, with the
 * page's headline, date and canonical URL as hints wherever the caller gave none. Plain text passes
 * through unchanged. `pageUrl` (where the page was fetched) resolves relative links.
 */
export function articleInputFromPage<T extends ArticleInput>(
  input: T,
  pageUrl: string | null = null,
): T & ArticleHints {
  if (typeof input.text !== 'string' || !looksLikeHtml(input.text)) return input;
  const page = readPage(input.text, pageUrl ?? input.url ?? null);
  if (!page.paragraphs.length) throw new IngestInputError('The page has no article text.');
  return {
    ...input,
    text: pageText(page),
    title: input.title ?? page.title,
    url: input.url ?? page.url,
    publishedAt: input.publishedAt ?? page.publishedAt,
  };
}
