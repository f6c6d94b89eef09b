import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFingerprint } from '../hardening/helpers.js';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';
import { longOrdinaryArticle } from './long-article.js';

const ingest = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id } } }';
const ingestMany =
  'mutation($inputs: [IngestArticleInput!]!) { ingestArticles(inputs: $inputs) { created article { id } } }';

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('extraction runs off the request thread', () => {
  let api: TestServer;
  beforeAll(async () => {
    // A budget the long article fits in however busy the machine is: this test is about the thread.
    api = await startTestServer({ seed: false, env: { EXTRACT_BUDGET_MS: '300000' } });
  });
  afterAll(() => api.close());

  it('answers /health while a long article is being extracted', async () => {
    const text = longOrdinaryArticle(900_000);
    let ingestDone = false;
    const ingesting = api.gql(ingest, { input: { text } }, asAdmin).finally(() => {
      ingestDone = true;
    });
    await until(() => api.extraction.running > 0 || ingestDone);
    expect(ingestDone).toBe(false);
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(ingestDone).toBe(false);
    const { body } = await ingesting;
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.created).toBe(true);
  });
});

describe('an article past its extraction budget', () => {
  let api: TestServer;
  beforeAll(async () => {
    // A budget no real article fits in, so every ingest takes the refusal path.
    api = await startTestServer({ seed: false, env: { EXTRACT_BUDGET_MS: '1' } });
  });
  afterAll(() => api.close());

  it('is refused with EXTRACTION_TIMEOUT and nothing is written, and the pool goes on', async () => {
    const before = await dbFingerprint(api);
    for (const headline of ['First long report', 'Second long report']) {
      const { status, body } = await api.gql(
        ingest,
        { input: { text: longOrdinaryArticle(100_000, headline) } },
        asAdmin,
      );
      expect(status).toBe(422);
      expect(body.errors?.[0].extensions?.code).toBe('EXTRACTION_TIMEOUT');
      expect(body.errors?.[0].message).toMatch(/budget of 1 ms/);
      expect(body.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await dbFingerprint(api)).toEqual(before);
    expect((await fetch(`${api.url}/health`)).status).toBe(200);
  });

  it('refuses a bulk call whole, naming the article', async () => {
    const before = await dbFingerprint(api);
    const inputs = ['One', 'Two', 'Three'].map((headline) => ({ text: longOrdinaryArticle(50_000, headline) }));
    const { status, body } = await api.gql(ingestMany, { inputs }, asAdmin);
    expect(status).toBe(422);
    expect(body.errors?.[0].extensions?.code).toBe('EXTRACTION_TIMEOUT');
    expect(body.errors?.[0].extensions?.index).toBeTypeOf('number');
    expect(body.errors?.[0].message).toMatch(/^inputs\[\d\]: /);
    expect(await dbFingerprint(api)).toEqual(before);
  });
});
