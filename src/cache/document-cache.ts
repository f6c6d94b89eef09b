import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * Bytes a parsed document is taken to hold per character of its text: graphql-js keeps every token
 * and location, ~1 MB for a document at the 2,000-token limit (measured: 85–95 bytes a character).
 */
const BYTES_PER_CHARACTER = 100;
const HOUR_MS = 3_600_000;

/**
 * Yoga's parse caches (parsed documents and parse errors, by document text), bounded in bytes.
 * Yoga's own default keeps 1,024 of each whatever their size, which documents at the token limit
 * turn into a gigabyte; validation results hang off the cached documents and go with them.
 */
export function createDocumentCaches(maxBytes = 24 * 1024 * 1024) {
  return {
    documentCache: new LRUCache<string, DocumentNode>({
      maxSize: maxBytes,
      sizeCalculation: (_document, text) => text.length * BYTES_PER_CHARACTER + 1024,
      ttl: HOUR_MS,
    }),
    errorCache: new LRUCache<string, object>({
      maxSize: Math.floor(maxBytes / 4),
      sizeCalculation: (_error, text) => text.length * 2 + 1024,
      ttl: HOUR_MS,
    }),
  };
}
