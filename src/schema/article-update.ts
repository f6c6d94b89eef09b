import { builder } from '../builder.js';
import { apiError, badInput } from '../errors.js';
import { IngestInputError } from '../ingest/index.js';
import { ignoredMetadata, updateArticle } from '../ingest/update.js';
import { rowIdOf } from './ids.js';
import { IngestArticlePayload, requireAdmin } from './ingest.js';

const UpdateArticleInput = builder.inputType('UpdateArticleInput', {
  description: 'Metadata to fix on a stored article. A field left out stays as it is; `null` clears it (not `title`).',
  fields: (t) => ({
    source: t.string({
      description:
        'The outlet ("AP", "Reuters"): a stored organisation of that name, acronym or alias, else a new one of kind MEDIA; null: none.',
    }),
    url: t.string({ description: 'Where it was published; null: not known.' }),
    publishedAt: t.field({
      type: 'DateTime',
      description:
        'Publication time; null: not known (the article then sorts after dated ones and matches no date filter).',
    }),
    title: t.string({ description: 'The headline. The slug stays as it was, so links keep working.' }),
  }),
});

const UpdateArticlePayload = builder.objectRef<{ articleId: number }>('UpdateArticlePayload').implement({
  description: 'The result of `updateArticle`.',
  fields: (t) => ({
    article: t.drizzleField({
      type: 'articles',
      nullable: false,
      description: 'The article as it now is.',
      resolve: (query, payload, _args, ctx) =>
        ctx.db.query.articles.findFirst(query({ where: { id: payload.articleId } })) as never,
    }),
  }),
});

builder.objectFields(IngestArticlePayload, (t) => ({
  ignored: t.stringList({
    nullable: false,
    description:
      'When the same text was stored before (`created: false`), the input fields (`url`, `source`, `title`, `publishedAt`) that differ ' +
      'from the stored article and were not applied: `article` is the stored one, and `updateArticle` changes them. Empty otherwise.',
    resolve: (payload, _args, ctx) =>
      payload.created || !payload.input ? [] : ignoredMetadata(ctx.db, payload.articleId, payload.input),
  }),
}));

builder.mutationFields((t) => ({
  updateArticle: t.field({
    type: UpdateArticlePayload,
    nullable: false,
    description:
      "Fixes a stored article's outlet, url, publication date or title without re-ingesting it (its text, quotes and people stay). " +
      'A new publication date moves the article in date order.',
    args: {
      id: t.arg.id({ required: true, description: 'Global ID of the article.' }),
      input: t.arg({ type: UpdateArticleInput, required: true, description: 'What to change.' }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      requireAdmin(ctx);
      const rowId = rowIdOf(id, 'Article');
      try {
        if (!(await updateArticle(ctx.db, rowId, input))) throw apiError('NOT_FOUND', 'No article has this ID.');
      } catch (error) {
        if (error instanceof IngestInputError) throw badInput(error.message);
        throw error;
      }
      ctx.onWrite?.();
      return { articleId: rowId };
    },
  }),
}));
