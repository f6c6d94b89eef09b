/**
 * RSS 2.0 (and RSS 1.0/RDF), Atom and JSON Feed, read into one shape. XML goes through
 * fast-xml-parser (validated first, so a truncated or broken feed is an error, not half a feed; its
 * entity-expansion limits stay on); JSON Feed is plain JSON.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlToText } from '../ingest/html.js';

export interface FeedItem {
  /** The item's identity in its feed: its GUID / Atom id / JSON Feed id, else its link. */
  key: string;
  url: string | null;
  title: string | null;
  /** ISO 8601 (UTC), when the item gives a date that parses. */
  publishedAt: string | null;
  /** The item's own text (HTML or plain), full content preferred over a summary. */
  content: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** Thrown for a document that is not a feed; the message is safe to show. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

const LISTS = new Set(['item', 'entry', 'link', 'category', 'author']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  textNodeName: '#text',
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, unknown>;

/** The text of an element that may carry attributes ({ '#text': …, '@_type': … }) or be a bare string. */
function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') return textOf((value as Node)['#text']);
  return null;
}

function plainTitle(value: unknown): string | null {
  const text = textOf(value);
  return text ? htmlToText(text) || null : null;
}

function isoDate(value: unknown): string | null {
  const text = textOf(value);
  if (!text) return null;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function item(key: string | null, url: string | null, fields: Omit<FeedItem, 'key' | 'url'>): FeedItem | null {
  const identity = key ?? url;
  return identity ? { key: identity, url, ...fields } : null;
}

function rssItems(items: Node[]): FeedItem[] {
  return items
    .map((entry) =>
      item(textOf(entry.guid), textOf(entry.link), {
        title: plainTitle(entry.title),
        publishedAt: isoDate(entry.pubDate ?? entry['dc:date']),
        content: textOf(entry['content:encoded']) ?? textOf(entry.description),
      }),
    )
    .filter((i): i is FeedItem => !!i);
}

function atomLink(links: unknown): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Node[];
  const alternate = list.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? list[0];
  return alternate ? (textOf(alternate['@_href']) ?? textOf(alternate)) : null;
}

function atomItems(entries: Node[]): FeedItem[] {
  return entries
    .map((entry) =>
      item(textOf(entry.id), atomLink(entry.link), {
        title: plainTitle(entry.title),
        publishedAt: isoDate(entry.published ?? entry.updated),
        content: textOf(entry.content) ?? textOf(entry.summary),
      }),
    )
    .filter((i): i is FeedItem => !!i);
}

function parseXmlFeed(text: string): ParsedFeed {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new FeedParseError(`The feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}).`);
  const document = parser.parse(text) as Node;
  const rss = document.rss as Node | undefined;
  if (rss?.channel) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node;
    return { title: plainTitle(channel.title), items: rssItems((channel.item as Node[]) ?? []) };
  }
  const rdf = document['rdf:RDF'] as Node | undefined;
  if (rdf)
    return { title: plainTitle((rdf.channel as Node | undefined)?.title), items: rssItems((rdf.item as Node[]) ?? []) };
  const atom = document.feed as Node | undefined;
  if (atom) return { title: plainTitle(atom.title), items: atomItems((atom.entry as Node[]) ?? []) };
  throw new FeedParseError('The document is XML but not an RSS or Atom feed.');
}

function parseJsonFeed(text: string): ParsedFeed {
  let document: Node;
  try {
    document = JSON.parse(text) as Node;
  } catch {
    throw new FeedParseError('The feed is not valid JSON.');
  }
  if (typeof document?.version !== 'string' || !document.version.startsWith('https://jsonfeed.org/version/')) {
    throw new FeedParseError('The document is JSON but not a JSON Feed.');
  }
  const items = Array.isArray(document.items) ? (document.items as Node[]) : [];
  return {
    title: plainTitle(document.title),
    items: items
      .map((entry) =>
        item(textOf(entry.id), textOf(entry.url), {
          title: plainTitle(entry.title),
          publishedAt: isoDate(entry.date_published ?? entry.date_modified),
          content: textOf(entry.content_html) ?? textOf(entry.content_text) ?? textOf(entry.summary),
        }),
      )
      .filter((i): i is FeedItem => !!i),
  };
}

/** Parses a feed of any of the three kinds, by its content (content types are often wrong). */
export function parseFeed(text: string): ParsedFeed {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start);
  if (start.startsWith('<')) return parseXmlFeed(start);
  throw new FeedParseError('The document is neither XML nor JSON.');
}
