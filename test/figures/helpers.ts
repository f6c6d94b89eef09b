import { expect } from 'vitest';
import { asAdmin, type TestServer } from '../helpers/server.js';

export interface ArticleInput {
  text: string;
  publishedAt?: string;
}

/** Ingests the articles in order through the API, failing on any error; returns their global IDs. */
export async function ingestAll(api: TestServer, inputs: ArticleInput[]): Promise<string[]> {
  const ids: string[] = [];
  for (const input of inputs) {
    const { body } = await api.gql(
      'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      { input },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    ids.push(body.data.ingestArticle.article.id);
  }
  return ids;
}

export async function deleteArticle(api: TestServer, id: string): Promise<void> {
  const { body } = await api.gql('mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }', { id }, asAdmin);
  expect(body.errors).toBeUndefined();
}
