/**
 * What a news page says about itself: headline (without the site's name), publication time, author
 * and canonical URL. JSON-LD first (what publishers maintain for search engines), then Open Graph /
 * article meta tags, then `<time>`, `<h1>` and `<title>`.
 */

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = squash(element?.getAttribute('content'));
    if (content) return content;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|LiveBlogPosting)$/;

/** The page's JSON-LD objects, flattened out of arrays and `@graph`s; unparsable blocks are skipped. */
function jsonLdObjects(document: Document): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as JsonObject);
      const graph = (value as JsonObject)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block is common on real sites; the meta tags still speak.
    }
  }
  return found;
}

function types(object: JsonObject): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return squash(value) || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(' and ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return urlOf((value as JsonObject)['@id'] ?? (value as JsonObject).url);
  return null;
}

/** `url` resolved against `base`, when that gives an http(s) URL. */
export function absoluteHttpUrl(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const resolved = new URL(url, base ?? undefined);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.toString() : null;
  } catch {
    return null;
  }
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » '];

/**
 * The headline without the site's name around it ("… | The Athens Herald", "Athens Herald - …").
 * A trailing part is also dropped after " | " when it is short and the rest is a headline, which is
 * how sites that declare no name write their titles.
 */
export function stripSiteName(title: string, siteNames: string[]): string {
  const names = siteNames.map((n) => n.toLowerCase()).filter(Boolean);
  let result = title;
  for (const separator of SEPARATORS) {
    const at = result.lastIndexOf(separator);
    if (
      at > 0 &&
      names.includes(
        result
          .slice(at + separator.length)
          .trim()
          .toLowerCase(),
      )
    ) {
      result = result.slice(0, at).trim();
    }
    const first = result.indexOf(separator);
    if (first > 0 && names.includes(result.slice(0, first).trim().toLowerCase())) {
      result = result.slice(first + separator.length).trim();
    }
  }
  const pipe = result.lastIndexOf(' | ');
  if (pipe > 0) {
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    if (words(result.slice(pipe + 3)) <= 5 && words(result.slice(0, pipe)) >= 4) result = result.slice(0, pipe).trim();
  }
  return result;
}

/** Read before Readability runs, which rewrites the document. */
export function pageMetadata(document: Document, pageUrl: string | null) {
  const objects = jsonLdObjects(document);
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? {};
  const website = objects.find((o) => types(o).includes('WebSite'));
  const siteNames = [
    meta(document, 'og:site_name', 'application-name'),
    nameOf(article.publisher),
    nameOf((article.isPartOf as JsonObject | undefined)?.name),
    nameOf(website?.name),
  ].filter((n): n is string => !!n);

  const rawTitle =
    meta(document, 'og:title', 'twitter:title') ??
    (typeof article.headline === 'string' ? squash(article.headline) : null) ??
    (squash(document.querySelector('h1')?.textContent) || squash(document.querySelector('title')?.textContent) || null);

  const metaAuthor = meta(document, 'author', 'parsely-author', 'sailthru.author', 'article:author');
  const ldAuthor = nameOf(article.author);
  const byline =
    (ldAuthor && !isUrl(ldAuthor) ? ldAuthor : null) ??
    (metaAuthor && !isUrl(metaAuthor) ? metaAuthor : null) ??
    (squash(
      document.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], .byline .author')?.textContent,
    ) ||
      null);

  const publishedAt =
    (typeof article.datePublished === 'string' ? article.datePublished.trim() : null) ??
    meta(
      document,
      'article:published_time',
      'og:published_time',
      'datePublished',
      'parsely-pub-date',
      'date',
      'dc.date',
      'DC.date.issued',
      'sailthru.date',
    ) ??
    (document
      .querySelector('time[datetime][pubdate], article time[datetime], time[datetime]')
      ?.getAttribute('datetime') ||
      null);

  const url =
    absoluteHttpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, pageUrl) ??
    absoluteHttpUrl(meta(document, 'og:url'), pageUrl) ??
    absoluteHttpUrl(urlOf(article.mainEntityOfPage) ?? urlOf(article.url), pageUrl) ??
    absoluteHttpUrl(pageUrl, null);

  return {
    title: rawTitle ? stripSiteName(rawTitle, siteNames) : null,
    byline: byline ? byline.replace(/^by\s+/i, '') : null,
    publishedAt: publishedAt && !Number.isNaN(Date.parse(publishedAt)) ? publishedAt : null,
    url,
    siteName: siteNames[0] ?? null,
  };
}
