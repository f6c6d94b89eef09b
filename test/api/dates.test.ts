import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, dataOf, startTestServer, type TestServer } from '../helpers/server.js';

// Over the bundled samples: one article (AFP) prints its date, the four others print none.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const data = (...args: Parameters<ReturnType<typeof dataOf>>) => dataOf(api)(...args);

const articleDates = `query($where: ArticleFilter, $orderBy: ArticleOrder) {
  articles(where: $where, orderBy: $orderBy, first: 20) { totalCount edges { node { title publishedAt ingestedAt } } } }`;

describe('an article without a publication date', () => {
  it('matches no date filter, whichever ends are given', async () => {
    const all = await data(articleDates);
    const undated = all.articles.edges.filter((e: any) => e.node.publishedAt === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const where of [
      { publishedAfter: '2025-01-01T00:00:00Z' },
      { publishedBefore: '2100-01-01T00:00:00Z' },
      { publishedAfter: '2000-01-01T00:00:00Z', publishedBefore: '2100-01-01T00:00:00Z' },
    ]) {
      const { articles } = await data(articleDates, { where });
      for (const { node } of articles.edges) expect(node.publishedAt, JSON.stringify(where)).not.toBeNull();
      expect(articles.totalCount).toBe(articles.edges.length);
    }
    expect((await data(articleDates, { where: { publishedAfter: '2025-01-01T00:00:00Z' } })).articles.totalCount).toBe(
      0,
    );
    const wide = await data(articleDates, { where: { publishedBefore: '2100-01-01T00:00:00Z' } });
    expect(wide.articles.totalCount).toBe(all.articles.totalCount - undated.length);
  });

  it('sorts after every dated article in NEWEST, and keeps its ingestion time apart', async () => {
    const { articles } = await data(articleDates, { orderBy: 'NEWEST' });
    const dates = articles.edges.map((e: any) => e.node.publishedAt);
    const firstUndated = dates.indexOf(null);
    expect(firstUndated).toBeGreaterThan(0);
    expect(dates.slice(firstUndated).every((d: string | null) => d === null)).toBe(true);
    for (const { node } of articles.edges) expect(Date.parse(node.ingestedAt)).not.toBeNaN();
  });

  it('gives its quotes no date either', async () => {
    const quotes = `query($where: QuoteFilter) { quotes(where: $where, first: 100) {
      totalCount edges { node { article { publishedAt } } } } }`;
    const late = await data(quotes, { where: { publishedAfter: '2025-01-01T00:00:00Z' } });
    expect(late.quotes.totalCount).toBe(0);
    const before = await data(quotes, { where: { publishedBefore: '2100-01-01T00:00:00Z' } });
    expect(before.quotes.totalCount).toBeGreaterThan(0);
    for (const { node } of before.quotes.edges) expect(node.article.publishedAt).not.toBeNull();
  });

  it('never stands in for a publication date in an outlet coverage', async () => {
    const { person } = await data(`{ person(slug: "lloyd-austin") {
      coverage { outlet { name } articleCount lastPublishedAt } } }`);
    const ap = person.coverage.find((c: any) => c.outlet?.name === 'Associated Press');
    expect(ap.articleCount).toBeGreaterThan(0);
    expect(ap.lastPublishedAt).toBeNull();
  });
});

describe('paging across the unknown dates', () => {
  it('walks NEWEST and OLDEST one article at a time, each article once', async () => {
    for (const orderBy of ['NEWEST', 'OLDEST']) {
      const { articles: all } = await data(articleDates, { orderBy });
      const titles: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = await data(
          `query($after: String, $orderBy: ArticleOrder) { articles(first: 1, after: $after, orderBy: $orderBy) {
            edges { node { title } } pageInfo { hasNextPage endCursor } } }`,
          { after, orderBy },
        );
        titles.push(...page.articles.edges.map((e: any) => e.node.title));
        if (!page.articles.pageInfo.hasNextPage) break;
        after = page.articles.pageInfo.endCursor;
      }
      expect(titles).toEqual(all.edges.map((e: any) => e.node.title));
    }
  });
});

describe('a publication time printed without an offset', () => {
  const fields = 'publishedAt publishedLocal publishedOffset';
  const ingest = async (text: string) =>
    (
      await data(
        `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { ${fields} } } }`,
        { input: { text } },
        asAdmin,
      )
    ).ingestArticle.article;

  it('is an instant when the dateline fixes the offset', async () => {
    const article = await ingest(
      'A bridge will close for repairs\n23 Oct 2024, 16:47\n\nDHAKA, Oct 23 (UNB) - The bridge will close on Monday, the ministry said.\n\nIt reopens in May.',
    );
    expect(article).toEqual({
      publishedAt: '2024-10-23T10:47:00.000Z',
      publishedLocal: '2024-10-23T16:47',
      publishedOffset: '+06:00',
    });
  });

  it('is only the day, with the local time apart, when the clock is a republisher’s', async () => {
    const { articles } = await data(`{ articles(first: 20) { edges { node { dateline ${fields} } } } }`);
    const afp = articles.edges.map((e: any) => e.node).find((n: any) => n.dateline?.includes('BSS/AFP'));
    expect(afp).toMatchObject({
      publishedAt: '2024-10-23T00:00:00.000Z',
      publishedLocal: '2024-10-23T16:47',
      publishedOffset: null,
    });
  });
});
