import { sql } from 'drizzle-orm';
import { builder } from '../builder.js';
import { Quote } from './quote.js';

/**
 * Quote.firstReported: among a quote and the quotes with the same words in other articles, the one in
 * the earliest article, whatever order they were ingested in.
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
