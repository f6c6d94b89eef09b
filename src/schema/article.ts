import { ARTICLE_TEXT_COST, builder } from '../builder.js';
import { articles } from '../db/schema.js';
import { articleWhere, ArticleFilter, ArticleOrder, articleOrderBy } from './article-filters.js';
import { lookupArgs, whereForLookup } from './lookup.js';
import { namedConnection } from './connection.js';
import { QuoteConnection } from './quote.js';

export const Article = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article as ingested: its furniture, text, and the people, organisations and quotes found in it.',
  id: { column: (article) => article.id },
  // Load only the columns a query asks for: an article row carries its whole text twice (body and
  // paragraphs), and a list of titles should not read it.
  select: {},
  fields: (t) => ({
    slug: t.exposeString('slug', { nullable: false, description: 'URL-friendly unique name, stable once assigned.' }),
    title: t.exposeString('title', {
      nullable: false,
      description: 'Headline (or, when the text has none, its opening words).',
    }),
    standfirst: t.exposeString('standfirst', {
      nullable: true,
      description: 'The summary line under the headline, when present.',
    }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'Where the article was published, when given at ingestion.',
    }),
    source: t.relation('source', { nullable: true, description: 'The outlet (AP, AFP, BSS, …) when it can be told.' }),
    publisher: t.relation('publisher', {
      nullable: true,
      description:
        'The outlet that published this copy of a story another outlet reported: BSS for "(BSS/AFP)", whose `source` is AFP; ' +
        'also an outlet named alone on a line above the story. Null when the text names none.',
    }),
    byline: t.exposeString('byline', { nullable: true, description: 'The author line, when present.' }),
    dateline: t.exposeString('dateline', {
      nullable: true,
      description: 'The dateline as written: "SEOUL, South Korea (AP)".',
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'Publication time, when the text or the ingester gave one. A time printed without an offset is on the local ' +
        "clock: it is an instant only when the dateline's place has one fixed UTC offset (`publishedOffset`); otherwise " +
        'only the day is known, and publishedAt is that day at 00:00Z with the printed time in `publishedLocal`.',
    }),
    publishedLocal: t.exposeString('publishedLocal', {
      nullable: true,
      description:
        'The publication time as printed, on the local clock, without an offset: "2024-10-23T16:47". Null when the text ' +
        'prints no time of day (or the ingester gave publishedAt).',
    }),
    publishedOffset: t.exposeString('publishedOffset', {
      nullable: true,
      description:
        'The UTC offset of the clock publishedLocal is on ("+09:00" for a SEOUL dateline), when certain. Null with a ' +
        'publishedLocal: the offset is unknown, and publishedAt claims only the day.',
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last update time printed on the article, when present.',
    }),
    ingestedAt: t.expose('ingestedAt', {
      nullable: false,
      type: 'DateTime',
      description: 'When newsgraph ingested the article.',
    }),
    body: t.string({
      nullable: false,
      description: 'The article text: its paragraphs separated by blank lines.',
      complexity: ARTICLE_TEXT_COST,
      select: { columns: { paragraphs: true } },
      resolve: (article) => article.paragraphs.join('\n\n'),
    }),
    paragraphs: t.exposeStringList('paragraphs', {
      nullable: false,
      description: 'Body paragraphs in reading order; `Quote.paragraph` indexes this list.',
      complexity: ARTICLE_TEXT_COST,
    }),
    wordCount: t.exposeInt('wordCount', { nullable: false, description: 'Number of words in the body.' }),
    quoteCount: t.exposeInt('quoteCount', { nullable: false, description: 'Number of quotes found in the article.' }),
    quotes: t.relatedConnection(
      'quotes',
      {
        nullable: false,
        description: 'Quotes in the article, in reading order.',
        totalCount: true,
        query: { orderBy: { position: 'asc' } },
      },
      QuoteConnection,
    ),
  }),
});

export const ArticleConnection = namedConnection('Article', Article, 'articles');

builder.queryFields((t) => ({
  article: t.drizzleField({
    type: 'articles',
    nullable: true,
    description: 'One article by global `id` or by `slug` (exactly one of them); null when there is none.',
    args: lookupArgs(t),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.articles.findFirst(query({ where: whereForLookup(args, 'Article') })),
  }),
  articles: t.drizzleConnection(
    {
      nullable: false,
      type: 'articles',
      description: 'All articles, newest first unless `orderBy` says otherwise.',
      args: {
        where: t.arg({ type: ArticleFilter, description: 'Only articles matching every given condition.' }),
        orderBy: t.arg({ type: ArticleOrder, defaultValue: 'NEWEST', description: 'Sort order (default NEWEST).' }),
      },
      totalCount: async (_root, args, ctx) => {
        const where = await articleWhere(ctx.db, args.where);
        return where === null ? 0 : ctx.db.$count(articles, where(articles));
      },
      resolve: async (query, _root, args, ctx) => {
        const where = await articleWhere(ctx.db, args.where);
        if (where === null) return [];
        return ctx.db.query.articles.findMany(
          query({ where: { RAW: where }, orderBy: articleOrderBy(args.orderBy ?? 'NEWEST') }),
        );
      },
    },
    ArticleConnection,
  ),
}));
