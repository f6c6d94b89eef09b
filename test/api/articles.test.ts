import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const articleFields = `id slug title standfirst url byline dateline publishedAt updatedAt ingestedAt body paragraphs wordCount quoteCount
  source { id name kind }
  people(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage } }
  organisations(first: 50) { totalCount edges { node { name kind } } }
  quotes(first: 1) { totalCount }`;

async function allArticles() {
  const { body } = await api.gql(`{ articles(first: 10) { edges { node { ${articleFields} } } } }`);
  expect(body.errors).toBeUndefined();
  return body.data.articles.edges.map((e: any) => e.node);
}

describe('Article fields', () => {
  it('read the furniture of the wire stories: outlet, dateline, publication and update times', async () => {
    const articles = await allArticles();
    const ap = articles.find((a: any) => a.dateline?.includes('(AP)'));
    expect(ap.source).toMatchObject({ kind: 'MEDIA' });
    expect(ap.source.name).toMatch(/^(AP|Associated Press)$/);
    expect(ap.dateline).toMatch(/^SEOUL, South Korea \(AP\)/);
    expect(ap.paragraphs[0]).not.toMatch(/^SEOUL/);

    const afp = articles.find((a: any) => a.dateline?.includes('BSS/AFP'));
    expect(afp.title).toBe('N. Korea sent 1,500 more troops to Russia, Seoul spy agency tells lawmakers');
    // "23 Oct 2024, 16:47" is on BSS's clock, whose offset the text does not give: only the day is an instant
    expect(afp.publishedAt).toBe('2024-10-23T00:00:00.000Z');
    expect(afp.updatedAt).toBe('2024-10-23T00:00:00.000Z');
    expect(afp.source.kind).toBe('MEDIA');
    expect(afp.body).not.toMatch(/Update :|0 Comments/);
  });

  it('keep body, paragraphs and word count consistent', async () => {
    for (const article of await allArticles()) {
      expect(article.body).toBe(article.paragraphs.join('\n\n'));
      expect(article.wordCount).toBe(article.body.split(/\s+/).filter(Boolean).length);
      expect(article.paragraphs.every((p: string) => p.trim() === p && p.length > 0)).toBe(true);
      expect(article.quoteCount).toBe(article.quotes.totalCount);
      expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Date.parse(article.ingestedAt)).not.toBeNaN();
      expect(article.people.edges.length).toBe(Math.min(3, article.people.totalCount));
      expect(article.people.pageInfo.hasNextPage).toBe(article.people.totalCount > 3);
      expect(article.organisations.edges.length).toBe(article.organisations.totalCount);
    }
  });

  it('take url, outlet, title and date from the ingester when the text has none', async () => {
    const { body } = await api.gql(
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { ${articleFields} } } }`,
      {
        input: {
          text: 'The harbour will be dredged next year, officials said on Friday.',
          url: 'https://example.com/harbour',
          source: 'Reuters',
          title: 'Harbour to be dredged',
          publishedAt: '2025-01-02T03:04:05Z',
        },
      },
      asAdmin,
    );
    expect(body.errors).toBeUndefined();
    const article = body.data.ingestArticle.article;
    expect(article).toMatchObject({
      url: 'https://example.com/harbour',
      title: 'Harbour to be dredged',
      publishedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(article.source).toMatchObject({ name: 'Reuters', kind: 'MEDIA' });

    const { body: byOutlet } = await api.gql(
      'query($source: ID) { articles(where: { source: $source }) { totalCount edges { node { id } } } }',
      {
        source: article.source.id,
      },
    );
    expect(byOutlet.data.articles.edges.map((e: any) => e.node.id)).toContain(article.id);
  });
});
