import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const page = `query Page($first: Int, $after: String, $last: Int, $before: String) {
  articles(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('articles connection', () => {
  it('pages forward through every sample exactly once, then back', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { body } = await api.gql(page, { first: 2, after });
      expect(body.errors).toBeUndefined();
      const connection = body.data.articles;
      expect(connection.totalCount).toBe(5);
      seen.push(...connection.edges.map((e: any) => e.node.id));
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);

    const { body: last } = await api.gql(page, { last: 2 });
    expect(last.data.articles.edges.map((e: any) => e.node.id)).toEqual(seen.slice(3));
    expect(last.data.articles.pageInfo.hasPreviousPage).toBe(true);
    const { body: before } = await api.gql(page, { last: 2, before: last.data.articles.pageInfo.startCursor });
    expect(before.data.articles.edges.map((e: any) => e.node.id)).toEqual(seen.slice(1, 3));
  });

  it('defaults to 20 and rejects a page over 100 or below 0 with BAD_USER_INPUT', async () => {
    const { body } = await api.gql(page, {});
    expect(body.data.articles.edges).toHaveLength(5);
    for (const first of [101, 1_000_000, -1]) {
      const { body: bad } = await api.gql(page, { first });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('rejects a malformed cursor with BAD_USER_INPUT and no internals', async () => {
    for (const after of ['not-a-cursor', 'REM6VDpbIlM6', btoa('DC:T:["x"]')]) {
      const { body } = await api.gql(page, { first: 2, after });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toMatch(/select |sqlite|at .*\.js/i);
    }
  });
});

describe('node lookups', () => {
  it('round-trips every article ID through node and nodes', async () => {
    const { body } = await api.gql('{ articles { edges { node { id title } } } }');
    const articles = body.data.articles.edges.map((e: any) => e.node);
    for (const article of articles) {
      const { body: one } = await api.gql('query($id: ID!) { node(id: $id) { id ... on Article { title } } }', {
        id: article.id,
      });
      expect(one.data.node).toEqual(article);
    }
    const { body: many } = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: articles.map((a: any) => a.id),
    });
    expect(many.data.nodes.map((n: any) => n.id)).toEqual(articles.map((a: any) => a.id));
  });

  it('answers null for an unknown article or slug, BAD_USER_INPUT for a malformed ID', async () => {
    const unknown = btoa('Article:999999').replace(/=+$/, '');
    const { body } = await api.gql('query($id: ID!) { node(id: $id) { id } article(id: $id) { id } }', { id: unknown });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null, article: null });
    const { body: bySlug } = await api.gql('{ article(slug: "no-such-article") { id } person(slug: "nobody") { id } }');
    expect(bySlug.data).toEqual({ article: null, person: null });
    for (const id of ['garbage', '', btoa('Nope:1'), btoa('Article:abc')]) {
      const { body: bad } = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('finds an article by slug', async () => {
    const { body } = await api.gql('{ articles(first: 1) { edges { node { id slug } } } }');
    const { id, slug } = body.data.articles.edges[0].node;
    const { body: found } = await api.gql('query($slug: String) { article(slug: $slug) { id } }', { slug });
    expect(found.data.article.id).toBe(id);
  });
});

describe('nodes with gaps', () => {
  it('returns null in place of each missing node and keeps the order', async () => {
    const { body } = await api.gql('{ articles(first: 2) { edges { node { id } } } }');
    const [a, b] = body.data.articles.edges.map((e: any) => e.node.id);
    const missing = btoa('Article:424242').replace(/=+$/, '');
    const { body: many } = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [b, missing, a] });
    expect(many.errors).toBeUndefined();
    expect(many.data.nodes).toEqual([{ id: b }, null, { id: a }]);
  });
});

describe('nodes limits', () => {
  it('takes at most 100 IDs', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => btoa(`Article:${i + 1}`).replace(/=+$/, ''));
    const { body } = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { body: ok } = await api.gql('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 100) });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.nodes.filter(Boolean)).toHaveLength(5);
  });
});
