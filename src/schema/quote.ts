import { eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { allOf } from './sql.js';
import { quoteKinds, quotes } from '../db/schema.js';
import { namedConnection } from './connection.js';
import { rowIdOf } from './ids.js';
import { quoteTextCondition } from './text-search.js';

export const QuoteKind = builder.enumType('QuoteKind', {
  description: 'How the words are reported.',
  values: {
    DIRECT: { description: 'A whole quoted statement in quote marks.' },
    PARTIAL: { description: 'A quoted phrase inside reported speech.' },
    INDIRECT: { description: 'Reported speech without quote marks ("X said that …").' },
  } as const,
});

// Speaker rows carry only the columns a query asks for, so the resolver remembers which are organisations.
export const organisationSpeakers = new WeakSet<object>();

export const Speaker = builder.unionType('Speaker', {
  description: 'Who said it: a person, or an organisation speaking as itself.',
  types: ['Person', 'Organisation'] as never,
  resolveType: (speaker: object) => (organisationSpeakers.has(speaker) ? 'Organisation' : 'Person'),
});

const ALSO_IN_LIMIT = 20;

export const Quote = builder.drizzleNode('quotes', {
  name: 'Quote',
  description: 'Words attributed to a speaker in an article.',
  id: { column: (quote) => quote.id },
  // Load only the columns a query asks for: a page of 20 × 20 quotes otherwise carries every offset
  // and key of 400 rows through SQL's JSON and drizzle's mapping.
  select: {},
  fields: (t) => ({
    text: t.exposeString('text', {
      description:
        'The quoted words without the surrounding quote marks; a quote over several paragraphs is one Quote.',
    }),
    kind: t.expose('kind', { type: QuoteKind, description: 'Direct, partial or indirect (reported) speech.' }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The verb that attributes it: said, told, warned, added, …',
    }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description: 'Who said it; null when the text names nobody.',
      // Each member planned with the fields the query asks of it (a person's affiliations, say), so
      // the speakers load in the quotes' own statement instead of a second one by id.
      select: ((
        _args: unknown,
        _ctx: unknown,
        nestedSelection: (query: true, path: string[], type: string) => object,
      ) => ({
        with: {
          speakerPerson: nestedSelection(true, [], 'Person'),
          speakerOrganisation: nestedSelection(true, [], 'Organisation'),
        },
      })) as never,
      resolve: ((quote: { speakerPerson: object | null; speakerOrganisation: object | null }) => {
        if (quote.speakerOrganisation) organisationSpeakers.add(quote.speakerOrganisation);
        return quote.speakerPerson ?? quote.speakerOrganisation ?? null;
      }) as never,
    }),
    speakerText: t.exposeString('speakerText', {
      nullable: true,
      description: 'The speaker as written where the quote stands: "he", "Doo", "Rep. Park Sun-won".',
    }),
    article: t.relation('article', { description: 'The article the quote is in.' }),
    paragraph: t.exposeInt('paragraph', {
      description: '0-based index into `article.paragraphs` where the quote starts.',
    }),
    alsoIn: t.field({
      type: ['Quote' as never],
      description: 'The same words quoted in other articles (the first 20, oldest first).',
      // Loads the quotes sharing this one's words, planned with the fields asked of them; bounded,
      // since a much-repeated phrase would otherwise pull in every article that printed it.
      select: ((_args: unknown, _ctx: unknown, nestedSelection: (query: object) => object) => ({
        columns: { articleId: true },
        with: {
          sameWords: nestedSelection({
            columns: { articleId: true },
            orderBy: { id: 'asc' },
            limit: ALSO_IN_LIMIT + 1,
          }),
        },
      })) as never,
      resolve: ((quote: { articleId: number; sameWords: { articleId: number }[] }) =>
        quote.sameWords.filter((other) => other.articleId !== quote.articleId).slice(0, ALSO_IN_LIMIT)) as never,
    }),
  }),
});

export const QuoteConnection = namedConnection('Quote', Quote, 'quotes');

export const QuoteFilter = builder.inputType('QuoteFilter', {
  description: 'Conditions on quotes; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.id({ description: 'Said by this Person or Organisation (its ID).' }),
    organisation: t.id({
      description: "Said by this Organisation itself or by a person affiliated with it (the Organisation's ID).",
    }),
    article: t.id({ description: 'In this Article (its ID).' }),
    source: t.id({ description: 'In an article published by this outlet (an Organisation ID).' }),
    kind: t.field({ type: QuoteKind, description: 'Of this kind.' }),
    publishedAfter: t.field({ type: 'DateTime', description: 'In an article published at or after this time.' }),
    publishedBefore: t.field({ type: 'DateTime', description: 'In an article published at or before this time.' }),
    search: t.string({ description: 'Full-text search over the quoted words.' }),
  }),
});

type QuoteTable = typeof quotes;

function quoteWhere(filter: typeof QuoteFilter.$inferInput | null | undefined): ((t: QuoteTable) => SQL) | null {
  const parts: ((t: QuoteTable) => SQL)[] = [];
  if (filter?.speaker != null) {
    const speaker = filter.speaker;
    const organisationId = speakerIdOf(speaker);
    parts.push((t) =>
      organisationId.typename === 'Person'
        ? eq(t.speakerPersonId, organisationId.id)
        : eq(t.speakerOrganisationId, organisationId.id),
    );
  }
  if (filter?.organisation != null) {
    const id = rowIdOf(filter.organisation, 'Organisation');
    parts.push(
      (t) =>
        sql`(${t.speakerOrganisationId} = ${id} or ${t.speakerPersonId} in (select person_id from affiliations where organisation_id = ${id}))`,
    );
  }
  if (filter?.article != null) {
    const id = rowIdOf(filter.article, 'Article');
    parts.push((t) => eq(t.articleId, id));
  }
  if (filter?.source != null) {
    const id = rowIdOf(filter.source, 'Organisation');
    parts.push((t) => sql`${t.articleId} in (select id from articles where source_id = ${id})`);
  }
  if (filter?.kind != null) {
    const kind = filter.kind;
    parts.push((t) => eq(t.kind, kind));
  }
  if (filter?.publishedAfter != null || filter?.publishedBefore != null) {
    // One subquery over the date index for the whole range: a month is a few thousand articles,
    // where "after X" and "before Y" apart could each be most of the corpus.
    const after = filter.publishedAfter ?? null;
    const before = filter.publishedBefore ?? null;
    const range = [
      after === null ? null : sql`sort_date >= ${after}`,
      before === null ? null : sql`sort_date <= ${before}`,
    ].filter((c) => c !== null);
    parts.push((t) => sql`${t.articleId} in (select id from articles where ${sql.join(range, sql` and `)})`);
  }
  if (filter?.search != null) {
    const condition = quoteTextCondition(filter.search);
    if (condition === null) return null;
    parts.push(condition);
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

function speakerIdOf(globalId: string): { typename: 'Person' | 'Organisation'; id: number } {
  try {
    return { typename: 'Person', id: rowIdOf(globalId, 'Person') };
  } catch {
    return { typename: 'Organisation', id: rowIdOf(globalId, 'Organisation') };
  }
}

builder.queryFields((t) => ({
  quotes: t.drizzleConnection(
    {
      type: 'quotes',
      description: 'All quotes, newest first.',
      args: { where: t.arg({ type: QuoteFilter, description: 'Only quotes matching every given condition.' }) },
      totalCount: (_root, args, ctx) => {
        const where = quoteWhere(args.where);
        return where === null ? 0 : ctx.db.$count(quotes, where(quotes));
      },
      resolve: (query, _root, args, ctx) => {
        const where = quoteWhere(args.where);
        if (where === null) return [];
        return ctx.db.query.quotes.findMany(query({ where: { RAW: where }, orderBy: { id: 'desc' } }));
      },
    },
    QuoteConnection,
  ),
}));

export { quoteKinds };
