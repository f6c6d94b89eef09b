import { eq, gte, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { allOf } from './sql.js';
import { quoteKinds, quotes } from '../db/schema.js';
import { namedConnection } from './connection.js';
import { rowIdOf } from './ids.js';
import { quoteTextCondition } from './text-search.js';
import { publishedRange } from './article-filters.js';
import { overlappingQuotes, type QuoteWords, WINDOW } from '../search/also-in.js';
import type { Context } from '../context.js';
import { idList } from '../search/fts.js';
import { badInput } from '../errors.js';

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

/**
 * A Speaker field's plan and resolver, for rows with `speakerPerson` and `speakerOrganisation`
 * relations (a quote, a speaker candidate): each member is planned with the fields the query asks of
 * it (a person's affiliations, say), so the speakers load in the rows' own statement instead of a
 * second one by id.
 */
export const speakerSelect = ((
  _args: unknown,
  _ctx: unknown,
  nestedSelection: (query: true, path: string[], type: string) => object,
) => ({
  with: {
    speakerPerson: nestedSelection(true, [], 'Person'),
    speakerOrganisation: nestedSelection(true, [], 'Organisation'),
  },
})) as never;

export const resolveSpeaker = ((row: { speakerPerson: object | null; speakerOrganisation: object | null }) => {
  if (row.speakerOrganisation) organisationSpeakers.add(row.speakerOrganisation);
  return row.speakerPerson ?? row.speakerOrganisation ?? null;
}) as never;

const ALSO_IN_LIMIT = 20;
const DEFAULT_ALSO_IN = 5;

export const Quote = builder.drizzleNode('quotes', {
  name: 'Quote',
  description: 'Words attributed to a speaker in an article.',
  id: { column: (quote) => quote.id },
  // Load only the columns a query asks for: a page of 20 × 20 quotes otherwise carries every offset
  // and key of 400 rows through SQL's JSON and drizzle's mapping.
  select: {},
  fields: (t) => ({
    text: t.exposeString('text', {
      nullable: false,
      description:
        'The quoted words without the surrounding quote marks; a quote over several paragraphs is one Quote.',
    }),
    kind: t.expose('kind', {
      nullable: false,
      type: QuoteKind,
      description: 'Direct, partial or indirect (reported) speech.',
    }),
    cue: t.exposeString('cue', {
      nullable: true,
      description: 'The verb that attributes it: said, told, warned, added, …',
    }),
    speaker: t.field({
      type: Speaker,
      nullable: true,
      description:
        'Who said it; null when the text names nobody, and when the extractor withheld its best guess (`speakerWithheld`, ' +
        'whose candidates are in `speakerCandidates`).',
      select: speakerSelect,
      resolve: resolveSpeaker,
    }),
    speakerText: t.exposeString('speakerText', {
      nullable: true,
      description: 'The speaker as written where the quote stands: "he", "Doo", "Rep. Park Sun-won".',
    }),
    article: t.relation('article', { nullable: false, description: 'The article the quote is in.' }),
    paragraph: t.exposeInt('paragraph', {
      nullable: false,
      description: '0-based index into `article.paragraphs` where the quote starts.',
    }),
    alsoIn: t.field({
      nullable: false,
      type: ['Quote' as never],
      description:
        `The same words quoted in other articles, oldest first: quotes with the very same words, and quotes of at least ${WINDOW} words ` +
        'that hold these words within longer ones or are held within these (a shorter part of the same remarks).',
      args: {
        first: t.arg.int({
          defaultValue: DEFAULT_ALSO_IN,
          description: `How many (default ${DEFAULT_ALSO_IN}, at most ${ALSO_IN_LIMIT}).`,
        }),
      },
      // A list of at most `first`: costed as such, not as a page of the default size.
      complexity: (args) => ({
        field: 2,
        multiplier: Math.min(Math.max(args.first ?? DEFAULT_ALSO_IN, 0), ALSO_IN_LIMIT),
      }),
      // Loads the quotes sharing this one's words, planned with the fields asked of them; bounded,
      // since a much-repeated phrase would otherwise pull in every article that printed it.
      select: ((_args: unknown, _ctx: unknown, nestedSelection: (query: object) => object) => ({
        columns: { id: true, articleId: true, text: true, textKey: true },
        with: {
          sameWords: nestedSelection({
            // The id orders them with the overlapping quotes, whether or not the query asks for it.
            columns: { id: true, articleId: true },
            orderBy: { id: 'asc' },
            limit: ALSO_IN_LIMIT + 1,
          }),
        },
      })) as never,
      resolve: (async (
        quote: QuoteWords & { sameWords: { id: number; articleId: number }[] },
        args: { first?: number | null },
        ctx: Context,
      ) => {
        const first = args.first ?? DEFAULT_ALSO_IN;
        if (!Number.isInteger(first) || first < 0 || first > ALSO_IN_LIMIT)
          throw badInput(`first: must be between 0 and ${ALSO_IN_LIMIT}`);
        const same = quote.sameWords.filter((other) => other.articleId !== quote.articleId);
        if (first === 0) return [];
        // Whole rows: their relations (article, speaker) are loaded by the drizzle plugin as asked.
        const ids = await overlappingQuotes(ctx.db, quote, first);
        const overlapping = ids.length
          ? await ctx.db.query.quotes.findMany({ where: { RAW: (q) => sql`${q.id} in (${idList(ids)})` } })
          : [];
        return [...same, ...overlapping].sort((a, b) => a.id - b.id).slice(0, first);
      }) as never,
    }),
  }),
});

export const QuoteConnection = namedConnection('Quote', Quote, 'quotes');

export const QuoteFilter = builder.inputType('QuoteFilter', {
  description: 'Conditions on quotes; all given conditions must hold.',
  fields: (t) => ({
    speaker: t.id({
      description: 'Said by this Person or Organisation (its ID), as `speaker`: a withheld best guess is not counted.',
    }),
    organisation: t.id({
      description: "Said by this Organisation itself or by a person affiliated with it (the Organisation's ID).",
    }),
    article: t.id({ description: 'In this Article (its ID).' }),
    source: t.id({ description: 'In an article published by this outlet (an Organisation ID).' }),
    kind: t.field({ type: QuoteKind, description: 'Of this kind.' }),
    publishedAfter: t.field({
      type: 'DateTime',
      description: 'In an article published at or after this time (never one whose date is unknown).',
    }),
    publishedBefore: t.field({
      type: 'DateTime',
      description: 'In an article published at or before this time (never one whose date is unknown).',
    }),
    search: t.string({
      description: 'Full-text search over the quoted words, names found under any of their forms (as `Query.search`).',
    }),
    minSpeakerConfidence: t.float({
      description: 'Whose `speakerConfidence` is at least this (0–1).',
    }),
    speakerWithheld: t.boolean({
      description:
        'true: only quotes whose speaker the extractor withheld (`speakerWithheld`); false: only the others.',
    }),
  }),
});

type QuoteTable = typeof quotes;

async function quoteWhere(
  db: Context['db'],
  filter: typeof QuoteFilter.$inferInput | null | undefined,
): Promise<((t: QuoteTable) => SQL) | null> {
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
  if (filter?.minSpeakerConfidence != null) {
    const min = filter.minSpeakerConfidence;
    if (!(min >= 0 && min <= 1)) throw badInput('minSpeakerConfidence: must be between 0 and 1');
    parts.push((t) => gte(t.speakerConfidence, min));
  }
  if (filter?.speakerWithheld != null) {
    const withheld = filter.speakerWithheld;
    parts.push((t) => eq(t.speakerWithheld, withheld));
  }
  // One subquery over the date index for the whole range: a month is a few thousand articles,
  // where "after X" and "before Y" apart could each be most of the corpus.
  const range = publishedRange(filter?.publishedAfter, filter?.publishedBefore);
  if (range) parts.push((t) => sql`${t.articleId} in (select id from articles where ${range(sql`sort_date`)})`);
  if (filter?.search != null) {
    const condition = await quoteTextCondition(db, filter.search);
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
      nullable: false,
      type: 'quotes',
      description: 'All quotes, newest first.',
      args: { where: t.arg({ type: QuoteFilter, description: 'Only quotes matching every given condition.' }) },
      totalCount: async (_root, args, ctx) => {
        const where = await quoteWhere(ctx.db, args.where);
        return where === null ? 0 : ctx.db.$count(quotes, where(quotes));
      },
      resolve: async (query, _root, args, ctx) => {
        const where = await quoteWhere(ctx.db, args.where);
        if (where === null) return [];
        return ctx.db.query.quotes.findMany(query({ where: { RAW: where }, orderBy: { id: 'desc' } }));
      },
    },
    QuoteConnection,
  ),
}));

export { quoteKinds };
