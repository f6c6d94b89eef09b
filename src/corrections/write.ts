import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import { bumpGeneration, recountStatements } from '../ingest/write.js';
import { applyStatements, newestCorrection, scopeKeys, type CorrectionKind, type CorrectionRow } from './apply.js';

/** Why a correction cannot be made: the API reports it with this code. */
export class CorrectionError extends Error {
  constructor(
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
  }
}

export interface NewCorrection {
  kind: CorrectionKind;
  editor: string;
  reason: string;
  targetType: 'Quote' | 'Person' | 'Organisation';
  targetId: number;
  target: Record<string, unknown>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** People and organisations whose counts change besides those the correction names (a quote's old speaker). */
  recount?: { people?: number[]; organisations?: number[] };
  /** Statements the correction needs to run first, in its batch (creating the person a split makes). */
  prelude?: unknown[];
}

export const MAX_REASON_LENGTH = 2000;

export function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (!trimmed) throw new CorrectionError('BAD_USER_INPUT', 'A correction needs a reason.');
  if (trimmed.length > MAX_REASON_LENGTH)
    throw new CorrectionError('BAD_USER_INPUT', `A reason may have at most ${MAX_REASON_LENGTH} characters.`);
  return trimmed;
}

/**
 * Stores a correction and makes it true in one batch (with the data generation bumped, so cached
 * answers show it): either both are there afterwards or neither is. Returns the stored correction.
 */
export async function writeCorrection(db: Database, c: NewCorrection, now = new Date()): Promise<CorrectionRow> {
  const { recount, prelude = [], ...row } = c;
  const application = applyStatements(db, row, newestCorrection);
  const statements = [
    ...prelude,
    db.insert(t.corrections).values({ ...row, reason: checkReason(row.reason), createdAt: now.toISOString() }),
    ...scopeKeys(row.kind, row.target).map((key) =>
      db.run(sql`insert or ignore into correction_keys (correction_id, key) values (${newestCorrection}, ${key})`),
    ),
    ...application.statements,
    ...recountStatements(
      db,
      [...application.people, ...(recount?.people ?? [])],
      [...(application.organisations ?? []), ...(recount?.organisations ?? [])],
    ),
    bumpGeneration(db),
    db.select().from(t.corrections).where(sql`${t.corrections.id} = ${newestCorrection}`),
  ];
  const results = (await db.batch(statements as never)) as unknown[];
  return (results.at(-1) as CorrectionRow[])[0];
}

export async function findCorrection(db: Database, id: number): Promise<CorrectionRow> {
  const [row] = await db.select().from(t.corrections).where(eq(t.corrections.id, id));
  if (!row) throw new CorrectionError('NOT_FOUND', 'No correction has this ID.');
  return row;
}
