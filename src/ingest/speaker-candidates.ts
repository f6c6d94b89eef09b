/**
 * The speaker candidates of an article's quotes, as statements for the batch that inserts the
 * quotes. The quotes' ids are not known while the batch is planned, so each candidate finds its quote
 * by the article and the quote's position, and a person or organisation the batch creates by its slug.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import { chunked, MAX_BOUND_PARAMETERS } from '../db/bound-parameters.js';
import * as t from '../db/schema.js';
import type { ExtractedQuote } from '../extract/index.js';

/** Candidates kept per quote, best first (what the extractor promises; the API's costs count on it). */
export const MAX_SPEAKER_CANDIDATES = 3;

/** Parameters one row binds at most: the article and position of its quote, rank, person, organisation, text, confidence, rule. */
const PARAMETERS_PER_ROW = 8;

/** Row ids as SQL: the id itself, or the subquery that finds a row the batch inserts (as for claims). */
export interface CandidateRefs {
  person: (local: number) => SQL<number> | number;
  organisation: (local: number) => SQL<number> | number;
}

/** Inserts of every candidate of the article's quotes (none when there are none). */
export function speakerCandidateStatements(
  db: Database,
  article: SQL<number> | number,
  quotes: ExtractedQuote[],
  refs: CandidateRefs,
) {
  const rows = quotes.flatMap((quote, position) =>
    (quote.speakerCandidates ?? []).slice(0, MAX_SPEAKER_CANDIDATES).map((candidate, rank) => {
      const { type, ref } = candidate.speaker;
      return {
        quoteId: sql<number>`(select id from quotes where article_id = ${article} and position = ${position})`,
        rank,
        personId: type === 'person' ? refs.person(ref) : null,
        organisationId: type === 'organisation' ? refs.organisation(ref) : null,
        speakerText: candidate.speakerText,
        confidence: candidate.confidence,
        rule: candidate.rule,
      };
    }),
  );
  return chunked(rows, Math.floor(MAX_BOUND_PARAMETERS / PARAMETERS_PER_ROW)).map((chunk) =>
    db.insert(t.speakerCandidates).values(chunk as never),
  );
}
