import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api.close());

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  article { id source { id name } publisher { id name kind } } } }`;

async function ingested(text: string) {
  const { body } = await api.gql(ingest, { input: { text } }, asAdmin);
  expect(body.errors).toBeUndefined();
  return body.data.ingestArticle.article;
}

describe('Article.publisher', () => {
  it('is the republishing outlet of a shared dateline, apart from the reporting source', async () => {
    const article = await ingested(`Port reopens after week-long strike
CHITTAGONG, Oct 23, 2024 (BSS/AFP) - The port reopened on Wednesday after dock workers ended a week-long strike.
"Ships are moving again," port official Rahim Uddin said.`);
    expect(article.source.name).toBe('Agence France-Presse');
    expect(article.publisher).toMatchObject({ name: 'BSS', kind: 'MEDIA' });

    const again = await ingested(`River ferries resume service
BARISAL, Oct 24, 2024 (BSS/Reuters) - Ferries resumed service on the river on Thursday after floods receded.
"The water is back to normal," ferry operator Karim Hossain said.`);
    expect(again.publisher.id).toBe(article.publisher.id);
    expect(again.source.name).not.toBe(article.source.name);

    const { body } = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Organisation { name mentionCount articles { totalCount } } } }`,
      { id: article.publisher.id },
    );
    expect(body.data.node.articles.totalCount).toBe(2);
  });

  it('is null when the dateline names one outlet', async () => {
    const article = await ingested(`Council approves new budget
LONDON (AP) — The city council approved a new budget on Tuesday after a long debate.
"It is a fair budget," council leader Mary Jones said.`);
    expect(article.source.name).toBe('Associated Press');
    expect(article.publisher).toBeNull();
  });
});
