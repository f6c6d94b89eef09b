import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asAdmin, startTestServer, type TestServer } from '../helpers/server.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
});
afterAll(() => api.close());

const ingest = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article { id title source { name kind } dateline publishedAt paragraphs quotes { totalCount } }
  }
}`;

const article = `Ministry says new bridge will open in May
The transport ministry said on Tuesday that the new river bridge would open in May.
"We are on schedule and on budget," Transport Minister Ana Ruiz told reporters in the capital.
Ruiz added that the old crossing would close for repairs.`;

async function tableCounts() {
  const counts: Record<string, number> = {};
  for (const table of ['articles', 'people', 'organisations', 'quotes', 'person_aliases', 'article_people', 'meta']) {
    const rows = await api.db.$client.execute(`select count(*) as n from ${table}`);
    counts[table] = Number(rows.rows[0].n);
  }
  const generation = await api.db.$client.execute(`select coalesce(max(value), 0) as g from meta`);
  counts.generation = Number(generation.rows[0].g);
  return counts;
}

describe('ingestArticle', () => {
  it('refuses without a token, or with a wrong one, and writes nothing', async () => {
    const before = await tableCounts();
    for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: 'Basic abc' }] as Record<
      string,
      string
    >[]) {
      const { body } = await api.gql(ingest, { input: { text: article } }, headers);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data?.ingestArticle ?? null).toBeNull();
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('stores an article with what was extracted, and is idempotent on the same text', async () => {
    const first = await api.gql(
      ingest,
      { input: { text: article, source: 'Metro Times', publishedAt: '2026-03-04T10:00:00Z' } },
      asAdmin,
    );
    expect(first.body.errors).toBeUndefined();
    const stored = first.body.data.ingestArticle;
    expect(stored.created).toBe(true);
    expect(stored.article.title).toBe('Ministry says new bridge will open in May');
    expect(stored.article.publishedAt).toBe('2026-03-04T10:00:00.000Z');
    expect(stored.article.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(stored.article.quotes.totalCount).toBeGreaterThanOrEqual(1);
    const after = await tableCounts();

    // The same text again — with other line endings and surrounding space — is the same article.
    const again = await api.gql(ingest, { input: { text: `\n${article.replaceAll('\n', '\r\n')}  \n` } }, asAdmin);
    expect(again.body.data.ingestArticle.created).toBe(false);
    expect(again.body.data.ingestArticle.article.id).toBe(stored.article.id);
    expect(await tableCounts()).toEqual(after);
  });

  it('stores one article when the same text arrives 20 times at once', async () => {
    const text = `${article}\nA spokesperson for the city said the works had gone well.`;
    const results = await Promise.all(Array.from({ length: 20 }, () => api.gql(ingest, { input: { text } }, asAdmin)));
    for (const { body } of results) expect(body.errors).toBeUndefined();
    const ids = new Set(results.map(({ body }) => body.data.ingestArticle.article.id));
    expect(ids.size).toBe(1);
    expect(results.filter(({ body }) => body.data.ingestArticle.created)).toHaveLength(1);
    const rows = await api.db.$client.execute({
      sql: 'select count(*) as n from articles where body like ?',
      args: ['%works had gone well%'],
    });
    expect(Number(rows.rows[0].n)).toBe(1);
  });

  it('rejects empty, oversized, binary and broken text with BAD_USER_INPUT and writes nothing', async () => {
    const before = await tableCounts();
    const bad = [
      '',
      '   \n\t ',
      'x'.repeat(1_000_001),
      'é'.repeat(600_000),
      'abc\u0000def\u0000ghi',
      'broken \uFFFD text here',
      '1234 5678 !!!',
    ];
    for (const text of bad) {
      const { body, status } = await api.gql(ingest, { input: { text } }, asAdmin);
      expect(body.errors?.[0].extensions?.code, JSON.stringify(text.slice(0, 20))).toBe('BAD_USER_INPUT');
      expect(status).toBeLessThan(500);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('deletes an article with its quotes, needs the token, and answers NOT_FOUND after', async () => {
    const text = 'Council approves budget\n"The budget is balanced," said Mayor Tomas Berg on Monday.';
    const { body } = await api.gql(ingest, { input: { text } }, asAdmin);
    const id = body.data.ingestArticle.article.id;
    const remove = 'mutation($id: ID!) { deleteArticle(id: $id) { deletedId } }';

    const denied = await api.gql(remove, { id });
    expect(denied.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const before = await tableCounts();
    const deleted = await api.gql(remove, { id }, asAdmin);
    expect(deleted.body.data.deleteArticle.deletedId).toBe(id);
    const after = await tableCounts();
    expect(after.articles).toBe(before.articles - 1);
    expect(after.quotes).toBeLessThan(before.quotes);
    expect(after.generation).toBeGreaterThan(before.generation);
    const { body: gone } = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id });
    expect(gone.data.node).toBeNull();
    const { body: twice } = await api.gql(remove, { id }, asAdmin);
    expect(twice.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('bumps the data generation with every stored article', async () => {
    const before = await tableCounts();
    await api.gql(ingest, { input: { text: 'Rain expected\nForecasters said rain would fall all week.' } }, asAdmin);
    expect((await tableCounts()).generation).toBe(before.generation + 1);
  });
});
