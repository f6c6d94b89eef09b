/**
 * D1 binds at most 100 parameters per statement (SQLite itself allows 32766), so every statement
 * the ingest, delete and re-extraction paths build stays within it: multi-row inserts and id lists
 * are cut up.
 */
export const MAX_BOUND_PARAMETERS = 100;

export function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
