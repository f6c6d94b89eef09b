// The Worker inside workerd, against a local D1 database migrated by apply-migrations.ts and seeded
// by the Worker itself on its first request.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { asAdmin, gql, tableCounts } from './helpers.js';

const ingest = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { created article { id title quotes { totalCount } } }
}`;

const article = `Harbour council approves a new ferry timetable
The city council on Tuesday approved a new ferry timetable for the harbour crossing.
"This will cut waiting times in half," council leader Maria Lopez told reporters after the vote.
Lopez said the new service would begin in March.`;

describe('the Worker over D1', () => {
  it('answers /health with ok when D1 answers', async () => {
    const response = await exports.default.fetch('http://newsgraph.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('seeds the five bundled samples on first start and serves them over GraphQL', async () => {
    const { status, body } = await gql(`{
      articles(first: 10) { totalCount edges { node { title quotes(first: 1) { totalCount } } } }
      people(first: 5, orderBy: MOST_QUOTED) { edges { node { name quotes(first: 1) { totalCount } } } }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.articles.totalCount).toBe(5);
    const titles = body.data.articles.edges.map((e: any) => e.node.title);
    expect(titles).toContain('South Korea spy agency says North has sent troops to aid Russia’s war in Ukraine');
    for (const edge of body.data.articles.edges) expect(edge.node.quotes.totalCount).toBeGreaterThan(0);
    expect(body.data.people.edges[0].node.quotes.totalCount).toBeGreaterThan(0);
  });

  it('searches the samples through the FTS5 indexes in D1', async () => {
    const { body } = await gql(`{
      search(query: "zelen", first: 10) { edges { node { __typename ... on Person { name } } } }
      articles(first: 10, where: { search: "Pyongyang" }) { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    const people = body.data.search.edges
      .filter((e: any) => e.node.__typename === 'Person')
      .map((e: any) => e.node.name);
    expect(people).toContain('Volodymyr Zelenskyy');
    expect(body.data.articles.totalCount).toBeGreaterThan(0);
    expect(body.data.articles.totalCount).toBeLessThanOrEqual(5);
  });

  it('seeds once: later requests find the same five articles and no duplicates', async () => {
    await exports.default.fetch('http://newsgraph.test/health');
    const counts = await tableCounts();
    expect(counts.articles).toBe(5);
    const hashes = await env.DB.prepare('select count(distinct content_hash) as n from articles').first<number>('n');
    expect(hashes).toBe(5);
  });

  it('refuses ingestion without the ADMIN_TOKEN binding as bearer token, writing nothing', async () => {
    const before = await tableCounts();
    for (const headers of [{}, { authorization: 'Bearer not-the-token' }] as Record<string, string>[]) {
      const { body } = await gql(ingest, { input: { text: article } }, headers);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('leaves D1 untouched when a statement late in the ingest batch fails', async () => {
    const before = await tableCounts();
    // Quotes are inserted after the article, people and aliases in the same batch: refusing them
    // makes the batch fail part-way, which must undo everything before it.
    await env.DB.exec(
      `CREATE TRIGGER refuse_quotes BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
    );
    try {
      const { body, text } = await gql(ingest, { input: { text: article } }, asAdmin);
      expect(body.data?.ingestArticle ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toEqual(expect.any(String));
      expect(text).not.toMatch(/refused by test|insert into|quotes|SQLITE|D1_ERROR|\bat\s+\S+\.(js|ts):\d+/i);
    } finally {
      await env.DB.exec('DROP TRIGGER refuse_quotes');
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('ingests with the admin token, idempotently, and deletes again', async () => {
    const before = await tableCounts();
    const first = await gql(ingest, { input: { text: article } }, asAdmin);
    expect(first.body.errors).toBeUndefined();
    const stored = first.body.data.ingestArticle;
    expect(stored.created).toBe(true);
    expect(stored.article.title).toBe('Harbour council approves a new ferry timetable');
    expect(stored.article.quotes.totalCount).toBeGreaterThanOrEqual(1);
    const after = await tableCounts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.generation).toBeGreaterThan(before.generation);

    const again = await gql(ingest, { input: { text: `${article.replaceAll('\n', '\r\n')}\n` } }, asAdmin);
    expect(again.body.data.ingestArticle).toMatchObject({ created: false, article: { id: stored.article.id } });
    expect(await tableCounts()).toEqual(after);

    const search = await gql(`{ articles(first: 10) { totalCount } }`);
    expect(search.body.data.articles.totalCount).toBe(6);

    const deleted = await gql(
      `mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }`,
      { id: stored.article.id },
      asAdmin,
    );
    expect(deleted.body.data.deleteArticle.deletedId).toBe(stored.article.id);
    const afterDelete = await tableCounts();
    expect(afterDelete.articles).toBe(before.articles);
    expect(afterDelete.quotes).toBe(before.quotes);
    expect(afterDelete.people).toBe(before.people);
  });

  it('redirects / to /graphql', async () => {
    const response = await exports.default.fetch('http://newsgraph.test/', { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://newsgraph.test/graphql');
  });
});
