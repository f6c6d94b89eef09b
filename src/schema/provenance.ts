import { sql } from 'drizzle-orm';
import { builder } from '../builder.js';
import { Article } from './article.js';
import { Quote } from './quote.js';

/**
 * Provenance. Quote.firstReported: among a quote and the quotes with the same words in other
 * articles, the one in the earliest article, whatever order they were ingested in. Article.reprintOf
 * and reprints: the links src/provenance/reprints.ts makes at ingestion.
 */
builder.drizzleObjectField(Quote, 'firstReported', (t) =>
  t.drizzleField({
    type: 'quotes',
    description:
      'Among this quote and its `alsoIn`, the one in the earliest article: by publication time, by ingestion time for an article without a date (then by ingestion order).',
    select: { columns: { id: true, textKey: true } },
    resolve: async (query, quote, _args, ctx) => {
      const [first] = await ctx.db.all<{ id: number }>(
        sql`select q.id from quotes q join articles a on a.id = q.article_id where q.text_key = ${quote.textKey} order by a.sort_date, a.ingested_at, a.id, q.position limit 1`,
      );
      return ctx.db.query.quotes.findFirst(query({ where: { id: first?.id ?? quote.id } }));
    },
  }),
);

const REPRINTS_LIMIT = 20;

builder.drizzleObjectFields(Article, (t) => ({
  reprintOf: t.drizzleField({
    type: 'articles',
    nullable: true,
    description:
      'The article this one mostly reprints (wire copy republished); its figures count with that article’s, not as another confirmation.',
    select: { columns: { id: true } },
    resolve: (query, article, _args, ctx) =>
      ctx.db.query.articles.findFirst(
        query({
          where: { RAW: (a) => sql`${a.id} = (select original_id from reprints where article_id = ${article.id})` },
        }),
      ),
  }),
  reprints: t.drizzleField({
    type: ['articles'],
    description: `Articles that mostly reprint this one (the first ${REPRINTS_LIMIT}, oldest first).`,
    complexity: { field: 1, multiplier: REPRINTS_LIMIT },
    select: { columns: { id: true } },
    resolve: (query, article, _args, ctx) =>
      ctx.db.query.articles.findMany(
        query({
          where: { RAW: (a) => sql`${a.id} in (select article_id from reprints where original_id = ${article.id})` },
          orderBy: { sortDate: 'asc', id: 'asc' },
          limit: REPRINTS_LIMIT,
        }),
      ),
  }),
}));
