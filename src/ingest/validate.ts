import { cleanText } from '../extract/index.js';

export const MAX_ARTICLE_BYTES = 1_000_000;

/** Thrown for input that cannot be ingested; its message is safe to show the client. */
export class IngestInputError extends Error {
  override name = 'IngestInputError';
}

// Control characters other than tab and newline carry no text; a body made mostly of them is binary.
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/**
 * Checks an article's text and returns it normalised (LF line ends, no control characters, no
 * byte-order mark). Throws IngestInputError for what cannot be an article.
 */
export function normaliseArticleText(text: unknown): string {
  if (typeof text !== 'string') throw new IngestInputError('Article text must be a string.');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new IngestInputError(`Article text is ${bytes} bytes; the limit is ${MAX_ARTICLE_BYTES}.`);
  }
  if (text.includes('\uFFFD')) {
    throw new IngestInputError('Article text is not valid UTF-8 (it contains replacement characters).');
  }
  const controls = text.match(controlChars)?.length ?? 0;
  if (controls > 0 && (text.includes('\u0000') || controls / text.length > 0.01)) {
    throw new IngestInputError('Article text looks binary, not plain text.');
  }
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(controlChars, '')
    .trim();
  if (!/\p{L}/u.test(normalised)) throw new IngestInputError('Article text is empty.');
  return normalised;
}

/**
 * The text as the extractor reads it: HTML turned to lines, zero-width characters and soft hyphens
 * dropped, NBSP, tabs and runs of spaces folded to one space, each line trimmed, blank lines gone.
 * Two texts that differ only in how their whitespace or markup is written read the same.
 */
export function identityText(normalisedText: string): string {
  return cleanText(normalisedText)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * sha-256 of `identityText`, hex: the identity that makes re-ingesting the same article a no-op,
 * however its whitespace is written.
 */
export async function contentHash(normalisedText: string): Promise<string> {
  return sha256Hex(identityText(normalisedText));
}

/**
 * sha-256 of the text as normaliseArticleText returns it: the identity of rows stored before
 * whitespace was folded, looked up beside `contentHash` so those articles are not stored twice.
 */
export function exactTextHash(normalisedText: string): Promise<string> {
  return sha256Hex(normalisedText);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
