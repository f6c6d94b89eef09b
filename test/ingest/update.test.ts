import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, dataOf, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
const data = (...args: Parameters<ReturnType<typeof dataOf>>) => dataOf(api)(...args);
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api.close());

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  created ignored article { id title url publishedAt source { id name } } } }`;
const update = `mutation($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) {
  article { id slug title url publishedAt source { id name kind mentionCount published { totalCount } } } } }`;

const undated = `Harbour ferry timetable changes
The harbour ferry will run every twenty minutes from next month, the operator said.
"More people ride it every week," operator spokeswoman Lena Fischer said.`;
const fromAp = `Library extends opening hours
LISBON (AP) — The city library will open on Sundays from May, officials said.
"Readers asked for it," librarian Rui Costa said.`;

async function tableCounts() {
  const rows = await api.db.$client.execute(
    "select (select count(*) from articles) a, (select count(*) from organisations) o, (select value from meta where key = 'generation') g",
  );
  return rows.rows[0];
}

describe('updateArticle', () => {
  it('fixes url, publication date, title and outlet without re-ingesting', async () => {
    const { ingestArticle } = await data(ingest, { input: { text: undated } }, asAdmin);
    const { id } = ingestArticle.article;
    expect(ingestArticle.article.publishedAt).toBeNull();
    const dated = { where: { publishedAfter: '2024-01-01T00:00:00Z' } };
    const datedArticles = `query($where: ArticleFilter) { articles(where: $where) { totalCount } }`;
    expect((await data(datedArticles, dated)).articles.totalCount).toBe(0);

    const { updateArticle } = await data(
      update,
      {
        id,
        input: {
          url: 'https://example.org/ferry',
          publishedAt: '2024-03-05T09:30:00+01:00',
          title: 'Harbour ferry to run every twenty minutes',
          source: 'Reuters',
        },
      },
      asAdmin,
    );
    const article = updateArticle.article;
    expect(article).toMatchObject({
      id,
      slug: 'harbour-ferry-timetable-changes',
      title: 'Harbour ferry to run every twenty minutes',
      url: 'https://example.org/ferry',
      publishedAt: '2024-03-05T08:30:00.000Z',
    });
    expect(article.source).toMatchObject({ name: 'Reuters', kind: 'MEDIA', published: { totalCount: 1 } });
    expect(article.source.mentionCount).toBeGreaterThan(0);
    expect((await data(datedArticles, dated)).articles.totalCount).toBe(1);
    const { search } = await data('{ search(query: "twenty minutes", types: [ARTICLE]) { articleCount } }');
    expect(search.articleCount).toBe(1);

    const cleared = await data(update, { id, input: { publishedAt: null, url: null } }, asAdmin);
    expect(cleared.updateArticle.article).toMatchObject({ url: null, publishedAt: null, source: { name: 'Reuters' } });
    expect((await data(datedArticles, dated)).articles.totalCount).toBe(0);
  });

  it('finds the stored outlet the name stands for', async () => {
    const { ingestArticle } = await data(ingest, { input: { text: fromAp } }, asAdmin);
    const ap = ingestArticle.article.source;
    expect(ap.name).toBe('Associated Press');
    const { ingestArticle: other } = await data(
      ingest,
      { input: { text: 'Museum opens new wing\nThe museum opened a new wing on Friday.' } },
      asAdmin,
    );
    const { updateArticle } = await data(update, { id: other.article.id, input: { source: 'AP' } }, asAdmin);
    expect(updateArticle.article.source.id).toBe(ap.id);
    expect(updateArticle.article.source.published.totalCount).toBe(2);
  });

  it('refuses bad input, unknown articles and anonymous callers, and writes nothing', async () => {
    const { ingestArticle } = await data(ingest, { input: { text: undated } }, asAdmin);
    const { id } = ingestArticle.article;
    const before = await tableCounts();
    const refusals: [Record<string, unknown>, Record<string, string>, string][] = [
      [{ id, input: { title: '  ' } }, asAdmin, 'BAD_USER_INPUT'],
      [{ id, input: { title: null } }, asAdmin, 'BAD_USER_INPUT'],
      [{ id, input: { source: 'x'.repeat(500) } }, asAdmin, 'BAD_USER_INPUT'],
      [{ id, input: { publishedAt: 'soon' } }, asAdmin, 'BAD_USER_INPUT'],
      [{ id: 'QXJ0aWNsZTo5OTk5', input: { url: 'https://example.org' } }, asAdmin, 'NOT_FOUND'],
      [{ id, input: { source: 'Reuters' } }, {}, 'UNAUTHENTICATED'],
    ];
    for (const [variables, headers, code] of refusals) {
      const { body } = await api.gql(update, variables, headers);
      expect(body.errors?.[0].extensions?.code, JSON.stringify(variables).slice(0, 80)).toBe(code);
    }
    expect(await tableCounts()).toEqual(before);
  });
});

describe('ingesting stored text again', () => {
  it('says which of the new metadata it ignored, and gives the stored article', async () => {
    const first = await data(ingest, { input: { text: fromAp } }, asAdmin);
    const again = await data(
      ingest,
      {
        input: {
          text: fromAp,
          url: 'https://example.org/library',
          source: 'Reuters',
          publishedAt: '2024-05-01T00:00:00Z',
        },
      },
      asAdmin,
    );
    expect(again.ingestArticle.created).toBe(false);
    expect(again.ingestArticle.article.id).toBe(first.ingestArticle.article.id);
    expect(again.ingestArticle.ignored).toEqual(['source', 'url', 'publishedAt']);
    expect(again.ingestArticle.article.url).toBeNull();
    const same = await data(ingest, { input: { text: fromAp, source: 'AP' } }, asAdmin);
    expect(same.ingestArticle.ignored).toEqual([]);
  });
});
