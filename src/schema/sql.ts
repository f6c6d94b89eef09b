import { and, sql, type SQL } from 'drizzle-orm';

/** The conjunction of conditions; true when there are none (RAW filters need a condition). */
export function allOf(conditions: SQL[]): SQL {
  return and(...conditions) ?? sql`1 = 1`;
}
