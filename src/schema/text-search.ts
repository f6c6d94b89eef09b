import { sql, type SQL } from 'drizzle-orm';

/**
 * Full-text conditions used by the `search` filters. Null means the query has no searchable term,
 * so nothing can match.
 */
export function articleTextCondition(query: string): ((t: { id: any; title: any; paragraphs: any }) => SQL) | null {
  const needle = query.trim().toLowerCase();
  if (!needle) return null;
  return (t) => sql`instr(lower(${t.title} || ' ' || ${t.paragraphs}), ${needle}) > 0`;
}

export function quoteTextCondition(query: string): ((t: { text: any }) => SQL) | null {
  const needle = query.trim().toLowerCase();
  if (!needle) return null;
  return (t) => sql`instr(lower(${t.text}), ${needle}) > 0`;
}
