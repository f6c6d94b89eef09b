import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../helpers/server.js';

// Over the bundled samples: Zelenskyy is written "Zelenskyy" in one article and "Zelensky" in two;
// Park Sun-won is "Park Sunwon" in one article and "Park Sun-won" in two.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const data = (...args: Parameters<ReturnType<typeof dataOf>>) => dataOf(api)(...args);

const searchArticles = `query($q: String!) { search(query: $q, types: [ARTICLE], first: 20) {
  articleCount edges { node { ... on Article { id } } } } }`;
const filterArticles = `query($q: String!) { articles(where: { search: $q }) { totalCount } }`;

/** The ids of the articles the extraction found the entity in. */
async function articlesNaming(lookup: string) {
  const { body } = await api.gql(`{ ${lookup} { articles(first: 20) { edges { node { id } } } } }`);
  return Object.values(body.data)[0] as any;
}

describe('search by any name of a person or an organisation', () => {
  it('finds every article that names the person, whichever spelling is searched', async () => {
    const named = (await articlesNaming('person(slug: "volodymyr-zelenskyy")')).articles.edges.map(
      (e: any) => e.node.id,
    );
    expect(named).toHaveLength(3);
    for (const q of ['zelenskyy', 'Zelensky', 'volodymyr zelensky', 'zelensk']) {
      const { search } = await data(searchArticles, { q });
      expect(search.edges.map((e: any) => e.node.id).sort(), q).toEqual([...named].sort());
      expect(search.articleCount, q).toBe(3);
      expect((await data(filterArticles, { q })).articles.totalCount, q).toBe(3);
    }
  });

  it('finds all three articles on Park Sun-won written either way', async () => {
    for (const q of ['park sunwon', 'Park Sun-won', 'park sun won']) {
      expect((await data(searchArticles, { q })).search.articleCount, q).toBe(3);
      expect((await data(filterArticles, { q })).articles.totalCount, q).toBe(3);
    }
  });

  it('finds an organisation by its acronym in articles and quotes that write its full name', async () => {
    const { organisations } = await data(
      '{ organisations(where: { name: "NIS" }, first: 1) { edges { node { acronym articles(first: 20) { totalCount } } } } }',
    );
    const nis = organisations.edges[0].node;
    expect(nis.acronym).toBe('NIS');
    expect((await data(searchArticles, { q: 'NIS' })).search.articleCount).toBe(nis.articles.totalCount);
    const quotes = `query($q: String!) { quotes(where: { search: $q }, first: 100) { totalCount edges { node { id } } } }`;
    const full = (await data(quotes, { q: '"National Intelligence Service"' })).quotes;
    const byAcronym = (await data(quotes, { q: 'nis' })).quotes;
    expect(byAcronym.totalCount).toBeGreaterThanOrEqual(full.totalCount);
    expect(byAcronym.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining(full.edges.map((e: any) => e.node.id)),
    );
    const { search } = await data(`{ search(query: "nis", types: [QUOTE]) { quoteCount } }`);
    expect(search.quoteCount).toBe(byAcronym.totalCount);
  });
});
