import type { Database } from './db/index.js';

/** Per-request context shared by every resolver. */
export interface Context {
  db: Database;
  /** True when the request carried `Authorization: Bearer $ADMIN_TOKEN`. */
  isAdmin: boolean;
  /** Who may make corrections: `admin` with the admin token, an `EDITOR_TOKENS` name, else null. */
  editor?: string | null;
  /** Called after a successful write so caches drop what they hold (bumps the data generation). */
  onWrite?: () => void;
}
