import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const wordsOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The slug's words are the title's first words, whole. */
function expectWholeWords(slug: string, title: string) {
  const words = slug.split('-');
  expect(words, `${slug} from ${title}`).toEqual(wordsOf(title).slice(0, words.length));
}

describe('article slugs', () => {
  it('are cut at a word boundary, over the samples', async () => {
    const { body } = await api.gql('{ articles { edges { node { slug title } } } }');
    const long = body.data.articles.edges.filter((e: any) => e.node.title.length > 60);
    expect(long.length).toBeGreaterThan(2);
    for (const { node } of body.data.articles.edges) {
      expect(node.slug.length).toBeLessThanOrEqual(60);
      expectWholeWords(node.slug, node.title);
    }
  });

  it('are cut at a word boundary for an ingested headline, and stay unique', async () => {
    const title = 'Fishermen in the northern provinces demand compensation after the unprecedented seasonal flooding';
    const slugs: string[] = [];
    for (const day of ['Monday', 'Tuesday']) {
      const { body } = await api.gql(
        'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { slug title } } }',
        { input: { text: `${title}\nThe fishermen gathered on ${day} outside the ministry.` } },
        asAdmin,
      );
      expect(body.errors).toBeUndefined();
      slugs.push(body.data.ingestArticle.article.slug);
    }
    expectWholeWords(slugs[0], title);
    expect(slugs[0]).toBe('fishermen-in-the-northern-provinces-demand-compensation');
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
  });
});
