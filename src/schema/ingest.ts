import { builder } from '../builder.js';
import { apiError, badInput } from '../errors.js';
import { deleteArticle } from '../ingest/delete.js';
import {
  ArticleRefusedError,
  ExtractionTimeoutError,
  ingestArticle,
  ingestArticles,
  IngestInputError,
  MAX_ARTICLE_BYTES,
  MAX_ARTICLES_PER_CALL,
} from '../ingest/index.js';
import { encodeId, rowIdOf } from './ids.js';
import type { Context } from '../context.js';
import type { ArticleMetadata } from '../ingest/update.js';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'A plain-text article to ingest.',
  fields: (t) => ({
    text: t.string({
      required: true,
      description: `The article as plain text (at most ${MAX_ARTICLE_BYTES} bytes of UTF-8).`,
    }),
    url: t.string({ description: 'Where it was published.' }),
    source: t.string({ description: 'The outlet, when the text does not say ("AP", "Reuters").' }),
    title: t.string({ description: 'The headline, when the text does not start with one.' }),
    publishedAt: t.field({ type: 'DateTime', description: 'Publication time, when the text does not give one.' }),
  }),
});

export const IngestArticlePayload = builder
  .objectRef<{ articleId: number; created: boolean; input?: ArticleMetadata }>('IngestArticlePayload')
  .implement({
    description: 'The result of `ingestArticle`, or of one article of `ingestArticles`.',
    fields: (t) => ({
      created: t.exposeBoolean('created', {
        nullable: false,
        description: 'False when the same text had been ingested before (nothing was written).',
      }),
      article: t.drizzleField({
        nullable: false,
        type: 'articles',
        description: 'The stored article.',
        resolve: (query, payload, _args, ctx) =>
          ctx.db.query.articles.findFirst(query({ where: { id: payload.articleId } })) as never,
      }),
    }),
  });

const DeleteArticlePayload = builder.objectRef<{ deletedId: string }>('DeleteArticlePayload').implement({
  description: 'The result of `deleteArticle`.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { nullable: false, description: 'Global ID of the deleted article.' }),
  }),
});

/** An article that cannot be ingested, as the client sees it (with its position in a bulk call). */
function refusal(error: unknown): unknown {
  const refused = error instanceof ArticleRefusedError ? error : undefined;
  const cause = refused?.cause ?? error;
  const message = (refused ?? (cause as Error)).message;
  const extra = refused ? { index: refused.index } : {};
  if (cause instanceof IngestInputError) return apiError('BAD_USER_INPUT', message, extra);
  if (cause instanceof ExtractionTimeoutError) return apiError('EXTRACTION_TIMEOUT', message, extra);
  return error;
}

export function requireAdmin(ctx: Context) {
  if (!ctx.isAdmin) {
    throw apiError('UNAUTHENTICATED', 'This mutation needs `Authorization: Bearer <ADMIN_TOKEN>`.');
  }
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    nullable: false,
    type: IngestArticlePayload,
    description:
      'Extracts people, organisations and quotes from an article and stores them. Idempotent on the same text.',
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }) },
    resolve: async (_root, { input }, ctx) => {
      requireAdmin(ctx);
      try {
        const result = await ingestArticle(ctx.db, input, { extract: ctx.extract, signal: ctx.signal });
        if (result.created) ctx.onWrite?.();
        return { ...result, input };
      } catch (error) {
        throw refusal(error);
      }
    },
  }),
  ingestArticles: t.field({
    type: [IngestArticlePayload],
    description:
      `Ingests up to ${MAX_ARTICLES_PER_CALL} articles in one transaction: one payload per input, in order. ` +
      'Each article is idempotent on its text, as with `ingestArticle` (the same text twice in one call is stored ' +
      'once). An article that cannot be ingested refuses the whole call (its position in `extensions.index`) and ' +
      'nothing is written.',
    args: {
      inputs: t.arg({ type: [IngestArticleInput], required: true, description: 'The articles, in order.' }),
    },
    resolve: async (_root, { inputs }, ctx) => {
      requireAdmin(ctx);
      if (inputs.length > MAX_ARTICLES_PER_CALL) {
        throw badInput(`At most ${MAX_ARTICLES_PER_CALL} articles per call; this one has ${inputs.length}.`);
      }
      try {
        const results = await ingestArticles(ctx.db, inputs, { extract: ctx.extract, signal: ctx.signal });
        if (results.some((result) => result.created)) ctx.onWrite?.();
        return results;
      } catch (error) {
        throw refusal(error);
      }
    },
  }),
  deleteArticle: t.field({
    nullable: false,
    type: DeleteArticlePayload,
    description:
      'Deletes an article with its quotes and mentions; people and organisations that no other article names, quotes or is published by go too.',
    args: { id: t.arg.id({ required: true, description: 'Global ID of the article.' }) },
    resolve: async (_root, { id }, ctx) => {
      requireAdmin(ctx);
      const rowId = rowIdOf(id, 'Article');
      if (!(await deleteArticle(ctx.db, rowId))) throw apiError('NOT_FOUND', 'No article has this ID.');
      ctx.onWrite?.();
      return { deletedId: encodeId('Article', rowId) };
    },
  }),
}));
