import { lexicographicSortSchema } from 'graphql';
import { builder } from '../builder.js';
import { badInput } from '../errors.js';
import './article.js';
import './article-mentions.js';
import './ingest.js';
import './feed.js';
import './article-update.js';
import './organisation.js';
import './person.js';
import './quote.js';
import './search.js';
import './correction.js';
import './correction-mutations.js';
import './article-views.js';
import './person-views.js';
import './quote-views.js';
import './quote-evidence.js';
import './quote-candidates.js';
import './claim.js';
import './figure.js';
import './provenance.js';

builder.scalarType('DateTime', {
  description: 'A date and time in ISO 8601 (UTC), e.g. `2024-10-23T16:47:00.000Z`.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw badInput('DateTime must be an ISO 8601 string');
    return new Date(value).toISOString();
  },
});

builder.queryType({ description: 'Read the news knowledge base: articles, people, organisations and their quotes.' });
builder.mutationType({
  description:
    "Writes; each needs `Authorization: Bearer $ADMIN_TOKEN`, except corrections, which also take an editor's token (`EDITOR_TOKENS`).",
});

export const schema = lexicographicSortSchema(builder.toSchema());
