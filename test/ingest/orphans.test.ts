import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, dataOf, startTestServer, type TestServer } from '../helpers/server.js';

// Over the bundled samples, plus articles written here.
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const data = (...args: Parameters<ReturnType<typeof dataOf>>) => dataOf(api)(...args);

const organisationsQuery = `{ organisations(first: 100) { totalCount edges { node { id name mentionCount quoteCount
  articles { totalCount } published { totalCount } } } } }`;

const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) {
  article { id organisations { edges { node { id name } } } source { id name } } } }`;
const remove = 'mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }';

describe('Organisation.mentionCount', () => {
  it('counts every article that names, quotes or publishes the organisation: never 0', async () => {
    const { organisations } = await data(organisationsQuery);
    expect(organisations.totalCount).toBeGreaterThan(10);
    for (const { node } of organisations.edges) {
      expect(node.mentionCount, node.name).toBeGreaterThanOrEqual(node.articles.totalCount);
      expect(node.articles.totalCount, node.name).toBeGreaterThan(0);
    }
    const outlet = organisations.edges.find((e: any) => e.node.published.totalCount > 0);
    expect(outlet.node.mentionCount).toBeGreaterThan(0);
    const quoted = organisations.edges.filter((e: any) => e.node.quoteCount > 0);
    expect(quoted.length).toBeGreaterThan(3);
  });
});

describe('deleteArticle', () => {
  it('removes the organisations and people only the deleted article knew, and recounts the rest', async () => {
    const { organisations: before } = await data(organisationsQuery);
    const text = `Harbour board approves new quay
VALLETTA, Malta (Reuters) — The Grand Harbour Marine Authority approved a new quay on Monday.
NATO ships will not use it, officials said.
"We have waited for this for years," authority chairman Joseph Camilleri said.`;
    const { ingestArticle } = await data(ingest, { input: { text } }, asAdmin);
    const names = ingestArticle.article.organisations.edges.map((e: any) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Grand Harbour Marine Authority', 'NATO']));
    expect(ingestArticle.article.source.name).toBe('Reuters');
    const natoBefore = before.edges.find((e: any) => e.node.name === 'NATO').node;

    await data(remove, { id: ingestArticle.article.id }, asAdmin);

    const { organisations: after } = await data(organisationsQuery);
    const afterNames = after.edges.map((e: any) => e.node.name);
    expect(afterNames).not.toContain('Grand Harbour Marine Authority');
    expect(afterNames).not.toContain('Reuters');
    expect(after.totalCount).toBe(before.totalCount);
    const natoAfter = after.edges.find((e: any) => e.node.name === 'NATO').node;
    expect(natoAfter.mentionCount).toBe(natoBefore.mentionCount);
    const { people } = await data('{ people(where: { name: "camilleri" }) { totalCount } }');
    expect(people.totalCount).toBe(0);
    const left = await api.db.$client.execute(
      "select count(*) as n from organisation_aliases where alias in ('Grand Harbour Marine Authority', 'Reuters')",
    );
    expect(Number(left.rows[0].n)).toBe(0);
  });
});
