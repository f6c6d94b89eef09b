import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/http/limits.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { postGraphQL, proseArticle } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  // Three articles of ~950 KB: each answer below asks for their text many times over.
  for (const seed of ['north', 'south', 'east']) {
    const { json } = await postGraphQL(
      api,
      {
        query: 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }',
        variables: { input: { text: proseArticle(950_000, seed) } },
      },
      asAdmin,
    );
    expect(json.data.ingestArticle.created).toBe(true);
  }
});
afterAll(() => api.close());

const bodies = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: articles(first: 3) { edges { node { body paragraphs } } }`).join(' ')} }`;

describe('an answer carries at most LIMITS.maxAnswerTextChars of text', () => {
  it('an answer within the cap is served whole', async () => {
    const { status, json, text } = await postGraphQL(api, { query: bodies(1) });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.a0.edges).toHaveLength(3);
    expect(text.length).toBeGreaterThan(5_000_000);
  });

  it('aliases that multiply the text past the cap get one RESPONSE_TOO_LARGE error and no data', async () => {
    // 3 × (body + paragraphs) ≈ 5.7 M characters an alias: 2 aliases are ~11.4 M, past 8 M, at a cost
    // (~1,200) under the limit.
    const { status, json, text } = await postGraphQL(api, { query: bodies(2) });
    expect(status).toBe(400);
    expect(json.data).toBeNull();
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    expect(json.errors[0].message).toContain(String(LIMITS.maxAnswerTextChars));
    // The refusal is small: nothing of the oversized result is serialised.
    expect(text.length).toBeLessThan(2_000);
    // It was charged as asked, so floods of them run out of points.
    expect(json.extensions.cost.requestedQueryCost).toBeGreaterThan(0);
  });

  it('a page of bodies is priced by what it may return, and charged by what it returned', async () => {
    const attack = `{ ${Array.from({ length: 24 }, (_, i) => `a${i}: articles(first: 100) { edges { node { body paragraphs } } }`).join(' ')} }`;
    const refused = await postGraphQL(api, { query: attack });
    expect(refused.status, refused.text.slice(0, 300)).toBe(400);
    expect(refused.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refused.json.extensions.cost.requestedQueryCost).toBeGreaterThan(100_000);
    // One ~950 KB body: a point per 10,000 characters, up to what was requested; a title costs 1.
    const one = await postGraphQL(api, { query: '{ articles(first: 1) { edges { node { title body } } } }' });
    expect(one.json.extensions.cost.actualQueryCost).toBeGreaterThan(50);
    const title = await postGraphQL(api, { query: '{ articles(first: 1) { edges { node { title } } } }' });
    expect(title.json.extensions.cost.actualQueryCost).toBeLessThan(10);
  });

  it('the same cap holds over GET', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent(bodies(2))}`);
    const json = await response.json();
    expect(response.status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
  });
});
