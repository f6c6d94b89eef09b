import type { Database } from './db/index.js';
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
  /** Called after a successful write so caches drop what they hold (bumps the data generation). */
  onWrite?: () => void;
}
