import type { Database } from './db/index.js';
import type { PageFetcher } from './fetch/page.js';
import type { ExtractionRunner } from './ingest/extraction.js';

/** Per-request context shared by every resolver. */
export interface Context {
  db: Database;
  /** Runs an article's extraction (see AppOptions.extract). */
  extract: ExtractionRunner;
  /** Aborted when the client goes away, so work done only for its answer can stop. */
  signal?: AbortSignal;
  /** True when the request carried `Authorization: Bearer $ADMIN_TOKEN`. */
  isAdmin: boolean;
  /** Who may make corrections: `admin` with the admin token, an `EDITOR_TOKENS` name, else null. */
  editor?: string | null;
  /** Called after a successful write so caches drop what they hold (bumps the data generation). */
  onWrite?: () => void;
  /** Fetches pages and feeds under the fetch rules (src/fetch); absent where the runtime gives none. */
  fetchPage?: PageFetcher;
  /** Starts a first poll of a feed just added (in-process on Node, a queue message on Workers). */
  feedAdded?: (feedId: number) => void | Promise<void>;
}
