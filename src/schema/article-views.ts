import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import { relatedArticles, type RelatedScore } from '../search/related.js';
import { idList } from '../search/fts.js';
import { sql } from 'drizzle-orm';

export const MAX_RELATED = 20;

interface RelatedRow extends RelatedScore {
  article: object;
}

const RelatedArticle = builder.objectRef<RelatedRow>('RelatedArticle').implement({
  description: 'Another article on the same story, and what ties the two together.',
  fields: (t) => ({
    article: t.field({
      nullable: false,
      type: 'Article' as never,
      description: 'The other article.',
      resolve: (row) => row.article as never,
    }),
    score: t.exposeFloat('score', {
      nullable: false,
      description: 'How strongly the two are tied; higher is closer. Only comparable within one list.',
    }),
    sharedPeople: t.exposeInt('sharedPeople', { nullable: false, description: 'People both articles mention.' }),
    sharedOrganisations: t.exposeInt('sharedOrganisations', {
      nullable: false,
      description: 'Organisations both articles mention (outlets aside).',
    }),
    sharedQuotes: t.exposeInt('sharedQuotes', {
      nullable: false,
      description: 'Quotes with the same words in both articles.',
    }),
  }),
});

async function loadRelated(ctx: Context, articleId: number, first: number): Promise<RelatedRow[]> {
  const scores = await relatedArticles(ctx.db, articleId, first);
  if (!scores.length) return [];
  const rows = await ctx.db.query.articles.findMany({
    where: { RAW: (t) => sql`${t.id} in (${idList(scores.map((s) => s.id))})` },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return scores.flatMap((score) => {
    const article = byId.get(score.id);
    return article ? [{ ...score, article }] : [];
  });
}

builder.drizzleObjectFields('articles', (t) => ({
  related: t.field({
    nullable: false,
    type: [RelatedArticle],
    description:
      'Other articles on the same story, closest first: ranked by the people, organisations and quotes they share with this one ' +
      '(a rare name counts more than one in every article), and by shared rare words in the headline.',
    args: {
      first: t.arg.int({ defaultValue: 5, description: `How many (default 5, at most ${MAX_RELATED}).` }),
    },
    select: { columns: { id: true } },
    complexity: (args) => ({ field: 5, multiplier: args.first ?? 5 }),
    resolve: (article, args, ctx) => {
      const first = args.first ?? 5;
      if (!Number.isInteger(first) || first < 0 || first > MAX_RELATED)
        throw badInput(`first: must be between 0 and ${MAX_RELATED}`);
      return first === 0 ? [] : loadRelated(ctx, article.id, first);
    },
  }),
}));
