import { eq } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import * as t from '../db/schema.js';
import type { QuoteTarget } from './apply.js';
import { CorrectionError, writeCorrection } from './write.js';

async function findQuote(db: Database, id: number) {
  const [quote] = await db.select().from(t.quotes).where(eq(t.quotes.id, id));
  if (!quote) throw new CorrectionError('NOT_FOUND', 'No quote has this ID.');
  return quote;
}

/** A quote as a fact about keys: its words in its article (what re-extraction finds again). */
const quoteTarget = (quote: typeof t.quotes.$inferSelect): QuoteTarget & Record<string, unknown> => ({
  article: quote.articleId,
  quoteKey: quote.textKey,
  text: quote.text,
});

/** The fields every correction of this quote by this editor shares. */
const aboutQuote = (quote: typeof t.quotes.$inferSelect, editor: string, reason: string) => ({
  editor,
  reason,
  targetType: 'Quote' as const,
  targetId: quote.id,
  target: quoteTarget(quote),
});

const speakerOf = (quote: typeof t.quotes.$inferSelect) => ({
  person: quote.speakerPersonId,
  organisation: quote.speakerOrganisationId,
  speakerText: quote.speakerText,
});

/** The quote's speaker, whose quote count the correction changes. */
const speakerCounts = (quote: typeof t.quotes.$inferSelect) => ({
  people: quote.speakerPersonId ? [quote.speakerPersonId] : [],
  organisations: quote.speakerOrganisationId ? [quote.speakerOrganisationId] : [],
});

/** Attributes a quote to a person, or to nobody (`speaker` null). */
export async function setQuoteSpeaker(
  db: Database,
  editor: string,
  input: { quote: number; speaker: number | null; reason: string },
) {
  const quote = await findQuote(db, input.quote);
  if (input.speaker !== null) {
    const [person] = await db.select({ id: t.people.id }).from(t.people).where(eq(t.people.id, input.speaker));
    if (!person) throw new CorrectionError('NOT_FOUND', 'No person has the speaker ID.');
  }
  return writeCorrection(db, {
    kind: 'SET_QUOTE_SPEAKER',
    ...aboutQuote(quote, editor, input.reason),
    before: speakerOf(quote),
    after: { person: input.speaker },
    recount: speakerCounts(quote),
  });
}

export async function setQuoteKind(
  db: Database,
  editor: string,
  input: { quote: number; kind: (typeof t.quoteKinds)[number]; reason: string },
) {
  const quote = await findQuote(db, input.quote);
  return writeCorrection(db, {
    kind: 'SET_QUOTE_KIND',
    ...aboutQuote(quote, editor, input.reason),
    before: { kind: quote.kind },
    after: { kind: input.kind },
  });
}

/** Marks words as not a quote: they are removed, and stay removed when the article is re-extracted. */
export async function rejectQuote(db: Database, editor: string, input: { quote: number; reason: string }) {
  const quote = await findQuote(db, input.quote);
  return writeCorrection(db, {
    kind: 'REJECT_QUOTE',
    ...aboutQuote(quote, editor, input.reason),
    before: { kind: quote.kind, ...speakerOf(quote) },
    after: { rejected: true },
    recount: speakerCounts(quote),
  });
}
