import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { apiError, badInput } from '../errors.js';
import { ingestUrl } from '../fetch/ingest-url.js';
import { FetchError, type PageFetcher } from '../fetch/page.js';
import { IngestInputError } from '../ingest/index.js';
import { IngestArticlePayload, requireAdmin } from './ingest.js';

function fetcherOf(ctx: Context): PageFetcher {
  if (!ctx.fetchPage) throw apiError('SERVICE_UNAVAILABLE', 'This server fetches no URLs.');
  return ctx.fetchPage;
}

/** A refused or failed fetch, or input that cannot be an article, as the client's error (extensions.reason says which). */
function asClientError(error: unknown): unknown {
  if (error instanceof FetchError) return apiError('BAD_USER_INPUT', error.message, { reason: error.reason });
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
        const result = await ingestUrl(ctx.db, fetcherOf(ctx), input);
        if (result.created) ctx.onWrite?.();
        return result;
      } catch (error) {
        throw asClientError(error);
      }
    },
  }),
}));
