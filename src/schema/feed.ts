import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { feeds } from '../db/schema.js';
import { apiError, badInput } from '../errors.js';
import { addFeed, FeedParseError, removeFeed } from '../feeds/manage.js';
import { articleCounts } from '../feeds/poll.js';
import { ingestUrl } from '../fetch/ingest-url.js';
import { FetchError, type PageFetcher } from '../fetch/page.js';
import { IngestInputError } from '../ingest/index.js';
import { namedConnection } from './connection.js';
import { encodeId, rowIdOf } from './ids.js';
import { IngestArticlePayload, requireAdmin } from './ingest.js';

function fetcherOf(ctx: Context): PageFetcher {
  if (!ctx.fetchPage) throw apiError('SERVICE_UNAVAILABLE', 'This server fetches no URLs.');
  return ctx.fetchPage;
}

/** A refused or failed fetch, or input that cannot be an article, as the client's error (extensions.reason says which). */
function asClientError(error: unknown): unknown {
  if (error instanceof FetchError) return apiError('BAD_USER_INPUT', error.message, { reason: error.reason });
  if (error instanceof FeedParseError) return apiError('BAD_USER_INPUT', error.message, { reason: 'NOT_A_FEED' });
  if (error instanceof IngestInputError) return badInput(error.message);
  return error;
}

const IngestUrlInput = builder.inputType('IngestUrlInput', {
  description: 'A news page to fetch and ingest.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        'An http(s) URL of an HTML page. Fetched under the fetch rules (README, "Fetching"): public addresses only, at most 5 redirects, 2 MB and 10 s.',
    }),
    source: t.string({ description: 'The outlet, when the page does not say.' }),
  }),
});

builder.mutationFields((t) => ({
  ingestUrl: t.field({
    type: IngestArticlePayload,
    description:
      'Fetches a news page and ingests the article it shows (headline, paragraphs, date, author and canonical URL from the page). Idempotent on the same article text.',
    args: { input: t.arg({ type: IngestUrlInput, required: true, description: 'The page.' }) },
    resolve: async (_root, { input }, ctx) => {
      requireAdmin(ctx);
      try {
        const result = await ingestUrl(ctx.db, fetcherOf(ctx), input, { extract: ctx.extract, signal: ctx.signal });
        if (result.created) ctx.onWrite?.();
        return result;
      } catch (error) {
        throw asClientError(error);
      }
    },
  }),
}));

export const Feed = builder.drizzleNode('feeds', {
  name: 'Feed',
  description: 'An RSS, Atom or JSON feed polled for new articles (README, "Feeds").',
  id: { column: (feed) => feed.id },
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The feed’s URL, as added.' }),
    title: t.exposeString('title', { nullable: true, description: 'The feed’s own title, when it gives one.' }),
    source: t.exposeString('source', {
      nullable: true,
      description: 'The outlet given when the feed was added; its articles take it as their source.',
    }),
    lastFetchedAt: t.expose('lastFetchedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the feed was last polled (successfully or not); null before the first poll.',
    }),
    lastError: t.exposeString('lastError', {
      nullable: true,
      description: 'Why the last poll failed (fetch refused or failed, not a feed); null when it succeeded.',
    }),
    articleCount: t.int({
      description: 'Articles stored from this feed’s items.',
      select: { columns: { id: true } },
      resolve: async (feed, _args, ctx) => (await articleCounts(ctx.db, [feed.id])).get(feed.id) ?? 0,
    }),
  }),
});

const FeedConnection = namedConnection('Feed', Feed, 'feeds');

const AddFeedInput = builder.inputType('AddFeedInput', {
  description: 'A feed to poll.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description: 'An http(s) URL of an RSS 2.0, Atom or JSON Feed document, fetched under the fetch rules.',
    }),
    source: t.string({ description: 'The outlet its articles come from, when their pages do not say.' }),
  }),
});

const AddFeedPayload = builder.objectRef<{ id: number; created: boolean }>('AddFeedPayload').implement({
  description: 'The result of `addFeed`.',
  fields: (t) => ({
    created: t.exposeBoolean('created', { description: 'False when a feed with this URL was there already.' }),
    feed: t.drizzleField({
      type: 'feeds',
      description: 'The feed; a first poll starts at once, and its items arrive as they are ingested.',
      resolve: (query, payload, _args, ctx) =>
        ctx.db.query.feeds.findFirst(query({ where: { id: payload.id } })) as never,
    }),
  }),
});

const RemoveFeedPayload = builder.objectRef<{ deletedId: string }>('RemoveFeedPayload').implement({
  description: 'The result of `removeFeed`.',
  fields: (t) => ({
    deletedId: t.exposeID('deletedId', { description: 'Global ID of the removed feed.' }),
  }),
});

builder.queryFields((t) => ({
  feeds: t.drizzleConnection(
    {
      type: 'feeds',
      description: 'The feeds being polled, oldest first.',
      totalCount: (_root, _args, ctx) => ctx.db.$count(feeds),
      resolve: (query, _root, _args, ctx) => ctx.db.query.feeds.findMany(query({ orderBy: { id: 'asc' } })),
    },
    FeedConnection,
  ),
}));

builder.mutationFields((t) => ({
  addFeed: t.field({
    type: AddFeedPayload,
    description:
      'Adds a feed to poll after fetching it once: a URL that cannot be fetched or is not a feed is refused (BAD_USER_INPUT with extensions.reason).',
    args: { input: t.arg({ type: AddFeedInput, required: true, description: 'The feed.' }) },
    resolve: async (_root, { input }, ctx) => {
      requireAdmin(ctx);
      let added: { id: number; created: boolean };
      try {
        added = await addFeed(ctx.db, fetcherOf(ctx), input);
      } catch (error) {
        throw asClientError(error);
      }
      if (added.created) await ctx.feedAdded?.(added.id);
      return added;
    },
  }),
  removeFeed: t.field({
    type: RemoveFeedPayload,
    description: 'Stops polling a feed. Articles already stored from it stay.',
    args: { id: t.arg.id({ required: true, description: 'Global ID of the feed.' }) },
    resolve: async (_root, { id }, ctx) => {
      requireAdmin(ctx);
      const rowId = rowIdOf(id, 'Feed');
      if (!(await removeFeed(ctx.db, rowId))) throw apiError('NOT_FOUND', 'No feed has this ID.');
      return { deletedId: encodeId('Feed', rowId) };
    },
  }),
}));
