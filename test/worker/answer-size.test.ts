// The answer-size cap inside workerd: text that aliases multiply past the cap is one error, not a
// result the isolate would have to build and serialise.
import { beforeAll, describe, expect, it } from 'vitest';
import { proseArticle } from '../hardening/helpers.js';
import { asAdmin, gql } from './helpers.js';

const bodies = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: articles(first: 3) { edges { node { body paragraphs } } }`).join(' ')} }`;

beforeAll(async () => {
  // Dated after every sample, so that they are the newest three (undated articles sort last).
  for (const [day, seed] of ['north', 'south', 'east'].entries()) {
    const { body } = await gql(
      'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
      { input: { text: proseArticle(950_000, seed), publishedAt: `2030-01-0${day + 1}T00:00:00Z` } },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
  }
});

describe('answer size on the Worker', () => {
  it('aliases that multiply the text past the cap get one RESPONSE_TOO_LARGE error and no data', async () => {
    const { status, body, text } = await gql(bodies(2));
    expect(status).toBe(400);
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(text.length).toBeLessThan(2_000);
  });
});
