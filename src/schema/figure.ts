import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.js';
import { articles, claims, figures } from '../db/schema.js';
import { idList } from '../search/fts.js';
import { toMatchExpression } from '../search/query.js';
import { ClaimConnection, claimSearchIds } from './claim.js';
import { namedConnection } from './connection.js';
import { organisationSpeakers, Speaker } from './quote.js';
import { allOf } from './sql.js';

/** How many claims of one Figure its `values` read, earliest first: a much-repeated figure stays bounded. */
export const FIGURE_VALUE_CLAIMS = 1000;
/** At most this many values per Figure (those given by the most claims), claims and sources per value. */
export const MAX_VALUES = 12;
export const MAX_VALUE_CLAIMS = 10;
export const MAX_VALUE_SOURCES = 10;

interface FigureValueShape {
  value: number;
  low: number | null;
  claimIds: number[];
  firstArticleId: number;
}

const FigureValue = builder.objectRef<FigureValueShape>('FigureValue').implement({
  description: 'One value a Figure was given, with the claims that gave it and who stated it.',
  fields: (t) => ({
    value: t.exposeFloat('value', { description: 'The value (a range’s upper end).' }),
    low: t.exposeFloat('low', { nullable: true, description: 'A range’s lower end, else null.' }),
    claimCount: t.int({
      description: 'Number of claims that gave this value.',
      resolve: (value) => value.claimIds.length,
    }),
    claims: t.drizzleField({
      type: ['claims'],
      description: `The first ${MAX_VALUE_CLAIMS} claims that gave this value, in the order their articles were published.`,
      complexity: { field: 1, multiplier: MAX_VALUE_CLAIMS },
      resolve: async (query, value, _args, ctx) => {
        const ids = value.claimIds.slice(0, MAX_VALUE_CLAIMS);
        // ids are in publication order; a claim's id follows ingestion order, so they are sorted here
        const rows = (await ctx.db.query.claims.findMany(
          query({ where: { RAW: (c) => sql`${c.id} in (${idList(ids)})` }, columns: { id: true } }),
        )) as { id: number }[];
        return ids.flatMap((id) => rows.filter((row) => row.id === id)) as never;
      },
    }),
    sources: t.field({
      type: [Speaker],
      description: `Everyone named as a source of this value in any of its claims (at most ${MAX_VALUE_SOURCES}, nearest sources first).`,
      complexity: { field: 1, multiplier: MAX_VALUE_SOURCES },
      resolve: async (value, _args, ctx) => {
        const rows = await ctx.db.query.claimSources.findMany({
          where: { RAW: (s) => sql`${s.claimId} in (${idList(value.claimIds)})` },
          orderBy: { rank: 'asc', claimId: 'asc' },
          with: { person: true, organisation: true },
        });
        const seen = new Set<string>();
        const out: object[] = [];
        for (const row of rows) {
          const key = row.personId !== null ? `p${row.personId}` : `o${row.organisationId}`;
          const speaker = row.person ?? row.organisation;
          if (!speaker || seen.has(key) || out.length >= MAX_VALUE_SOURCES) continue;
          seen.add(key);
          if (row.organisation) organisationSpeakers.add(row.organisation);
          out.push(speaker);
        }
        return out as never;
      },
    }),
    firstReportedIn: t.drizzleField({
      type: 'articles',
      nullable: true,
      description:
        'The earliest article that carried this value (by publication time; by ingestion time for an article without a date).',
      resolve: (query, value, _args, ctx) =>
        ctx.db.query.articles.findFirst(query({ where: { id: value.firstArticleId } })),
    }),
  }),
});

/** The distinct values of a Figure, lowest first, from its earliest claims. */
async function valuesOf(ctx: { db: import('../db/index.js').Database }, figureId: number): Promise<FigureValueShape[]> {
  const rows = await ctx.db
    .select({ id: claims.id, value: claims.value, low: claims.low, articleId: claims.articleId })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(eq(claims.figureId, figureId))
    .orderBy(asc(articles.sortDate), asc(articles.ingestedAt), asc(articles.id), asc(claims.position))
    .limit(FIGURE_VALUE_CLAIMS);
  const byValue = new Map<string, FigureValueShape>();
  for (const row of rows) {
    const key = `${row.value}|${row.low ?? ''}`;
    const entry = byValue.get(key);
    if (entry) entry.claimIds.push(row.id);
    else byValue.set(key, { value: row.value, low: row.low, claimIds: [row.id], firstArticleId: row.articleId });
  }
  return [...byValue.values()]
    .sort((a, b) => b.claimIds.length - a.claimIds.length)
    .slice(0, MAX_VALUES)
    .sort((a, b) => a.value - b.value || (a.low ?? 0) - (b.low ?? 0));
}

export const Figure = builder.drizzleNode('figures', {
  name: 'Figure',
  description:
    'A quantity that articles give numbers for (same subject and unit), across outlets: its distinct values, who stated each, and where each was first reported.',
  id: { column: (figure) => figure.id },
  select: {},
  fields: (t) => ({
    subject: t.exposeString('subject', {
      description:
        'What is counted, where: "North Korea: troops", "Turkey: people killed", "North Korea: USD per month".',
    }),
    unit: t.exposeString('unit', { nullable: true, description: 'The unit of its claims, with their rate.' }),
    articleCount: t.exposeInt('articleCount', { description: 'Number of articles with a claim about it.' }),
    claimCount: t.exposeInt('claimCount', { description: 'Number of claims about it.' }),
    disputed: t.boolean({
      description: 'True when its claims give more than one value.',
      select: { columns: { valueCount: true } },
      resolve: (figure) => figure.valueCount > 1,
    }),
    values: t.field({
      type: [FigureValue],
      description: `Its distinct values, lowest first: the ${MAX_VALUES} given by the most claims, read from its earliest ${FIGURE_VALUE_CLAIMS}.`,
      complexity: { field: 1, multiplier: MAX_VALUES },
      select: { columns: { id: true } },
      resolve: (figure, _args, ctx) => valuesOf(ctx, figure.id),
    }),
    claims: t.relatedConnection(
      'claims',
      { description: 'Every claim about it, oldest first.', totalCount: true, query: { orderBy: { id: 'asc' } } },
      ClaimConnection,
    ),
  }),
});

export const FigureConnection = namedConnection('Figure', Figure, 'figures');

export const FigureFilter = builder.inputType('FigureFilter', {
  description: 'Conditions on Figures; all given conditions must hold.',
  fields: (t) => ({
    search: t.string({
      description: 'Full-text search over the subject and over the subjects and sentences of its claims.',
    }),
    disputed: t.boolean({
      description: 'true: only Figures whose sources give different values; false: only the others.',
    }),
  }),
});

function figureWhere(filter: typeof FigureFilter.$inferInput | null | undefined): ((t: typeof figures) => SQL) | null {
  const parts: ((t: typeof figures) => SQL)[] = [];
  if (filter?.search != null) {
    const match = toMatchExpression(filter.search);
    const claimIds = claimSearchIds(filter.search);
    if (match === null || claimIds === null) return null;
    parts.push(
      (t) =>
        sql`(${t.id} in (select rowid from figures_fts where figures_fts match ${match}) or ${t.id} in (select figure_id from claims where id in ${claimIds}))`,
    );
  }
  if (filter?.disputed != null) {
    const disputed = filter.disputed;
    parts.push((t) => (disputed ? sql`${t.valueCount} > 1` : sql`${t.valueCount} <= 1`));
  }
  return (t) => allOf(parts.map((part) => part(t)));
}

builder.queryFields((t) => ({
  figures: t.drizzleConnection(
    {
      type: 'figures',
      description: 'Figures (quantities with claims in one or more articles), most reported first.',
      args: { where: t.arg({ type: FigureFilter, description: 'Only Figures matching every given condition.' }) },
      totalCount: (_root, args, ctx) => {
        const where = figureWhere(args.where);
        return where === null ? 0 : ctx.db.$count(figures, where(figures));
      },
      resolve: (query, _root, args, ctx) => {
        const where = figureWhere(args.where);
        if (where === null) return [];
        return ctx.db.query.figures.findMany(
          query({ where: { RAW: where }, orderBy: { claimCount: 'desc', id: 'asc' } }),
        );
      },
    },
    FigureConnection,
  ),
}));
